import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Report } from '../../packages/schema/src/index.js';
import { parseFigure, parseRank, parseReport, summarizeReport } from '../../packages/schema/src/index.js';
import { readAnnotations } from '../../scripts/extract/annotations.js';
import { buildReport } from '../../scripts/extract/build-report.js';
import { measureCoverage } from '../../scripts/extract/coverage.js';
import { serializeReport, serializeReportModule } from '../../scripts/extract/serialize.js';
import { huzhou2024 } from '../../scripts/extract/paths.js';
import { huzhouJsonText } from '../fixtures/reports.js';

const parsed = parseReport(huzhouJsonText);
const report = parsed.ok ? parsed.report : (undefined as unknown as Report);
const sourceText = readFileSync(huzhou2024.source, 'utf8');
const sourceLines = sourceText.split('\n').map((line) => line.trim());
const initiatives = () => report.departments.flatMap((d) => d.initiatives);

describe('the Huzhou 2024 dataset', () => {
  it('validates', () => assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n')));

  it('has 14 departments of 5 initiatives each', () => {
    assert.equal(report.departments.length, 14);
    for (const department of report.departments) assert.equal(department.initiatives.length, 5, department.name);
    assert.equal(summarizeReport(report).initiatives, 70);
  });

  it('keeps each initiative text equal to its source paragraph, wrapped lines joined, in order', () => {
    let searchFrom = 0;
    for (const initiative of initiatives()) {
      // The paragraph is a run of whole consecutive lines that joins to the text exactly.
      let found = -1;
      for (let first = searchFrom; first < sourceLines.length && found === -1; first++) {
        if (!sourceLines[first] || !initiative.text.startsWith(sourceLines[first]!)) continue;
        let joined = '';
        let last = first;
        while (last < sourceLines.length && sourceLines[last] && joined.length < initiative.text.length) joined += sourceLines[last++];
        if (joined === initiative.text) found = last;
      }
      assert.notEqual(found, -1, `${initiative.id}: text is not a run of whole source lines`);
      searchFrom = found;
    }
  });

  it('has each title and department name as printed in the source', () => {
    const joinedSource = sourceLines.join('');
    for (const department of report.departments) {
      assert.ok(joinedSource.includes(department.name), department.name);
      for (const initiative of department.initiatives) assert.ok(joinedSource.includes(initiative.title), initiative.title);
    }
  });

  it('re-parses every quote to its stored value, unit and kind', () => {
    for (const initiative of initiatives()) {
      for (const metric of initiative.metrics) {
        const again = parseFigure(metric.quote, { year: report.year });
        assert.ok(again, `${metric.id}: "${metric.quote}" no longer parses`);
        assert.deepEqual([again.value, again.unit, again.kind], [metric.value, metric.unit, metric.kind], metric.id);
      }
      for (const honor of initiative.honors) {
        const again = parseRank(honor.quote);
        assert.ok(again, `${honor.id}: "${honor.quote}" no longer parses`);
        assert.deepEqual([again.kind, again.scope, again.position, again.streak], [honor.kind, honor.scope, honor.position, honor.streak], honor.id);
      }
    }
  });

  it('names metrics and honors with readable ids under their initiative', () => {
    for (const initiative of initiatives()) {
      for (const item of [...initiative.metrics, ...initiative.honors]) assert.ok(item.id.startsWith(`${initiative.id}.`), item.id);
    }
  });

  it('keeps the source typos verbatim and their corrections in annotations', () => {
    const metrics = initiatives().flatMap((i) => i.metrics);
    const newsletter = metrics.find((m) => m.correction?.text === '电子英文资讯12期');
    assert.ok(newsletter, 'the 咨询12 correction');
    assert.equal(newsletter.printed, '12');
    const aboveQuota = metrics.find((m) => m.correction?.text.includes('限上'));
    assert.ok(aboveQuota, 'the 上限 correction');
    assert.ok(initiatives().some((i) => i.text.includes('上限服务业企业')));
  });

  it('is what the extractor builds from source and annotations today (npm run extract)', () => {
    const rebuilt = buildReport(sourceText, readAnnotations(huzhou2024.annotations));
    const checked = parseReport(rebuilt);
    assert.ok(checked.ok);
    assert.equal(serializeReport(checked.report), huzhouJsonText);
    assert.equal(readFileSync(huzhou2024.module, 'utf8'), serializeReportModule(huzhouJsonText), 'the elements\' bundled copy is stale');
  });

  it('accounts for every figure in the source: 100% coverage', () => {
    const coverage = measureCoverage(report, readAnnotations(huzhou2024.annotations));
    const percent = ((100 * coverage.covered) / coverage.total).toFixed(1);
    console.log(`# coverage: ${coverage.covered}/${coverage.total} figure-like runs (${percent}%)`);
    assert.deepEqual(coverage.uncovered, []);
    assert.ok(coverage.total > 400);
  });
});
