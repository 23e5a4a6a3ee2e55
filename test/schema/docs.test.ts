import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { departmentSchema, groupSchema, honorSchema, initiativeSchema, metricSchema, parseReport, regionSchema, reportSchema, sourceSchema, termSchema } from '../../packages/schema/src/index.js';
import { countFields } from '../fixtures/minimal-report.js';

const schemaDoc = readFileSync(new URL('../../docs/schema.md', import.meta.url), 'utf8');

describe('docs/schema.md', () => {
  it('opens with the smallest valid report, ten fields long', () => {
    const first = /```json\n([\s\S]*?)```/.exec(schemaDoc)?.[1];
    assert.ok(first, 'a JSON example');
    assert.ok(schemaDoc.indexOf('```json') < schemaDoc.indexOf('\n## '), 'before any section');
    const report = JSON.parse(first);
    assert.deepEqual(report, JSON.parse(readFileSync(new URL('../fixtures/minimal-report.json', import.meta.url), 'utf8')));
    assert.equal(countFields(report), 10);
    assert.equal(parseReport(report).ok, true);
  });

  it('names every field of every level of the schema', () => {
    const schemas = { reportSchema, regionSchema, sourceSchema, termSchema, groupSchema, departmentSchema, initiativeSchema, metricSchema, honorSchema };
    for (const [name, schema] of Object.entries(schemas)) {
      for (const key of Object.keys((schema as unknown as { def: { shape: object } }).def.shape)) {
        assert.match(schemaDoc, new RegExp(`(?<![A-Za-z])${key.replace('$', '\\$')}(?![A-Za-z])`), `${name}.${key} is not in docs/schema.md`);
      }
    }
  });
});
