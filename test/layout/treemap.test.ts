import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../packages/schema/src/index.js';
import { approximateMeasure, fitLabel } from '../../packages/hz-viz/src/layout/treemap/labels.js';
import { neighbour, readingOrder } from '../../packages/hz-viz/src/layout/treemap/navigation.js';
import { cellTone, contrastRatio, familyColors, minimumContrast, paletteCss, schemes, toneClass, toneCount, toneFill } from '../../packages/hz-viz/src/layout/treemap/palette.js';
import { layoutTreemap, pathTo, sumTree } from '../../packages/hz-viz/src/layout/treemap/squarify.js';
import { informativeSizeRule, normalizeGenericTree, reportTree } from '../../packages/hz-viz/src/layout/treemap/tree.js';
import { huzhouJsonText } from '../fixtures/reports.js';

const report = JSON.parse(huzhouJsonText) as Report;
const box = { width: 800, height: 500, depth: 2, headerHeight: 20, padding: 2 };
const snapshotFile = fileURLToPath(new URL('./expected/treemap-huzhou-800x500.json', import.meta.url));
const round = (n: number) => Math.round(n * 10) / 10;

describe('reportTree', () => {
  it('builds group → department → initiative with counts', () => {
    const tree = reportTree(report, 'initiatives');
    assert.equal(tree.children!.length, 4);
    assert.equal(tree.children!.flatMap((g) => g.children!).length, 14);
    assert.equal(tree.counts!.initiatives, 70);
    assert.equal(tree.counts!.metrics, report.departments.flatMap((d) => d.initiatives).reduce((n, i) => n + i.metrics.length, 0));
  });
  it('sizes by money with figure leaves in yuan (CNY only)', () => {
    const summed = sumTree(reportTree(report, 'money'));
    const caizheng = summed.byId.get('caizheng')!;
    assert.ok(caizheng.value! >= 26_580_000_000);
    assert.ok(caizheng.leaves().filter((leaf) => (leaf.value ?? 0) > 0).every((leaf) => leaf.data.kind === 'metric'));
  });
});

describe('defaults that show something', () => {
  const oneGroup: Report = { ...report, groups: [report.groups[0]!], departments: report.departments.map((d) => ({ ...d, group: report.groups[0]!.id })) };
  it('sizes the Huzhou report by figures: every department has five initiatives', () => {
    assert.equal(informativeSizeRule(report), 'figures');
    assert.equal(new Set(reportTree(report, 'initiatives').children!.flatMap((g) => g.children!).map((d) => d.counts!.initiatives)).size, 1);
  });
  it('takes the first rule under which every department has a size and they differ; else initiatives', () => {
    const oneFigure = report.departments[0]!.initiatives[0]!.metrics[0]!;
    const sameFigures: Report = { ...report, departments: report.departments.map((d) => ({ ...d, initiatives: d.initiatives.map((i) => ({ ...i, metrics: [oneFigure] })) })) };
    // Honors differ, but some departments have none: sizing by them would hide those departments.
    assert.equal(informativeSizeRule(sameFigures), 'initiatives');
    const noFiguresInOne: Report = { ...report, departments: report.departments.map((d, n) => (n === 0 ? { ...d, initiatives: d.initiatives.map((i) => ({ ...i, metrics: [] })) } : d)) };
    assert.equal(informativeSizeRule(noFiguresInOne), 'initiatives');
    // One figure per department, but one to three initiatives each.
    const unevenInitiatives: Report = {
      ...sameFigures,
      departments: sameFigures.departments.map((d, n) => ({ ...d, initiatives: d.initiatives.slice(0, 1 + (n % 3)).map((i, k) => ({ ...i, metrics: k === 0 ? [oneFigure] : [] })) })),
    };
    assert.equal(informativeSizeRule(unevenInitiatives), 'initiatives');
  });
  it('starts where the tree branches when the top level has one node', () => {
    const tree = reportTree(oneGroup, 'figures');
    assert.equal(tree.children!.length, 14);
    assert.ok(tree.children!.every((child) => child.kind === 'department'));
    const oneDepartment: Report = { ...oneGroup, departments: [oneGroup.departments[0]!] };
    assert.deepEqual(reportTree(oneDepartment, 'figures').children!.map((c) => c.kind), Array(5).fill('initiative'));
    // One department with one initiative: the department stays, named, rather than its lone leaf.
    const oneInitiative: Report = { ...oneDepartment, departments: [{ ...oneDepartment.departments[0]!, initiatives: [oneDepartment.departments[0]!.initiatives[0]!] }] };
    assert.deepEqual(reportTree(oneInitiative, 'figures').children!.map((c) => c.id), [oneDepartment.departments[0]!.id]);
  });
});

describe('layoutTreemap', () => {
  it('matches the stored layout of the Huzhou report at 800×500', () => {
    const cells = layoutTreemap(sumTree(reportTree(report, 'initiatives')), 'huzhou-2024', box).map((c) => ({
      id: c.id,
      depth: c.depth,
      rect: [round(c.x0), round(c.y0), round(c.x1), round(c.y1)],
      header: c.header,
    }));
    if (!existsSync(snapshotFile) || process.env.UPDATE_SNAPSHOTS) writeFileSync(snapshotFile, `${JSON.stringify(cells, null, 1)}\n`);
    assert.deepEqual(cells, JSON.parse(readFileSync(snapshotFile, 'utf8')));
  });

  it('gives each department an area share equal to its share of initiatives', () => {
    const summed = sumTree(reportTree(report, 'initiatives'));
    const cells = layoutTreemap(summed, 'huzhou-2024', { ...box, depth: 2, padding: 0, headerHeight: 0 });
    for (const cell of cells.filter((c) => c.depth === 2)) {
      const share = ((cell.x1 - cell.x0) * (cell.y1 - cell.y0)) / (box.width * box.height);
      assert.ok(Math.abs(share - 5 / 70) < 1e-9, `${cell.id}: ${share}`);
    }
  });

  it('fills the box, keeps children inside parents and never overlaps siblings', () => {
    const cells = layoutTreemap(sumTree(reportTree(report, 'figures')), 'huzhou-2024', box);
    const byId = new Map(cells.map((c) => [c.id, c]));
    for (const cell of cells) {
      assert.ok(cell.x0 >= 0 && cell.y0 >= 0 && cell.x1 <= box.width + 1e-6 && cell.y1 <= box.height + 1e-6, cell.id);
      const parent = byId.get(cell.ancestors.at(-1)!);
      if (parent) assert.ok(cell.x0 >= parent.x0 - 1e-6 && cell.x1 <= parent.x1 + 1e-6 && cell.y0 >= parent.y0 - 1e-6 && cell.y1 <= parent.y1 + 1e-6, cell.id);
    }
    const top = cells.filter((c) => c.depth === 1);
    for (const a of top) for (const b of top) if (a !== b) assert.ok(a.x1 <= b.x0 + 1e-6 || b.x1 <= a.x0 + 1e-6 || a.y1 <= b.y0 + 1e-6 || b.y1 <= a.y0 + 1e-6);
  });

  it('zooms: the focused node fills the whole box', () => {
    const summed = sumTree(reportTree(report, 'initiatives'));
    assert.deepEqual(pathTo(summed, 'jingxin'), ['huzhou-2024', 'economy', 'jingxin']);
    const cells = layoutTreemap(summed, 'jingxin', box);
    assert.deepEqual(cells.map((c) => c.ancestors.at(-1)), Array(5).fill('jingxin'));
    const area = cells.reduce((sum, c) => sum + (c.x1 - c.x0) * (c.y1 - c.y0), 0);
    assert.ok(area > box.width * box.height * 0.95);
  });

  it('lays out 10,000 leaves', () => {
    const tree = { name: 'root', children: Array.from({ length: 10 }, (_, a) => ({ name: `a${a}`, children: Array.from({ length: 10 }, (_, b) => ({ name: `b${b}`, children: Array.from({ length: 100 }, (_, c) => ({ name: `c${c}`, value: 1 + ((a * 7 + b * 13 + c) % 17) })) })) })) };
    const normalized = normalizeGenericTree(tree);
    assert.ok('tree' in normalized);
    const cells = layoutTreemap(sumTree(normalized.tree), 'root', { ...box, depth: 3 });
    assert.equal(cells.filter((c) => c.depth === 3).length, 10_000);
  });
});

describe('normalizeGenericTree', () => {
  it('gives ids by path and reports every bad node with its path', () => {
    const ok = normalizeGenericTree({ name: 'r', children: [{ name: 'a', value: 1 }] });
    assert.ok('tree' in ok && ok.tree.children![0]!.id === 'r/a');
    const bad = normalizeGenericTree({ name: 'r', children: [{ name: 'a', value: 'x' }, { value: 1 }, 5] });
    assert.ok('problems' in bad);
    assert.deepEqual(bad.problems.map((p) => p.path), ['children[0].value', 'children[1].name', 'children[2]']);
  });
  it('stops at cycles instead of overflowing the stack', () => {
    const cyclic: { name: string; children: unknown[] } = { name: 'r', children: [] };
    cyclic.children.push(cyclic);
    const result = normalizeGenericTree(cyclic);
    assert.ok('problems' in result && result.problems.some((p) => p.detail.includes('cyclic')));
  });
});

describe('fitLabel', () => {
  it('keeps every line within the box, wraps to two lines and ellipsizes', () => {
    const fit = fitLabel('以文化标识擦亮工程回答何以“是湖州”', { width: 100, height: 60 }, approximateMeasure);
    assert.equal(fit.lines.length, 2);
    assert.ok(fit.lines[1]!.endsWith('…'));
    for (const line of fit.lines) assert.ok(approximateMeasure(line, fit.fontSize) <= 100 - 8);
  });
  it('hides the label when the cell is too small', () => {
    assert.deepEqual(fitLabel('市经信局', { width: 18, height: 40 }, approximateMeasure).lines, []);
    assert.deepEqual(fitLabel('市经信局', { width: 200, height: 10 }, approximateMeasure).lines, []);
  });
  it('breaks Latin text at spaces', () => {
    const fit = fitLabel('Huzhou Finance Bureau', { width: 130, height: 60 }, approximateMeasure);
    assert.equal(fit.lines[0], 'Huzhou Finance');
  });
});

describe('palette', () => {
  it('gives every tone of every family a label colour at 5:1 or better, light and dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (let family = 0; family < familyColors.length; family++) {
        for (let tone = 0; tone < toneCount; tone++) {
          const fill = toneFill(scheme, family, tone);
          const ratio = contrastRatio(fill, schemes[scheme].ink);
          assert.ok(ratio >= minimumContrast, `${scheme} family ${family} tone ${tone} ${fill}: ${ratio.toFixed(2)}`);
        }
      }
    }
  });
  it('keeps dark tones dark and light tones light, and tones of one family apart', () => {
    for (let family = 0; family < familyColors.length; family++) {
      assert.ok(contrastRatio(toneFill('dark', family, 0), '#ffffff') > contrastRatio(toneFill('dark', family, 0), '#000000'), `dark ${family}`);
      assert.ok(contrastRatio(toneFill('light', family, 0), '#000000') > contrastRatio(toneFill('light', family, 0), '#ffffff'), `light ${family}`);
      assert.notEqual(toneFill('light', family, 0), toneFill('light', family, 1));
    }
  });
  it('gives each level a step and alternating siblings half a step', () => {
    assert.deepEqual([cellTone(1, 0), cellTone(1, 1), cellTone(1, 2), cellTone(2, 0), cellTone(2, 1), cellTone(3, 0), cellTone(9, 1)], [0, 1, 0, 2, 3, 4, 5]);
    assert.equal(toneClass(9, 2), 'c1-2');
  });
  it('writes one rule per family and tone, each a token with its default for both schemes', () => {
    const css = paletteCss();
    assert.equal(css.match(/\.c\d-\d\{--_cell:light-dark\(/g)?.length, familyColors.length * toneCount);
    assert.ok(css.includes('.c0-0{--_cell:light-dark(color-mix(in srgb, var(--hz-treemap-1, #0072B2), #ffffff '));
    assert.ok(css.includes('var(--hz-treemap-8-dark, '));
  });
});

describe('keyboard navigation geometry', () => {
  const grid = [
    { id: 'a', x0: 0, y0: 0, x1: 50, y1: 50 },
    { id: 'b', x0: 50, y0: 0, x1: 100, y1: 50 },
    { id: 'c', x0: 0, y0: 50, x1: 100, y1: 100 },
  ];
  it('moves to the cell in the arrow direction', () => {
    assert.equal(neighbour(grid, grid[0]!, 'right')?.id, 'b');
    assert.equal(neighbour(grid, grid[1]!, 'down')?.id, 'c');
    assert.equal(neighbour(grid, grid[2]!, 'up')?.id, 'a');
    assert.equal(neighbour(grid, grid[0]!, 'left'), undefined);
  });
  it('orders cells for reading: rows, then columns', () => {
    assert.deepEqual(readingOrder([grid[2]!, grid[1]!, grid[0]!]).map((c) => c.id), ['a', 'b', 'c']);
  });
});
