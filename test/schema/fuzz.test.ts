import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { figureFromFields, parseFigure, parseRank, parseReport } from '../../packages/schema/src/index.js';
import { huzhouReport, minimalReport } from '../fixtures/reports.js';

/**
 * Property-based fuzzing: whatever arrives, parseReport and the figure parsers answer — a typed
 * value or readable problems — and never throw. The seed is printed so a failure reproduces:
 * FUZZ_SEED=<seed> npm test.
 */
// A fixed seed keeps npm test deterministic; FUZZ_SEED explores new inputs.
const seed = Number(process.env.FUZZ_SEED ?? 20241231);
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
console.log(`# fuzz seed ${seed}, ${runs} runs per property (FUZZ_SEED=${seed} to reproduce)`);

/** Strings a hostile or careless CMS produces: RTL marks, emoji, full-width digits, lone surrogates. */
const nastyString = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u202E', '\u200F', '🧧🏮', '１２．５万', '\uD800', '\uDFFF', '', ' ', '12万', 'NaN', '-0', '1e309', '<img src=x onerror=alert(1)>', '__proto__', 'constructor'),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
const nastyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1), fc.integer());
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.constantFrom(null, undefined, true, false, [], {}, 10n),
  fc.anything({ maxDepth: 4, withBigInt: true, withBoxedValues: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true }),
);

/** Every path to a leaf field of a report, so a mutation can hit any of them. */
function fieldPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) fieldPaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  } else out.push(path);
  return out;
}
const reportPaths = fieldPaths(minimalReport());
const huzhouPaths = fieldPaths(huzhouReport());

function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

function answers(input: unknown): void {
  const result = parseReport(input);
  if (!result.ok) {
    assert.ok(result.problems.length > 0);
    for (const p of result.problems) assert.equal(typeof p.message, 'string');
  }
}

describe('fuzzing parseReport', () => {
  it('answers any value without throwing', () => {
    fc.assert(fc.property(nastyValue, (value) => answers(value)), { seed, numRuns: runs });
  });

  it('answers any string as JSON text without throwing', () => {
    fc.assert(fc.property(fc.oneof(nastyString, fc.json(), fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1))), (text) => answers(text)), { seed, numRuns: runs });
  });

  it('reports, with its path, a bad value put into any field of a valid report', () => {
    fc.assert(
      fc.property(fc.constantFrom(...reportPaths), nastyValue, (path, value) => {
        const report = minimalReport();
        setAt(report, path, value);
        const result = parseReport(report);
        if (!result.ok) assert.ok(result.problems.every((p) => typeof p.path === 'string'));
      }),
      { seed, numRuns: runs },
    );
  });

  it('survives mutations of the real dataset', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...huzhouPaths), nastyValue), { minLength: 1, maxLength: 5 }), (mutations) => {
        const report = huzhouReport();
        for (const [path, value] of mutations) setAt(report, path, value);
        answers(report);
      }),
      { seed, numRuns: Math.ceil(runs / 10) },
    );
  });

  it('survives cyclic and deeply nested inputs', () => {
    const cyclic = minimalReport() as unknown as Record<string, unknown>;
    (cyclic.departments as unknown[]).push(cyclic);
    answers(cyclic);
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = { departments: [deep] };
    answers(deep);
    answers(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  });
});

describe('fuzzing the figure and rank parsers', () => {
  it('parseFigure and parseRank answer any string', () => {
    fc.assert(
      fc.property(nastyString, (text) => {
        const figure = parseFigure(text);
        if (figure) assert.ok(Number.isFinite(figure.value));
        parseRank(text);
      }),
      { seed, numRuns: runs },
    );
  });

  it('figureFromFields answers any attribute values, finite or with problems', () => {
    fc.assert(
      fc.property(nastyValue, nastyValue, nastyValue, (value, unit, kind) => {
        const result = figureFromFields({ label: 'x', value: value as string, unit: typeof unit === 'string' ? unit : undefined, kind: typeof kind === 'string' ? kind : undefined });
        if (result.ok) assert.ok(Number.isFinite(result.value.value));
        else assert.ok(result.problems.length > 0);
      }),
      { seed, numRuns: runs },
    );
  });
});
