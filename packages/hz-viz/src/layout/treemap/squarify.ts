import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import type { HierarchyNode } from 'd3-hierarchy';
import type { TreeNode } from './tree.js';

/** One drawn rectangle. Coordinates are in CSS pixels of the treemap's box. */
export interface Cell {
  readonly id: string;
  readonly node: TreeNode;
  /** Depth below the focused node: 1 for its children, 2 for their children … */
  readonly depth: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly value: number;
  /** Ids from the root to this node's parent: the second is its top-level ancestor, its colour family. */
  readonly ancestors: readonly string[];
  /** Drawn with a header band (a parent at an intermediate depth, tall enough for one). */
  readonly header: boolean;
  /** Drawn with its children inside it: its label only fits in a header band, never over them. */
  readonly branch: boolean;
  /** Has children in the data (can be drilled into). */
  readonly drillable: boolean;
}

export interface TreemapOptions {
  readonly width: number;
  readonly height: number;
  /** Levels shown below the focused node (1–4). */
  readonly depth: number;
  /** Height of a parent's header band. */
  readonly headerHeight: number;
  readonly padding: number;
}

/**
 * The tree summed once; every layout reads it, so a drill or a resize never re-sums. A layout of
 * the whole tree writes its positions into these nodes (`layoutTreemap`): read positions from the
 * cells a layout returns, never from the nodes.
 */
export interface SummedTree {
  readonly root: HierarchyNode<TreeNode>;
  readonly byId: ReadonlyMap<string, HierarchyNode<TreeNode>>;
}

/** Ties in size keep a fixed order by id: code-point order, which costs nothing next to localeCompare at 100,000 nodes. */
const idOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sumTree(tree: TreeNode): SummedTree {
  const root = hierarchy<TreeNode>(tree, (node) => node.children as TreeNode[] | undefined)
    .sum((node) => (node.children && node.children.length > 0 ? 0 : Math.max(0, node.value ?? 0)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || idOrder(a.data.id, b.data.id));
  // The index is built the first time something looks a node up (a drill, a path): an update of
  // the whole tree never does, and 10,000 ids hashed into a Map cost more than summing them.
  let byId: Map<string, HierarchyNode<TreeNode>> | undefined;
  return {
    root,
    get byId() {
      if (!byId) {
        const index = new Map<string, HierarchyNode<TreeNode>>();
        root.each((node) => index.set(node.data.id, node));
        byId = index;
      }
      return byId;
    },
  };
}

/** The ids from the root to a node, root included. */
export function pathTo(summed: SummedTree, id: string): string[] {
  const node = summed.byId.get(id);
  return node ? node.ancestors().reverse().map((a) => a.data.id) : [];
}

/**
 * The gap between a parent's children and around them: the full padding while its children are
 * at least 12 px a side on average, narrower below that, so thousands of small leaves keep their
 * area instead of vanishing into padding (at 10,000 leaves a fixed 2 px gap would eat most of them).
 */
export function gap(node: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly children?: readonly unknown[] | undefined }, padding: number): number {
  // A leaf has nothing inside to part: no square root for the 10,000 of them.
  if (!node.children) return 0;
  const side = Math.sqrt(((node.x1 - node.x0) * (node.y1 - node.y0)) / node.children.length);
  return Math.min(padding, side / 6);
}

/**
 * Whether a parent gets a header band for its label: it is above the shown depth and tall enough
 * for the band to leave room below it. The layout reserves the band and the cell says `header`
 * by this one rule, so a header label is never drawn where no band is reserved.
 */
export function hasHeaderBand(node: { readonly depth: number; readonly y0: number; readonly y1: number; readonly children?: readonly unknown[] | undefined }, options: Pick<TreemapOptions, 'depth' | 'headerHeight'>): boolean {
  return node.depth > 0 && node.depth < options.depth && Boolean(node.children?.length) && node.y1 - node.y0 > options.headerHeight * 2;
}

/**
 * Squarified layout of the focused node's subtree, `depth` levels deep, filling the box.
 * Parents keep a header band for their label. The same input always gives the same cells, in
 * breadth-first order, so a later cell never lies under an earlier one. Showing the whole tree to
 * its leaves, it lays out the summed nodes in place (no copy of 100,000 nodes); their positions
 * are scratch space, overwritten by the next layout.
 */
export function layoutTreemap(summed: SummedTree, focusId: string, options: TreemapOptions): Cell[] {
  const focus = focusId === summed.root.data.id ? summed.root : (summed.byId.get(focusId) ?? summed.root);
  // The layout writes positions into the nodes it is given. The whole tree shown to its leaves is
  // laid out in place; otherwise a copy of the focused subtree, cut at the shown depth (depths
  // then count from the focus; values stay as summed over the whole tree).
  const whole = focus === summed.root && focus.height <= options.depth;
  const copy = whole ? focus : focus.copy();
  if (!whole) {
    copy.each((node) => {
      if (node.depth >= options.depth && node.children) node.children = undefined;
    });
  }

  const laid = treemap<TreeNode>()
    .tile(treemapSquarify.ratio(1.3))
    .size([options.width, options.height])
    .paddingInner((node) => gap(node, options.padding))
    .paddingOuter((node) => (node.depth === 0 ? 0 : gap(node, options.padding)))
    .paddingTop((node) => (node.depth === 0 ? 0 : hasHeaderBand(node, options) ? options.headerHeight : gap(node, options.padding)))
    .round(false)(copy);

  // Breadth-first, as d3's each() visits (a parent before its children, siblings in order), but
  // with a plain queue: d3's generator and a Map from each parent to its children's ancestor list
  // cost more than the cells at 10,000 nodes. Beside each queued node, its ancestors' ids: siblings
  // share one list, built from their parent's, so 100,000 leaves cost a few hundred short arrays.
  const above = focus.ancestors().reverse().map((a) => a.data.id);
  const queue = [...(laid.children ?? [])];
  const lineage = queue.map(() => above);
  const cells: Cell[] = [];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    const ancestors = lineage[i]!;
    const children = node.children;
    if (children) {
      const inner = [...ancestors, node.data.id];
      for (const child of children) queue.push(child), lineage.push(inner);
    }
    const branch = !!children;
    cells.push({
      id: node.data.id,
      node: node.data,
      depth: node.depth,
      x0: node.x0,
      y0: node.y0,
      x1: node.x1,
      y1: node.y1,
      value: node.value ?? 0,
      ancestors,
      // A leaf (most cells) has no band: no more to ask of 10,000 of them.
      header: branch && hasHeaderBand(node, options),
      branch,
      // Its children in the data: those laid out, or those cut off below the shown depth.
      drillable: !!node.data.children?.length,
    });
  }
  return cells;
}
