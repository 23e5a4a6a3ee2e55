import type { Figure } from './model/figure.js';
import type { MetricKind, Polarity } from './model/figure-kinds.js';
import { metricKinds, polarities } from './model/figure-kinds.js';
import type { FigureMatch } from './parse/figure-match.js';
import type { Problem } from './problems.js';
import { describeValue, problem } from './problems.js';
import type { Result } from './result.js';
import { failure, success } from './result.js';

/** A figure as hand-written HTML gives it: every field a string (or absent). */
export interface FigureFields {
  readonly label?: string | null;
  readonly value?: string | number | null;
  readonly unit?: string | null;
  readonly kind?: string | null;
  readonly period?: string | null;
  readonly polarity?: string | null;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * Builds a Figure from attribute strings, read by `readFigureText` (figureFromFields,
 * figure-from-fields.ts, passes the one that reads Chinese numerals too): value="7.3" unit="%", value="4.51万" unit="人次",
 * value="1.48" unit="亿吨" (the magnitude in the unit is applied once, never twice). Every
 * problem is reported with the attribute it came from.
 */
export function figureFromFieldsWith(fields: FigureFields, readFigureText: (text: string) => FigureMatch | undefined): Result<Figure> {
  const problems: Problem[] = [];
  const rawValue = fields.value;
  const unit = (fields.unit ?? '').trim();
  let parsed: FigureMatch | undefined;
  if (rawValue !== undefined && rawValue !== null && typeof rawValue !== 'string' && typeof rawValue !== 'number') {
    problems.push(problem('value', `expected a number such as 7.3 or 4.51万, received ${describeValue(rawValue)}`));
  } else if (rawValue === undefined || rawValue === null || String(rawValue).trim() === '') {
    problems.push(problem('value', 'required: expected a number such as 7.3 or 4.51万, but it is missing'));
  } else if (typeof rawValue === 'number' && !Number.isFinite(rawValue)) {
    problems.push(problem('value', `expected a finite number, received ${describeValue(rawValue)}`));
  } else {
    const text = String(rawValue).trim();
    // The attribute's own reader: the grammar of one figure, not the paragraph scanner.
    parsed = readFigureText(`${text}${unit}`);
    if (!parsed) {
      // A unit the parser does not know (件套, widgets) is kept as written.
      const alone = readFigureText(text);
      if (alone && alone.unit === '') parsed = { ...alone, unit, printed: `${alone.printed}${unit}` };
    }
    if (!parsed) problems.push(problem('value', `expected a number such as 7.3 or 4.51万, received ${describeValue(rawValue)}`));
  }

  let kind: MetricKind | undefined;
  if (fields.kind) {
    if (isOneOf(metricKinds, fields.kind)) kind = fields.kind;
    else problems.push(problem('kind', `expected one of ${metricKinds.join(', ')}, received ${describeValue(fields.kind)}`));
  }
  let polarity: Polarity = 'higher-is-better';
  if (fields.polarity) {
    if (isOneOf(polarities, fields.polarity)) polarity = fields.polarity;
    else problems.push(problem('polarity', `expected one of ${polarities.join(', ')}, received ${describeValue(fields.polarity)}`));
  }
  if (problems.length > 0 || !parsed) return failure(problems);

  const { start: _start, end: _end, quote: _quote, printed, ...figure } = parsed;
  // Keep the text as written only when it is written the Chinese way (4.51万, 2600多); a plain
  // 148000000 is better shown as 1.48亿 by the formatter.
  const writtenTheChineseWay = figure.magnitude !== undefined || figure.qualifier !== undefined;
  // Every field comes from the parser or from a checked vocabulary: the Figure is valid by
  // construction, so it is not validated again (this runs for every element on every update).
  const result: Figure = {
    ...figure,
    ...(writtenTheChineseWay && { printed }),
    label: fields.label?.trim() || '—',
    kind: kind ?? figure.kind,
    polarity,
    ...(fields.period?.trim() && { period: fields.period.trim() }),
  };
  return success(result);
}
