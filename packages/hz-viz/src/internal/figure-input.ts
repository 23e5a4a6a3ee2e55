import type { Figure, FigureFields, FigureMatch, Problem } from '@hz-viz/schema';
import { figureFromFieldsWith, mayHoldChineseNumeral, readDigitFigureText } from '@hz-viz/schema';
import { LazyPart } from './lazy-part.js';

/** Reads text that is exactly one figure (readFigureText, or readDigitFigureText without numerals). */
export type FigureTextReader = (text: string) => FigureMatch | undefined;

/**
 * The figure reader that knows Chinese numerals (三家, 二千六百): loaded the first time an attribute
 * holds one. Attributes written with digits (2600, 4.51万), nearly all of them, read the same
 * without it (readDigitFigureText agrees with readFigureText there: test/schema/figure-text.test.ts).
 * @internal
 */
export const numeralReader = new LazyPart(() => import('./figure-numerals.js'));

/** Whether reading these fields needs the numeral reader: their value or unit may hold a Chinese numeral. */
export function needsNumerals(fields: FigureFields): boolean {
  return mayHoldChineseNumeral(`${String(fields.value ?? '')}${fields.unit ?? ''}`);
}

/**
 * A figure from attribute strings (value="4.51万" unit="人次") read by `read`, digits only unless
 * told (a figure object goes through figure-property.ts).
 */
export function figureFromAttributes(fields: FigureFields, read: FigureTextReader = readDigitFigureText): { figure: Figure } | { problems: readonly Problem[] } {
  const result = figureFromFieldsWith(fields, read);
  return result.ok ? { figure: result.value } : { problems: result.problems };
}
