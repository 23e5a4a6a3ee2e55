import type { Figure } from '@hz-viz/schema';
import { unitScale } from './scale.js';

export const barListSorts = ['source', 'value-desc', 'value-asc'] as const;
export type BarListSort = (typeof barListSorts)[number];

export interface BarListItem {
  readonly id?: string;
  readonly figure: Figure;
}

export interface BarRow {
  readonly item: BarListItem;
  /** Position in the input, so "source order" can be restored. */
  readonly sourceIndex: number;
  /** Bar start and end as fractions of the track (start < end). */
  readonly from: number;
  readonly to: number;
}

export interface BarListLayout {
  readonly rows: readonly BarRow[];
  /** The zero line when values have both signs; the 100% line for completion rates. */
  readonly zeroAt?: number;
  readonly targetAt?: number;
}

/**
 * One scale for all rows, so bars compare: from zero to the largest value, or from the most
 * negative to the most positive when both signs occur. Completion rates get a 100% target line.
 */
export function barListLayout(items: readonly BarListItem[], sort: BarListSort): BarListLayout {
  const values = items.map((item) => item.figure.value);
  const allCompletion = items.length > 0 && items.every((item) => item.figure.kind === 'completion');
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values, allCompletion ? 100 : 0);
  const at = unitScale(low, high === low ? low + 1 : high);
  const rows = items.map((item, sourceIndex): BarRow => {
    const value = item.figure.value;
    return { item, sourceIndex, from: Math.min(at(0), at(value)), to: Math.max(at(0), at(value)) };
  });
  if (sort !== 'source') {
    const direction = sort === 'value-desc' ? -1 : 1;
    rows.sort((a, b) => direction * (a.item.figure.value - b.item.figure.value) || a.sourceIndex - b.sourceIndex);
  }
  return {
    rows,
    ...(low < 0 && { zeroAt: at(0) }),
    ...(allCompletion && { targetAt: at(100) }),
  };
}

/**
 * Items split by unit, in the order each unit first appears: bars on one scale must share a unit
 * (120% and 2.5个百分点 cannot be compared), so a department's mixed figures become one list each.
 */
export function groupByUnit(items: readonly BarListItem[]): BarListItem[][] {
  const groups = new Map<string, BarListItem[]>();
  for (const item of items) {
    const group = groups.get(item.figure.unit);
    if (group) group.push(item);
    else groups.set(item.figure.unit, [item]);
  }
  return [...groups.values()];
}
