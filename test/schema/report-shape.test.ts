import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hasReportShape, parseReport, readReportShape } from '../../packages/schema/src/index.js';
import { huzhouJsonText, huzhouReport, minimalReport } from '../fixtures/reports.js';

/**
 * The cheap check a page paints after (report-shape.ts) and the full validation that follows it
 * in idle time must agree where it matters: whatever parseReport accepts, the cheap check accepts
 * and reads to the same report; whatever the cheap check accepts, normalizing cannot throw on.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20241231);
const runs = Number(process.env.FUZZ_RUNS ?? 1000);

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '12万', 'count', 'money', 'position', 'province', 'higher-is-better', 'CNY', '多', '万', '增长', '1.1'),
  fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 2 ** 53 + 1)),
  fc.constantFrom(null, undefined, true, false, [], {}, 10n),
  fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withSparseArray: true }),
);

function fieldPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (path.length > 0) out.push(path);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) fieldPaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}
/** Existing fields, and optional fields that are absent from the minimal report. */
const extraFields = ['titleEn', 'terms', 'departments.0.fullName', 'departments.0.initiatives.0.metrics.0.valueMax', 'departments.0.initiatives.0.metrics.0.correction', 'departments.0.initiatives.0.honors.0.topN'];
const minimalPaths = [...fieldPaths(minimalReport()), ...extraFields.map((p) => p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))];
const huzhouPaths = fieldPaths(huzhouReport());

function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

/** The two checks agree in the direction the page relies on. */
function agrees(input: unknown): void {
  const full = parseReport(input);
  const cheap = readReportShape(input);
  if (full.ok) {
    assert.ok(cheap, 'a report parseReport accepts passes the cheap check');
    assert.deepEqual(cheap, full.value, 'and reads to the same report');
  }
  if (hasReportShape(input)) assert.ok(cheap, 'a value of the right shape normalizes without throwing');
}

describe('the cheap report check', () => {
  it('accepts the Huzhou report, as an object and as JSON text, and reads it as parseReport does', () => {
    const full = parseReport(huzhouJsonText);
    assert.ok(full.ok);
    assert.deepEqual(readReportShape(huzhouJsonText), full.value);
    assert.deepEqual(readReportShape(huzhouReport()), full.value);
    assert.deepEqual(readReportShape(minimalReport()), (parseReport(minimalReport()) as { value: unknown }).value);
  });

  it('turns down what an element could not read: wrong types, lists that are not lists, words outside a vocabulary', () => {
    const broken: [string, (report: Record<string, unknown>) => void][] = [
      ['no title', (r) => delete r.title],
      ['a year in words', (r) => (r.year = '2024年')],
      ['departments as an object', (r) => (r.departments = {})],
      ['a value as text', (r) => setAt(r, ['departments', 0, 'initiatives', 0, 'metrics', 0, 'value'], '109.1亿')],
      ['an infinite value', (r) => setAt(r, ['departments', 0, 'initiatives', 0, 'metrics', 0, 'value'], Number.POSITIVE_INFINITY)],
      ['an unknown kind', (r) => setAt(r, ['departments', 0, 'initiatives', 0, 'metrics', 0, 'kind'], 'gdp')],
      ['metrics as text', (r) => setAt(r, ['departments', 0, 'initiatives', 0, 'metrics'], '109.1亿元')],
      ['a null honor', (r) => setAt(r, ['departments', 0, 'initiatives', 0, 'honors', 0], null)],
      ['a term without zh', (r) => (r.terms = { department: { en: 'district' } })],
    ];
    for (const [what, breakIt] of broken) {
      const report = minimalReport() as unknown as Record<string, unknown>;
      breakIt(report);
      assert.equal(hasReportShape(report), false, what);
      assert.equal(readReportShape(report), undefined, what);
      assert.equal(parseReport(report).ok, false, `${what}: parseReport agrees`);
    }
    for (const notAReport of [null, undefined, 42, '', '{', '[]', [], 'null', { departments: [] }]) assert.equal(readReportShape(notAReport), undefined);
  });

  it('answers a hostile getter with no, never a throw', () => {
    const report = minimalReport() as unknown as Record<string, unknown>;
    Object.defineProperty(report, 'departments', {
      get() {
        throw new Error('boom');
      },
    });
    assert.equal(hasReportShape(report), false);
    assert.equal(readReportShape(report), undefined);
  });

  it('leaves to parseReport what types cannot say: it accepts them, the full validation does not', () => {
    const report = minimalReport() as unknown as Record<string, unknown>;
    report.surplus = 1;
    setAt(report, ['departments', 0, 'id'], 'Not A Slug');
    assert.equal(hasReportShape(report), true);
    assert.equal(parseReport(report).ok, false);
  });

  it('agrees with parseReport on any one field of a report set to any value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...minimalPaths), nastyValue, (path, value) => {
        const report = minimalReport();
        setAt(report, path, value);
        agrees(report);
      }),
      { seed, numRuns: runs },
    );
  });

  it('agrees with parseReport on mutations of the real dataset', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...huzhouPaths), nastyValue), { minLength: 1, maxLength: 4 }), (mutations) => {
        const report = huzhouReport();
        for (const [path, value] of mutations) setAt(report, path, value);
        agrees(report);
      }),
      { seed, numRuns: Math.ceil(runs / 10) },
    );
  });
});
