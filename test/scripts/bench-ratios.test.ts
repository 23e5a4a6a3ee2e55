import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: the bench's report is plain JavaScript without types.
import { budgets, relative } from '../../scripts/bench/report.mjs';

/**
 * The bench's budget verdicts compare two libraries round by round (decision 0028): each round's
 * ratio, then their median. A machine that slows both libraries for a spell must not move it.
 */
const timesOf = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, min: sorted[0]!, max: sorted.at(-1)!, runs: samples.length, samples };
};

describe('bench ratios', () => {
  it('take the median of the rounds\' own ratios, which a slow spell does not tilt', () => {
    // Rounds 3–6 ran in a slow spell (both 1.7× slower). The library is 1.5× its reference in every round.
    const reference = [100, 102, 170, 172, 171, 169, 101];
    const library = reference.map((ms) => ms * 1.5);
    // A skewed draw: the library's slow runs outnumber the reference's (the reference's round 5 fell fast).
    const skewed = [...reference];
    skewed[4] = 99;
    assert.equal(relative(timesOf(library), timesOf(reference)).ratio, 1.5);
    assert.equal(relative(timesOf(library), timesOf(reference)).rounds, 7);
    // The ratio of medians jumps with the spell (257 ÷ 102 = 2.5), the paired median barely moves.
    assert.ok(timesOf(library).median / timesOf(skewed).median > 2.4);
    assert.ok(Math.abs(relative(timesOf(library), timesOf(skewed)).ratio - 1.5) < 0.01);
  });

  it('pair a library that ran fewer rounds with the reference\'s first rounds', () => {
    const reference = timesOf([100, 100, 100, 400, 400]);
    const library = timesOf([200, 200, 200]);
    assert.deepEqual(relative(library, reference), { ratio: 2, rounds: 3 });
  });

  it('fall back to the ratio of the medians for results that kept no samples', () => {
    const { samples: _a, ...library } = timesOf([30, 40, 50]);
    const { samples: _b, ...reference } = timesOf([10, 20, 25]);
    assert.deepEqual(relative(library, reference), { ratio: 2, rounds: 0 });
  });

  it('give each budget row its verdict from the paired ratio', () => {
    const reference = [100, 100, 170, 170, 100];
    const barLists = { 'hz-viz': { first: timesOf(reference.map((x) => x * 1.39)), update: timesOf(reference.map((x) => x * 1.41)) }, 'plain-dom': { first: timesOf(reference), update: timesOf(reference) } };
    const rows = budgets({ barLists }) as { budget: string; actual?: number; met?: boolean }[];
    const render = rows.find((row) => row.budget === '50 bar lists × 20 rows: render ≤ 1.4× plain DOM')!;
    const update = rows.find((row) => row.budget === '50 bar lists × 20 rows: update ≤ 1.4× plain DOM')!;
    assert.ok(Math.abs(render.actual! - 1.39) < 1e-9);
    assert.equal(render.met, true);
    assert.equal(update.met, false);
  });
});
