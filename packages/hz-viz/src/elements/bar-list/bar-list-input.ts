import type { Problem } from '@hz-viz/schema';
import { describeValue, parseJsonText, prefixProblem, problem, readFigureText } from '@hz-viz/schema';
import { figureFromAttributes } from '../../internal/figure-input.js';
import { figureFromProperty } from '../../internal/figure-property.js';
import type { BarListItem } from '../../layout/bar-list.js';

/** Items from a property: an array of metric objects, each validated, problems under items[i]. */
export function itemsFromProperty(value: unknown): { items: BarListItem[] } | { problems: Problem[] } {
  if (!Array.isArray(value)) return { problems: [problem('metrics', `expected an array of metrics, received ${describeValue(value)}`)] };
  // Array.from fills the holes of a sparse array, so each hole is reported, not skipped.
  return collect(Array.from(value, (entry: unknown, i) => {
    const read = figureFromProperty(`metrics[${i}]`, entry);
    const id = entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : undefined;
    return 'problems' in read ? read : { item: { ...(id && { id }), figure: read.figure } };
  }));
}

/** Items from the `items` attribute: JSON of `[{label, value, unit, kind?}]`, for hand-written HTML. */
export function itemsFromJson(text: string): { items: BarListItem[] } | { problems: Problem[] } {
  // The schema's JSON reader says where and what in its own words (the browser's differ by engine).
  const read = parseJsonText(text);
  if (!read.ok) return { problems: read.problems.map((p) => prefixProblem('items', p)) };
  const parsed = read.value;
  if (!Array.isArray(parsed)) return { problems: [problem('items', `expected a JSON array, received ${describeValue(parsed)}`)] };
  return collect(Array.from(parsed as unknown[], (entry, i) => {
    if (!entry || typeof entry !== 'object') return { problems: [problem(`items[${i}]`, `expected an object with label, value and unit, received ${describeValue(entry)}`)] };
    const fields = entry as Record<string, unknown>;
    const text = (key: string) => (typeof fields[key] === 'string' || typeof fields[key] === 'number' ? String(fields[key]) : undefined);
    if (!text('label')) return { problems: [problem(`items[${i}].label`, 'required: expected text, but it is missing')] };
    const read = figureFromAttributes({ label: text('label'), value: text('value'), unit: text('unit'), kind: text('kind'), polarity: text('polarity') }, readFigureText);
    return 'problems' in read ? { problems: read.problems.map((p) => prefixProblem(`items[${i}]`, p)) } : { item: { ...(text('id') && { id: text('id') }), figure: read.figure } };
  }));
}

function collect(results: ({ item: BarListItem } | { problems: readonly Problem[] })[]): { items: BarListItem[] } | { problems: Problem[] } {
  const problems = results.flatMap((r) => ('problems' in r ? r.problems : []));
  return problems.length > 0 ? { problems } : { items: results.map((r) => (r as { item: BarListItem }).item) };
}

/** Bars on one scale must share a unit: 120% and 2.5个百分点 cannot be compared. */
export function checkOneUnit(items: readonly BarListItem[]): Problem[] {
  const first = items[0]?.figure;
  if (!first) return [];
  return items.flatMap((item, i) =>
    item.figure.unit === first.unit
      ? []
      : [problem(`items[${i}].unit`, `${JSON.stringify(item.figure.unit)} differs from ${JSON.stringify(first.unit)} of the first item; a bar list compares figures in one unit`)],
  );
}

