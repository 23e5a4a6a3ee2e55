export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Cells in reading order: top to bottom, then left to right (rows bucketed by a few pixels). */
export function readingOrder<T extends Rect>(cells: readonly T[]): T[] {
  return [...cells].sort((a, b) => Math.round(a.y0 / 4) - Math.round(b.y0 / 4) || a.x0 - b.x0);
}

/**
 * The cell an arrow key moves to: the nearest cell whose centre lies in that direction,
 * preferring cells that overlap on the other axis (so ↓ goes to the cell beneath, not beside).
 */
export function neighbour<T extends Rect>(cells: readonly T[], from: T, direction: Direction): T | undefined {
  const cx = (c: Rect) => (c.x0 + c.x1) / 2;
  const cy = (c: Rect) => (c.y0 + c.y1) / 2;
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best: T | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const cell of cells) {
    if (cell === from) continue;
    const along = horizontal ? (cx(cell) - cx(from)) * sign : (cy(cell) - cy(from)) * sign;
    if (along <= 0) continue;
    const overlaps = horizontal ? cell.y0 < from.y1 && cell.y1 > from.y0 : cell.x0 < from.x1 && cell.x1 > from.x0;
    const across = horizontal ? Math.abs(cy(cell) - cy(from)) : Math.abs(cx(cell) - cx(from));
    const score = along + across * 2 + (overlaps ? 0 : 1e6);
    if (score < bestScore) {
      bestScore = score;
      best = cell;
    }
  }
  return best;
}

const arrowDirections: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The cell a navigation key moves focus to: arrows go to the neighbour in that direction (or, when
 * there is none, the next or previous cell in reading order, so every cell stays reachable), Home
 * and End to the first and last. `undefined` for any other key, or at the end of the order.
 */
export function keyTarget<T extends Rect>(cells: readonly T[], from: T, key: string): T | undefined {
  const direction = arrowDirections[key];
  if (!direction && key !== 'Home' && key !== 'End') return undefined;
  const ordered = readingOrder(cells);
  if (key === 'Home') return ordered[0];
  if (key === 'End') return ordered.at(-1);
  const step = direction === 'right' || direction === 'down' ? 1 : -1;
  return neighbour(cells, from, direction!) ?? ordered[ordered.indexOf(from) + step];
}

/** Whether a key is one `keyTarget` moves with (the element then keeps it from scrolling the page). */
export function isNavigationKey(key: string): boolean {
  return key in arrowDirections || key === 'Home' || key === 'End';
}
