import type { FigureFields } from './figure-fields.js';
import { figureFromFieldsWith } from './figure-fields.js';
import type { Figure } from './model/figure.js';
import { readFigureText } from './parse/figure-text-numerals.js';
import type { Result } from './result.js';

/**
 * Builds a Figure from attribute strings: value="7.3" unit="%", value="4.51万" unit="人次",
 * value="1.48" unit="亿吨" (the magnitude in the unit is applied once, never twice), value="三"
 * unit="家". Every problem is reported with the attribute it came from. Its own module so that
 * figureFromFieldsWith with readDigitFigureText (a card's first load) does not carry the numerals.
 */
export function figureFromFields(fields: FigureFields): Result<Figure> {
  return figureFromFieldsWith(fields, readFigureText);
}
