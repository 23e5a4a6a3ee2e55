/**
 * What `<hz-metric-grid>` reads from each item of its `metrics` input, before any figure is read:
 * which of the three kinds of item it is, its key for keyed updates, and the card fields an
 * object carries beside its figure. Pure: no DOM, no element.
 */

/** The card fields an item object may carry, all optional: the same names as the card's attributes. */
export interface MetricGridFields {
  readonly id?: string;
  readonly label?: string;
  readonly value?: string | number;
  readonly unit?: string;
  readonly kind?: string;
  readonly period?: string;
  readonly polarity?: string;
  readonly change?: string | number;
  readonly changeUnit?: string;
  readonly rank?: string;
  readonly caption?: string;
}

/**
 * One item of the grid's input: an id in the surrounding report; a figure object (a schema Metric,
 * or anything with a figure's fields: a numeric `value` and a `kind`), validated like a card's
 * `.metric`; or card fields read like a card's attributes (`value: '4.51万'`).
 */
export type MetricGridItem = string | MetricGridFields | object;

export type ItemSource = 'id' | 'figure' | 'fields' | 'invalid';

export function itemSource(item: unknown): ItemSource {
  if (typeof item === 'string') return 'id';
  if (!item || typeof item !== 'object' || Array.isArray(item)) return 'invalid';
  const { value, kind } = item as { value?: unknown; kind?: unknown };
  return typeof value === 'number' && typeof kind === 'string' ? 'figure' : 'fields';
}

/** A field's text when it is text or a number (what an attribute could have held), else undefined. */
export function fieldText(item: object, key: keyof MetricGridFields): string | undefined {
  const value = (item as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const fieldKeys = ['label', 'value', 'unit', 'kind', 'period', 'polarity', 'change', 'changeUnit', 'rank', 'caption'] as const satisfies readonly (keyof MetricGridFields)[];

/** An item's card fields as text, each read once; `signature` is all of them as one string. */
export interface FieldTexts {
  readonly texts: Readonly<Partial<Record<(typeof fieldKeys)[number], string>>>;
  /**
   * An item is read again only when this changes (or, for a figure object, when it is another
   * object), so a new array of equal items — data fetched again — re-reads nothing.
   */
  readonly signature: string;
}

export function fieldTexts(item: object): FieldTexts {
  const texts: Partial<Record<(typeof fieldKeys)[number], string>> = {};
  let signature = '';
  for (const key of fieldKeys) {
    const text = fieldText(item, key);
    if (text !== undefined) texts[key] = text;
    signature += `${text ?? '\u0000'}\u0001`;
  }
  return { texts, signature };
}

/**
 * Each item's key for lit's `repeat`: its id (a report id, or an object's `id`), else its
 * position. A repeated id gets a suffix, so the same metric can appear twice.
 */
export function itemKeys(items: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const id = typeof item === 'string' ? item : item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
    const base = id ? `id:${id}` : `at:${i}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}~${count}`;
  });
}
