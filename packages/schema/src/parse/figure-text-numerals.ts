import type { FigureMatch } from './figure-match.js';
import { readFigureTextWith } from './figure-text.js';
import { parseNumberText } from './numerals.js';

/**
 * Reads text that is exactly one figure: 4.51万人次, 下降1.47%, 完成率190%, 2600多人次, 超3500亿元,
 * 三家, 3-5个. Undefined when the text is not one figure (abc, 12万x, 2024年, 6月, 5G). Its own
 * module so that readDigitFigureText (figure-text.ts) does not carry the Chinese numerals.
 */
export function readFigureText(input: string): FigureMatch | undefined {
  return readFigureTextWith(input, parseNumberText);
}
