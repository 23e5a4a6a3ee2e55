import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { treemapMessages } from '../../packages/hz-viz/src/elements/department-treemap/treemap-messages.js';
import { fillLayers, paintsInOrder } from '../../packages/hz-viz/src/elements/department-treemap/treemap-canvas.js';
import { CellViewMemo, cellViews, depthLayers } from '../../packages/hz-viz/src/elements/department-treemap/treemap-view.js';
import { focusRings, hitTest, labelBaseline, rectsPath, tooltipPlace } from '../../packages/hz-viz/src/layout/treemap/geometry.js';
import { approximateMeasure } from '../../packages/hz-viz/src/layout/treemap/labels.js';
import { hatchMarks } from '../../packages/hz-viz/src/layout/treemap/palette.js';
import { keyTarget } from '../../packages/hz-viz/src/layout/treemap/navigation.js';
import { gap, layoutTreemap, sumTree } from '../../packages/hz-viz/src/layout/treemap/squarify.js';
import { reportShapeProblems } from '../../packages/hz-viz/src/elements/department-treemap/treemap-source.js';
import type { TreeNode } from '../../packages/hz-viz/src/layout/treemap/tree.js';

/** 示例数据: an invented, seeded, irregular tree — log-normal sizes, uneven branches. */
function irregularTree(leaves: number): TreeNode {
  let seed = 11;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const logNormal = () => Math.exp(2 + 1.3 * Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random()));
  let id = 0;
  const groups = Array.from({ length: 22 }, (_, g): TreeNode => {
    const units = 1 + Math.floor(random() * 22);
    return {
      id: `g${g}`,
      name: `示例 ${g}`,
      children: Array.from({ length: units }, (_, u): TreeNode => ({
        id: `g${g}u${u}`,
        name: `示例 ${g}-${u}`,
        children: Array.from({ length: 1 + Math.floor((random() * 2 * leaves) / (22 * 11.5)) }, (): TreeNode => ({ id: `l${id++}`, name: `示例叶 ${id}`, value: logNormal() })),
      })),
    };
  });
  return { id: 'root', name: '示例数据', children: groups };
}

const box = { width: 900, height: 600, depth: 3, headerHeight: 20, padding: 2 };

describe('cell geometry', () => {
  it('puts label lines a line apart, the first a line below the top inset', () => {
    assert.equal(labelBaseline({ lineHeight: 16 }, 0), 16);
    assert.equal(labelBaseline({ lineHeight: 16 }, 1), 32);
  });

  it('draws the focus ring inside the cell, the inner ring inside the outer', () => {
    const { outer, inner } = focusRings({ x0: 10, y0: 20, x1: 110, y1: 70 });
    assert.deepEqual(outer, { x: 11.5, y: 21.5, width: 97, height: 47 });
    assert.deepEqual(inner, { x: 13.5, y: 23.5, width: 93, height: 43 });
    assert.deepEqual(focusRings({ x0: 0, y0: 0, x1: 2, y1: 2 }).inner, { x: 3.5, y: 3.5, width: 0, height: 0 });
  });

  it('stands the tooltip on its cell, its width kept in the box', () => {
    const box = { width: 800, height: 500 };
    assert.deepEqual(tooltipPlace({ x0: 10, y0: 10, x1: 100, y1: 100 }, box), { left: 18, bottom: 490 });
    // Near the right edge: moved left to keep its width in the box.
    assert.deepEqual(tooltipPlace({ x0: 700, y0: 10, x1: 800, y1: 30 }, box), { left: 560, bottom: 490 });
    assert.deepEqual(tooltipPlace({ x0: 10, y0: 440, x1: 100, y1: 500 }, box), { left: 18, bottom: 60 });
  });

  it('hit-tests to the deepest cell under the point, -1 outside every cell', () => {
    const cells = [
      { x0: 0, y0: 0, x1: 100, y1: 100 },
      { x0: 10, y0: 10, x1: 50, y1: 50 },
    ];
    assert.equal(hitTest(cells, 20, 20), 1);
    assert.equal(hitTest(cells, 60, 60), 0);
    assert.equal(hitTest(cells, 100, 50), -1);
  });

  it('writes rectangles as one path, skipping empty ones', () => {
    assert.equal(rectsPath([{ x0: 1, y0: 2, x1: 4.333, y1: 6 }, { x0: 5, y0: 5, x1: 5, y1: 9 }]), 'M1 2h3.33v4h-3.33z');
  });

  it('narrows the gap only where children are small', () => {
    assert.equal(gap({ x0: 0, y0: 0, x1: 100, y1: 100, children: [1, 2, 3, 4] }, 2), 2);
    assert.equal(gap({ x0: 0, y0: 0, x1: 6, y1: 6, children: [1, 2, 3, 4] }, 2), 0.5);
  });
});

describe('layoutTreemap in place', () => {
  it('gives the same cells whatever was laid out before it: the whole tree, a zoom, the whole again', () => {
    const summed = sumTree(irregularTree(2_000));
    const plain = (cells: ReturnType<typeof layoutTreemap>) => cells.map((c) => [c.id, c.x0, c.y0, c.x1, c.y1, c.header]);
    const whole = plain(layoutTreemap(summed, 'root', box));
    const zoomed = plain(layoutTreemap(summed, 'g3', box));
    assert.deepEqual(plain(layoutTreemap(summed, 'root', { ...box, width: 500 })).length, whole.length);
    assert.deepEqual(plain(layoutTreemap(summed, 'g3', box)), zoomed);
    assert.deepEqual(plain(layoutTreemap(summed, 'root', box)), whole);
  });
});

describe('keyTarget', () => {
  const grid = [
    { id: 'a', x0: 0, y0: 0, x1: 50, y1: 50 },
    { id: 'b', x0: 50, y0: 0, x1: 100, y1: 50 },
    { id: 'c', x0: 0, y0: 50, x1: 100, y1: 100 },
  ];
  it('moves by arrows, Home and End, and ignores other keys', () => {
    assert.equal(keyTarget(grid, grid[0]!, 'ArrowRight')?.id, 'b');
    assert.equal(keyTarget(grid, grid[1]!, 'ArrowDown')?.id, 'c');
    assert.equal(keyTarget(grid, grid[2]!, 'Home')?.id, 'a');
    assert.equal(keyTarget(grid, grid[0]!, 'End')?.id, 'c');
    assert.equal(keyTarget(grid, grid[0]!, 'a'), undefined);
  });
  it('follows reading order where no cell lies in the arrow direction', () => {
    // Nothing right of b: the next in reading order is c.
    assert.equal(keyTarget(grid, grid[1]!, 'ArrowRight')?.id, 'c');
    assert.equal(keyTarget(grid, grid[0]!, 'ArrowLeft'), undefined);
  });
});

describe('a large irregular tree', () => {
  // Laid out once, on first use, not while the tests are being defined.
  let laid: { cells: ReturnType<typeof layoutTreemap>; views: ReturnType<typeof cellViews> } | undefined;
  const chart = () => {
    if (laid) return laid;
    const summed = sumTree(irregularTree(10_000));
    const cells = layoutTreemap(summed, 'root', box);
    const zh = treemapMessages['zh-CN'];
    return (laid = { cells, views: cellViews(cells, summed.root.children!.map((c) => c.data.id), 'zh-CN', zh, new CellViewMemo(undefined, 'zh-CN', zh, approximateMeasure, 0), approximateMeasure) });
  };

  it('draws a header label only in a reserved band, and no label on a branch without one', () => {
    const { cells, views } = chart();
    const top = new Map<string, number>();
    for (const cell of cells) {
      const parent = cell.ancestors.at(-1)!;
      top.set(parent, Math.min(top.get(parent) ?? Number.POSITIVE_INFINITY, cell.y0));
    }
    for (const view of views.own) {
      if (view.label.lines.length === 0) continue;
      assert.ok(!view.cell.branch || view.cell.header, `${view.cell.id} is labelled over its children`);
      // The label's lines end above the first child: the band is really there.
      const bottom = view.cell.y0 + 4 + view.label.lineHeight * view.label.lines.length;
      if (view.cell.header) assert.ok(bottom <= top.get(view.cell.id)! + 1, `${view.cell.id}: label to ${bottom}, children from ${top.get(view.cell.id)}`);
    }
    assert.ok(cells.some((cell) => cell.branch && !cell.header), 'the tree has branches too small for a band');
    assert.ok(views.own.some((v) => v.cell.header && v.label.lines.length > 0), 'the tree has labelled bands');
  });

  it('keeps leaves visible where fixed 2 px padding loses them', () => {
    const { cells } = chart();
    const leaves = cells.filter((c) => !c.branch);
    const area = (c: { x0: number; y0: number; x1: number; y1: number }) => Math.max(0, c.x1 - c.x0) * Math.max(0, c.y1 - c.y0);
    // The hand-written floor: the same tiling with a fixed gap and a band on every parent.
    // (scripts/bench/page/floor.js: sorted by size, squarified, the same gaps and bands).
    const floor = treemap<TreeNode>().tile(treemapSquarify).size([box.width, box.height]).paddingInner(2).paddingOuter((n) => (n.depth === 0 ? 0 : 2)).paddingTop((n) => (n.depth === 0 ? 0 : n.children ? 20 : 2))(
      hierarchy(irregularTree(10_000), (n) => n.children as TreeNode[] | undefined)
        .sum((n) => (n.children ? 0 : (n.value ?? 0)))
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
    ).leaves();
    const lost = (xs: readonly { x0: number; y0: number; x1: number; y1: number }[]) => xs.filter((c) => area(c) < 1).length;
    const coverage = (xs: readonly { x0: number; y0: number; x1: number; y1: number }[]) => xs.reduce((sum, c) => sum + area(c), 0) / (box.width * box.height);
    assert.ok(lost(leaves) <= lost(floor), `${lost(leaves)} leaves under 1 px², the floor ${lost(floor)}`);
    assert.ok(coverage(leaves) >= coverage(floor), `leaves cover ${coverage(leaves)}, the floor's ${coverage(floor)}`);
  });

  it('merges unlabelled cells into one path per tone and depth, children after parents', () => {
    const { cells, views } = chart();
    const layers = depthLayers(cells, views);
    assert.deepEqual(layers.map((l) => l.depth), [1, 2, 3]);
    const own = layers.reduce((n, l) => n + l.own.length, 0);
    const paths = layers.reduce((n, l) => n + l.paths.length, 0);
    assert.equal(own, views.own.length);
    for (const layer of layers) assert.ok(layer.own.every((v) => v.cell.depth === layer.depth));
    // Every cell without a view is in its depth's path of its tone: one M per rectangle with an area.
    const drawn = (d: string) => d.split('M').length - 1;
    const merged = cells.filter((cell, i) => !views.own.some((v) => v.index === i) && cell.x1 > cell.x0 && cell.y1 > cell.y0).length;
    assert.equal(layers.reduce((n, l) => n + l.paths.reduce((m, p) => m + drawn(p.d), 0), 0), merged);
    assert.ok(paths <= 22 * 6 * 3, `${paths} paths`);
    assert.ok(own + paths < cells.length / 5, `${own + paths} elements for ${cells.length} cells`);
  });

  it('paints each depth in one fill per tone, every cell once, children after parents', () => {
    const { cells, views } = chart();
    const layers = fillLayers(cells, views);
    assert.deepEqual(layers.map((l) => cells[l.start]!.depth), [1, 2, 3]);
    assert.deepEqual(layers.map((l) => [l.start, l.end]), [[0, layers[0]!.end], [layers[0]!.end, layers[1]!.end], [layers[1]!.end, cells.length]]);
    for (const layer of layers) {
      const painted = layer.fills.flatMap((f) => [...f.cells]).sort((a, b) => a - b);
      assert.deepEqual(painted, Array.from({ length: layer.end - layer.start }, (_, i) => layer.start + i));
      assert.equal(new Set(layer.fills.map((f) => f.tone)).size, layer.fills.length);
      // Families eight apart share a hue (and so a tone) and a hatch: one fill draws them all.
      for (const fill of layer.fills) for (const i of fill.cells) assert.deepEqual([views.tones[i], views.families[i]! % hatchMarks.length], [fill.tone, fill.family % hatchMarks.length]);
    }
  });

  it('keeps the paint order through a resize, and groups again for other cells', () => {
    const tree = sumTree(irregularTree(3_000));
    const zh = treemapMessages['zh-CN'];
    const families = tree.root.children!.map((c) => c.data.id);
    const chartOf = (focusId: string, width: number, height: number, depth = 3) => {
      const cells = layoutTreemap(tree, focusId, { ...box, width, height, depth });
      return [cells, cellViews(cells, families, 'zh-CN', zh, new CellViewMemo(undefined, 'zh-CN', zh, approximateMeasure, 0), approximateMeasure)] as const;
    };
    const order = fillLayers(...chartOf('root', 900, 600));
    const [cells, views] = chartOf('root', 700, 480);
    assert.ok(paintsInOrder(order, cells, views));
    assert.deepEqual(order, fillLayers(cells, views));
    assert.ok(!paintsInOrder(order, ...chartOf('root', 700, 480, 2)), 'a shallower chart');
    assert.ok(!paintsInOrder(order, ...chartOf(families[0]!, 700, 480)), 'a drilled chart');
    assert.ok(!paintsInOrder(order, [], { tones: [], used: [], families: [], own: [] }), 'no cells');
    const recoloured = { ...views, tones: views.tones.map((tone, i) => (i === 40 ? `${tone}x` : tone)) };
    assert.ok(!paintsInOrder(order, cells, recoloured), 'a cell of another tone');
    const deeper = cells.map((cell, i) => (i === order[0]!.end - 1 ? { ...cell, depth: 2 } : cell));
    assert.ok(!paintsInOrder(order, deeper, views), 'a depth that starts elsewhere');
  });

  it('colours every cell, and makes a view only for the navigable and the labelled ones, in cell order', () => {
    const { cells, views } = chart();
    assert.equal(views.tones.length, cells.length);
    assert.equal(views.families.length, cells.length);
    assert.ok(views.tones.every((tone) => /^c\d+-\d+$/.test(tone)), 'a palette class for every cell');
    // The canvas's colour probes: every tone on the chart, each once.
    assert.deepEqual([...views.used].sort(), [...new Set(views.tones)].sort());
    // Siblings alternate tones: neighbours stay distinct.
    const firstTwo = cells.findIndex((cell, i) => i > 0 && cell.depth === 3 && cells[i - 1]!.ancestors === cell.ancestors);
    assert.notEqual(views.tones[firstTwo], views.tones[firstTwo - 1]);
    assert.deepEqual(views.own.map((v) => v.index), [...views.own.map((v) => v.index)].sort((a, b) => a - b));
    for (const view of views.own) {
      assert.equal(cells[view.index], view.cell);
      assert.equal(view.tone, views.tones[view.index]);
      assert.ok(view.navigable || view.label.lines.length > 0, `${view.cell.id} has a view but neither a label nor a tree item`);
    }
    assert.ok(views.own.length < cells.length / 10, `${views.own.length} views for ${cells.length} cells`);
  });

  it('speaks only the navigable cells, numbered in order', () => {
    const { cells, views } = chart();
    const navigable = views.own.filter((v) => v.navigable);
    assert.equal(navigable.length, 22);
    assert.deepEqual(navigable.map((v) => v.cell), cells.filter((cell) => cell.depth === 1));
    assert.match(navigable[0]!.spoken, /，第 1 \/ 22$/);
    assert.ok(views.own.filter((v) => !v.navigable).every((v) => v.spoken === ''));
  });
});

describe('a report handed to .report', () => {
  it('is told where it lacks what the treemap walks, instead of throwing', () => {
    assert.deepEqual(reportShapeProblems(null).map((p) => p.path), ['report']);
    assert.deepEqual(reportShapeProblems({ departments: [] }).map((p) => p.path), ['report.groups']);
    const raw = { groups: [], departments: [{ initiatives: [{ metrics: [], honors: [] }, { metrics: [] }] }, { name: 'x' }] };
    assert.deepEqual(reportShapeProblems(raw).map((p) => p.path), ['report.departments[0].initiatives[1]', 'report.departments[1].initiatives']);
    assert.deepEqual(reportShapeProblems({ groups: [], departments: [{ initiatives: [{ metrics: [], honors: [] }] }] }), []);
  });
});
