import type { LabelFit } from './labels.js';
import type { Rect } from './navigation.js';

/**
 * Where things sit inside and around a treemap cell, for both renderers: label baselines, the
 * focus ring, the tooltip's place, hit-testing, and the one-path-per-colour outline of the many
 * small cells. Pure, in CSS pixels of the chart box.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Labels start this far from the cell's left and top edges (labels.ts fits them to the same inset). */
export const labelInset = 4;

/** The baseline of a label's line `line` (0 = first), from the cell's top; the value line follows the last. */
export function labelBaseline(label: Pick<LabelFit, 'lineHeight'>, line: number): number {
  return labelInset + label.lineHeight * (line + 1) - label.lineHeight * 0.25;
}

/** The focus ring: a 3 px outer ring inside the cell's edge and a 1 px inner ring that separates it from the fill. */
export function focusRings(cell: Rect): { readonly outer: Box; readonly inner: Box } {
  const width = cell.x1 - cell.x0;
  const height = cell.y1 - cell.y0;
  return {
    outer: { x: cell.x0 + 1.5, y: cell.y0 + 1.5, width: Math.max(0, width - 3), height: Math.max(0, height - 3) },
    inner: { x: cell.x0 + 3.5, y: cell.y0 + 3.5, width: Math.max(0, width - 7), height: Math.max(0, height - 7) },
  };
}

/** The tooltip's width the placement keeps room for. */
const tooltipWidth = 240;

/**
 * Where a cell's tooltip sits: its left edge just inside the cell's, moved left so it stays in the
 * box, and its bottom edge on the cell's top edge (`bottom`, from the box's bottom). The element's
 * styles let a tooltip taller than the room above its cell start at the box's top instead
 * (`align-self: end` over the inset box from the top), so however tall it is (an initiative's
 * figures and honors), it stays in the chart, whose edge would cut it off.
 */
export function tooltipPlace(cell: Rect, box: { readonly width: number; readonly height: number }): { readonly left: number; readonly bottom: number } {
  return { left: Math.min(cell.x0 + 8, Math.max(0, box.width - tooltipWidth)), bottom: box.height - cell.y0 };
}

/**
 * The index of the deepest cell under a point, or -1. Cells come in breadth-first order (a child
 * after its parent), so the last one containing the point is the one drawn on top.
 */
export function hitTest(cells: readonly Rect[], x: number, y: number): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i]!;
    if (x >= cell.x0 && x < cell.x1 && y >= cell.y0 && y < cell.y1) return i;
  }
  return -1;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Rectangles as one SVG path, `M x y h w v h h -w z` each: thousands of cells, one element. */
export function rectsPath(cells: readonly Rect[]): string {
  let d = '';
  for (const cell of cells) {
    const width = cell.x1 - cell.x0;
    const height = cell.y1 - cell.y0;
    if (width <= 0 || height <= 0) continue;
    d += `M${round(cell.x0)} ${round(cell.y0)}h${round(width)}v${round(height)}h${round(-width)}z`;
  }
  return d;
}
