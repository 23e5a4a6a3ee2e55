import type { Locale } from '@hz-viz/schema';
import type { HierarchyNode } from 'd3-hierarchy';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import type { MeasureText } from '../../layout/treemap/labels.js';
import type { Cell, SummedTree } from '../../layout/treemap/squarify.js';
import { layoutTreemap } from '../../layout/treemap/squarify.js';
import type { TreeNode } from '../../layout/treemap/tree.js';
import type { BuiltTree } from './treemap-source.js';
import type { TableRow } from './treemap-table.js';
import type { TooltipView } from './treemap-tooltip.js';
import type { CellView, CellViewMemo, CellViews, DepthLayer } from './treemap-view.js';
import { cellViews, depthLayers, headerHeight } from './treemap-view.js';

export const treemapRenderers = ['svg', 'canvas'] as const;
export type TreemapRenderer = (typeof treemapRenderers)[number];

/**
 * Above this many cells a treemap without `renderer` draws on canvas. SVG's cost grows with every
 * element the browser styles and lays out; a canvas paints 100,000 rectangles in a few milliseconds.
 * Up to here SVG is as fast as a hand-written page (docs/benchmarks.md) and prints as vectors.
 */
export const canvasAbove = 2000;

/** The drawn chart: cells laid out, their views, and what the chosen renderer needs. */
export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly renderer: TreemapRenderer;
  readonly cells: readonly Cell[];
  /** Every cell's colour, and the views of the cells drawn as their own. */
  readonly views: CellViews;
  readonly navigable: readonly CellView[];
  /** SVG only: the cells by depth, merged into paths where they carry no label. */
  readonly layers: readonly DepthLayer[];
}

export interface ChartInputs {
  readonly tree: SummedTree;
  readonly focusId: string;
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly families: readonly string[];
  readonly renderer: TreemapRenderer | undefined;
  readonly locale: Locale;
  readonly messages: Messages;
  readonly memo: CellViewMemo;
  readonly measure: MeasureText;
}

export function chartModel(inputs: ChartInputs): ChartModel {
  const { tree, focusId, width, height, depth, families, locale, messages, memo, measure } = inputs;
  const cells = width > 0 && height > 0 ? layoutTreemap(tree, focusId, { width, height, depth, headerHeight, padding: 2 }) : [];
  const views = cellViews(cells, families, locale, messages, memo, measure);
  const renderer = inputs.renderer ?? (cells.length > canvasAbove ? 'canvas' : 'svg');
  return {
    width,
    height,
    renderer,
    cells,
    views,
    navigable: views.own.filter((v) => v.navigable),
    layers: renderer === 'svg' ? depthLayers(cells, views) : [],
  };
}

/**
 * The last chart, kept while its inputs stay the same: hovering, focusing and announcing
 * re-render the element without laying out or formatting a cell again.
 */
export class ChartModelCache {
  private last?: { inputs: ChartInputs; model: ChartModel };

  get(inputs: ChartInputs): ChartModel {
    const last = this.last;
    if (last && (Object.keys(inputs) as (keyof ChartInputs)[]).every((key) => last.inputs[key] === inputs[key])) return last.model;
    const model = chartModel(inputs);
    this.last = { inputs, model };
    return model;
  }
}

/** What the element draws: the tree, where the reader is, the chart, and the table's rows. */
export interface TreemapView {
  readonly built: BuiltTree;
  readonly families: readonly { readonly id: string; readonly name: string; readonly tone: string }[];
  /** The nodes from the root to the shown one, and their names: 全部 › 经济发展 › 市经信局. */
  readonly trail: readonly TreeNode[];
  readonly trailText: string;
  /** The chart's accessible name: what it is, where you are, how to drill. */
  readonly label: string;
  /** The table's caption: the shown node and what the sizes count. */
  readonly caption: string;
  readonly focus: HierarchyNode<TreeNode>;
  readonly chart: ChartModel;
  readonly active?: CellView;
  readonly tooltip?: TooltipView;
  /** The table view's rows, once its module has loaded. */
  readonly rows?: readonly TableRow[];
}

/** `path="economy/jingxin"` ⇄ `['economy', 'jingxin']`. */
export const pathConverter = {
  fromAttribute: (value: string | null) => (value ? value.split('/').filter(Boolean) : []),
  // A host may assign anything; reflecting must never throw (the problem is shown instead).
  toAttribute: (value: unknown) => (Array.isArray(value) ? value.filter((id) => typeof id === 'string').join('/') : typeof value === 'string' ? value : null),
};

export const treemapViewModes = ['chart', 'table'] as const;
export type TreemapViewMode = (typeof treemapViewModes)[number];
