import type { Locale } from '@hz-viz/schema';
import { formatMetric } from '@hz-viz/schema';
import type { BarListLayout, BarListSort } from '../../layout/bar-list.js';
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
  /** Changes are coloured by whether they are good news; other figures stay neutral. */
  readonly tone: Tone;
}

export interface BarListView {
  readonly rows: readonly BarListRowView[];
  readonly zeroAt?: number;
  readonly targetAt?: number;
  readonly sort: BarListSort;
}

/** Department names per metric id, when the items came from a report spanning departments. */
export type DetailOf = (id: string | undefined) => string | undefined;

export function barListView(layout: BarListLayout, sort: BarListSort, locale: Locale, detailOf: DetailOf): BarListView {
  return {
    sort,
    ...(layout.zeroAt !== undefined && { zeroAt: layout.zeroAt }),
    ...(layout.targetAt !== undefined && { targetAt: layout.targetAt }),
    rows: layout.rows.map((row) => {
      const { figure, id } = row.item;
      const detail = detailOf(id);
      return {
        key: id ?? `row-${row.sourceIndex}`,
        ...(id && { id }),
        label: locale === 'en' ? (figure.labelEn ?? figure.label) : figure.label,
        ...(detail && { detail }),
        valueText: formatMetric(figure, locale),
        from: row.from,
        to: row.to,
        tone: figure.kind === 'change' ? toneOf(directionOf(figure.value), figure.polarity) : 'neutral',
      };
    }),
  };
}
