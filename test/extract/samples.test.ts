import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decodeReportText, draftReport } from '../../packages/extract/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';
import type { Expected } from './expected-figures.js';
import { scoreDraft } from './expected-figures.js';

/**
 * The draft extractor on three invented texts of different shapes (示例数据, see
 * samples/README.md), scored against lists a person wrote by reading them.
 */
const samples = [
  { name: 'themes', file: 'source.txt', shape: '一、 themes → （一） sections', terms: '领域', units: 5 },
  { name: 'districts', file: 'source.txt', shape: '1.东湖区： district lines, two run together', terms: '区县', units: 7 },
  { name: 'run-together', file: 'source.gb18030.txt', shape: '这一年，我们 paragraphs on one line, GB18030', terms: '领域', units: 5 },
] as const;

const read = (sample: string, file: string) => readFileSync(new URL(`samples/${sample}/${file}`, import.meta.url));

/** Skip reasons the extractor gives, as the sample lists name them. */
const checkedSkips = new Set(['year', 'edition', 'threshold', 'name', 'span']);

for (const sample of samples) {
  describe(`draft of the ${sample.name} sample (${sample.shape})`, () => {
    const expected = JSON.parse(read(sample.name, 'expected.json').toString('utf8')) as Expected;
    // Drafted inside each test, not while the tests are defined: the mutation run reruns the
    // loaded tests against every mutant (docs/testing.md).
    const draft = () => {
      const decoded = decodeReportText(read(sample.name, sample.file));
      assert.ok(decoded.ok);
      const drafted = draftReport({ text: decoded.value.text, name: `${sample.name}/${sample.file}`, encoding: decoded.value.encoding });
      assert.ok(drafted.ok, drafted.ok ? '' : drafted.problems.map((p) => p.message).join('\n'));
      const { report, review } = drafted.value;
      return { report, review, score: scoreDraft(report, review, expected) };
    };

    it('is a valid report, marked as invented sample data', () => {
      const { report } = draft();
      const parsed = parseReport(report);
      assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n'));
      assert.match(report.source?.note ?? '', /示例数据/);
      assert.equal(report.year, 2024);
      assert.equal(report.departments.length, sample.units);
      assert.equal(report.terms?.department?.zh, sample.terms);
    });

    it('reads at least 95% of the expected figures exactly, and invents none', () => {
      const { figures } = draft().score;
      console.log(`# ${sample.name}: figures ${figures.exact}/${figures.expected}; wrong ${JSON.stringify(figures.wrong)}; missed ${JSON.stringify(figures.missed)}`);
      assert.ok(figures.exact / figures.expected >= 0.95, `${figures.exact}/${figures.expected}`);
      assert.deepEqual(figures.invented, []);
    });

    it('reads at least 95% of the expected honors exactly (rank, streak, first), and invents none', () => {
      const { honors } = draft().score;
      console.log(`# ${sample.name}: honors ${honors.exact}/${honors.expected}`);
      assert.ok(honors.exact / honors.expected >= 0.95, `${honors.exact}/${honors.expected}: ${JSON.stringify(honors.wrong)} ${JSON.stringify(honors.missed)}`);
      assert.deepEqual(honors.invented, []);
    });

    it('names in its review every expected figure it did not read exactly', () => {
      const { score } = draft();
      assert.deepEqual([...score.figures.unnamed, ...score.honors.unnamed], []);
    });

    it('says in its review why it skipped years, editions, thresholds, names and spans', () => {
      const { review } = draft();
      const texts = review.paragraphs.map((p) => p.text);
      const missing = expected.skips
        // Only runs that hold a numeral look like figures: 双碳 or 亿元以上 need no reason.
        .filter((skip) => checkedSkips.has(skip.reason) && /[0-9一二两三四五六七八九十百千零]/.test(skip.text) && texts.some((t) => t.includes(skip.text)))
        .filter((skip) => !review.paragraphs.some((p) => p.skipped.some((s) => skip.text.includes(s.text) || s.text.includes(skip.text))))
        .map((skip) => `${skip.text} (${skip.reason})`);
      assert.deepEqual(missing, []);
    });
  });
}

describe('the GB18030 sample', () => {
  it('decodes to exactly the UTF-8 text and drafts the same report', () => {
    const gb = decodeReportText(read('run-together', 'source.gb18030.txt'));
    const utf8 = decodeReportText(read('run-together', 'source.txt'));
    assert.ok(gb.ok && utf8.ok);
    assert.equal(gb.value.encoding, 'GB18030');
    assert.equal(utf8.value.encoding, 'UTF-8');
    assert.equal(gb.value.text, utf8.value.text);
  });
});

describe('the Storybook sample page', () => {
  it('shows what hz-viz-draft drafts from the themes sample today (npm run extract)', () => {
    const decoded = decodeReportText(read('themes', 'source.txt'));
    assert.ok(decoded.ok);
    const drafted = draftReport({ text: decoded.value.text, name: 'test/extract/samples/themes/source.txt', encoding: decoded.value.encoding });
    assert.ok(drafted.ok);
    const stored = readFileSync(new URL('../../stories/data/yunxi-themes-2024.json', import.meta.url), 'utf8');
    assert.equal(stored, `${JSON.stringify(drafted.value.report, null, 2)}\n`, 'stories/data/yunxi-themes-2024.json is stale: run npm run extract');
  });
});
