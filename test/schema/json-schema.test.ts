import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { jsonSchemaFile, serializedJsonSchema } from '../../scripts/schema/write-json-schema.js';

describe('report.schema.json', () => {
  it('is generated from the zod schema and up to date (npm run json-schema)', () => {
    assert.equal(readFileSync(jsonSchemaFile, 'utf8'), serializedJsonSchema());
  });
  it('describes the report: required fields, enums and no unknown fields', () => {
    const schema = JSON.parse(serializedJsonSchema());
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.required.includes('departments'));
    assert.equal(schema.additionalProperties, false);
    const metric = schema.properties.departments.items.properties.initiatives.items.properties.metrics.items;
    assert.ok(metric.properties.kind.enum.includes('completion'));
    // Ten fields make a report (docs/schema.md): a metric needs only its label and value.
    assert.deepEqual(metric.required, ['label', 'value']);
    assert.deepEqual(schema.required, ['title', 'year', 'departments']);
  });
});
