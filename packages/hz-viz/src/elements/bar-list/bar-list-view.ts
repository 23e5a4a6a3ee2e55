import type { Locale } from '@hz-viz/schema';
import type { Figure } from '@hz-viz/schema';
import { joinParts } from '@hz-viz/schema';
import { english } from '../../internal/english-part.js';
import { figuresFor } from '../../internal/figures-for.js';
import type { BarListLayout, BarListSort } from '../../layout/bar-list.js';
import { percentOf } from '../../layout/scale.js';
import { valueColumnWidth } from '../../layout/value-column.js';
import type { Tone } from '../../internal/trend.js';
import { directionOf, toneOf } from '../../internal/trend.js';

export interface BarListRowView {
  readonly key: string;
  readonly id?: string;
  readonly label: string;
  readonly detail?: string;
  readonly valueText: string;
  readonly from: number;
  readonly to: number;
  /**
   * The bar's place on its track as CSS (`left` only when the bar does not start at the track's
   * start, where the stylesheet puts it): computed here once, so rendering writes it as it is.
   */
  readonly barStyle: Readonly<Record<string, string>>;
  /** Changes are coloured by whether they are good news; other figures stay neutral. */
  readonly tone: Tone;
}

/** One scale: the rows of one unit, with their zero and target lines. */
export interface BarListGroupView {
  /** The unit, said above the rows when a list holds several units. */
  readonly unit: string;
  /** The index of the group's first row among all rows (one roving focus across groups). */
  readonly offset: number;
  readonly rows: readonly BarListRowView[];
  readonly zeroAt?: number;
  readonly targetAt?: number;
}

export interface BarListView {
  readonly groups: readonly BarListGroupView[];
  /** Every row, in the order shown: what keyboard moves and selection index into. */
  readonly rows: readonly BarListRowView[];
  readonly sort: BarListSort;
  /** The value column of every row, as wide as the widest value needs (layout/value-column.ts). */
  readonly valueColumn: string;
}

/**
 * The unit a group of bars is in, as its caption says it: 辆 in Chinese; in English the figure's
 * own unitEn, else the plural the formatter uses (vehicles), else the Chinese for a classifier
 * English drops (个, 条).
 */
export function unitCaption(figure: Figure, locale: Locale): string {
  if (locale !== 'en') return figure.unit;
  const name = english().unitNames[figure.unit];
  return figure.unitEn ?? (name?.enPlural || name?.en || figure.unit);
}

/** Department names per metric id, when the items came from a report spanning departments. */
export type DetailOf = (id: string | undefined) => string | undefined;

function barStyle(from: number, to: number): Readonly<Record<string, string>> {
  const width = percentOf(to - from);
  return from > 0 ? { left: percentOf(from), width } : { width };
}

function rowViews(layout: BarListLayout, locale: Locale, detailOf: DetailOf): BarListRowView[] {
  const figures = figuresFor(locale);
  return layout.rows.map((row) => {
    const { figure, id } = row.item;
    const detail = detailOf(id);
    return {
      key: id ?? `row-${row.sourceIndex}`,
      ...(id && { id }),
      label: locale === 'en' ? (figure.labelEn ?? figure.label) : figure.label,
      ...(detail && { detail }),
      valueText: joinParts(figures.parts(figure)),
      from: row.from,
      to: row.to,
      barStyle: barStyle(row.from, row.to),
      tone: figure.kind === 'change' ? toneOf(directionOf(figure.value), figure.polarity) : 'neutral',
    };
  });
}

/** The list's view from one layout per unit (layout/bar-list.ts `groupByUnit`). */
export function barListView(layouts: readonly { unit: string; layout: BarListLayout }[], sort: BarListSort, locale: Locale, detailOf: DetailOf): BarListView {
  let offset = 0;
  const groups = layouts.map(({ unit, layout }): BarListGroupView => {
    const rows = rowViews(layout, locale, detailOf);
    const group = {
      unit,
      offset,
      rows,
      ...(layout.zeroAt !== undefined && { zeroAt: layout.zeroAt }),
      ...(layout.targetAt !== undefined && { targetAt: layout.targetAt }),
    };
    offset += rows.length;
    return group;
  });
  const rows = groups.flatMap((g) => g.rows);
  return { sort, groups, rows, valueColumn: valueColumnWidth(rows.map((row) => row.valueText)) };
}
