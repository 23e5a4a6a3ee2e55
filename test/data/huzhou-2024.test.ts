import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Report } from '../../packages/schema/src/index.js';
import { parseFigure, parseRank, parseReport, summarizeReport } from '../../packages/schema/src/index.js';
import { spawnSync } from 'node:child_process';
import { draftReport, figureLikeSpans, readConfig, readOverlay } from '../../packages/extract/src/index.js';
import { serializeReportModule } from '../../scripts/extract/serialize.js';
import { huzhou2024 } from '../../scripts/extract/paths.js';
import { huzhouJsonText } from '../fixtures/reports.js';

const parsed = parseReport(huzhouJsonText);
const report = parsed.ok ? parsed.value : (undefined as unknown as Report);
const sourceText = readFileSync(huzhou2024.source, 'utf8');
const sourceLines = sourceText.split('\n').map((line) => line.trim());
const initiatives = () => report.departments.flatMap((d) => d.initiatives).map((i) => ({ ...i, text: i.text ?? '' }));

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

  it('re-parses every quote to its stored reading, or says in a note why an editor changed it', () => {
    const lexicon = JSON.parse(readFileSync(huzhou2024.config, 'utf8')).lexicon;
    let corrected = 0;
    for (const initiative of initiatives()) {
      for (const metric of initiative.metrics) {
        const again = parseFigure(metric.quote!, { year: report.year, lexicon });
        assert.ok(again, `${metric.id}: "${metric.quote}" no longer parses`);
        assert.deepEqual([again.value, again.unit], [metric.value, metric.unit], metric.id);
        if (again.kind !== metric.kind) {
          assert.ok(metric.note, `${metric.id}: kind ${metric.kind} where the text reads ${again.kind}, with no note`);
          corrected++;
        }
      }
      for (const honor of initiative.honors) {
        const again = parseRank(honor.quote!, { lexicon });
        assert.ok(again, `${honor.id}: "${honor.quote}" no longer parses`);
        const read = [again.kind, again.scope, again.position, again.streak];
        if (JSON.stringify(read) !== JSON.stringify([honor.kind, honor.scope, honor.position, honor.streak])) {
          assert.ok(honor.note, `${honor.id}: ${JSON.stringify([honor.kind, honor.scope, honor.position, honor.streak])} where the words read ${JSON.stringify(read)}, with no note`);
          corrected++;
        }
      }
    }
    assert.equal(corrected, 3, 'the share of villages and the two scopes the words leave out');
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

  it('is exactly what hz-viz-draft writes from the source with its config (npm run extract)', () => {
    const cli = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'packages/extract/src/cli/draft.ts', 'data/source/huzhou-2024.txt', '--config', 'data/huzhou-2024.config.json'],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(cli.stdout, huzhouJsonText, 'data/huzhou-2024.json is stale: run npm run extract');
    assert.equal(readFileSync(huzhou2024.module, 'utf8'), serializeReportModule(huzhouJsonText), "the elements' bundled copy is stale");
  });

  it('accounts for every figure-like run in the source: nothing left to check', () => {
    const config = readConfig(huzhou2024.config);
    assert.ok(config.ok);
    const overlay = readOverlay(config.value.annotationsPath!);
    assert.ok(overlay.ok);
    const draft = draftReport({ text: sourceText, name: 'data/source/huzhou-2024.txt' }, { config: config.value, overlay: overlay.value });
    assert.ok(draft.ok);
    const { summary, paragraphs } = draft.value.review;
    const unread = paragraphs.flatMap((p) => p.unsure.map((u) => `${p.initiativeId}: ${u.quote} (${u.reason})`));
    console.log(`# review: ${summary.metrics} metrics, ${summary.honors} honors, ${summary.skipped} runs skipped with a reason, ${unread.length} to check`);
    assert.deepEqual(unread, []);
    assert.ok(summary.metrics + summary.honors + summary.skipped > 350);
    // Titles: every figure-like run in a title is part of a name its annotation names.
    const annotated = overlay.value.departments.flatMap((d) => d.initiatives ?? []);
    for (const initiative of initiatives()) {
      const exclusions = Object.keys(annotated.find((a) => a.id === initiative.id)?.titleExclusions ?? {});
      for (const [start, end] of figureLikeSpans(initiative.title)) {
        assert.ok(
          exclusions.some((quote) => initiative.title.indexOf(quote) <= start && initiative.title.indexOf(quote) + quote.length >= end),
          `${initiative.id}: "${initiative.title.slice(start, end)}" in the title is not accounted for`,
        );
      }
    }
  });
});
