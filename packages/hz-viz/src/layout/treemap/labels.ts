/** Measures the width of text at a font size, in CSS pixels. The element passes a canvas measure. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface LabelFit {
  /** At most two lines; the last ends in … when cut. Empty when the label is hidden. */
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly lineHeight: number;
  /** The value line under the label, when it fits. */
  readonly showValue: boolean;
}

export interface LabelBox {
  readonly width: number;
  readonly height: number;
}

const ellipsis = '…';
const padding = 4;

/** Cuts text to the longest prefix that fits `width` with an ellipsis after it. */
function ellipsize(text: string, width: number, fontSize: number, measure: MeasureText): string {
  if (measure(text, fontSize) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('') + ellipsis, fontSize) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : chars.slice(0, low).join('') + ellipsis;
}

/** The longest prefix that fits, breaking Chinese anywhere and Latin text at spaces. */
function firstLine(text: string, width: number, fontSize: number, measure: MeasureText): string {
  const chars = [...text];
  let fit = 0;
  while (fit < chars.length && measure(chars.slice(0, fit + 1).join(''), fontSize) <= width) fit++;
  if (fit === chars.length || fit === 0) return chars.slice(0, fit).join('');
  const line = chars.slice(0, fit).join('');
  const isLatinBreak = /[A-Za-z0-9]/.test(chars[fit]!) && /[A-Za-z0-9]$/.test(line);
  if (isLatinBreak) {
    const space = line.lastIndexOf(' ');
    if (space > 0) return line.slice(0, space + 1);
  }
  return line;
}

/**
 * Fits a label into a cell: wrapped to at most two lines, ellipsized, smaller type for small
 * cells, hidden when even one short line will not fit (the value stays in tooltip and table).
 * Every line it returns measures no wider than the box minus padding.
 */
export function fitLabel(text: string, box: LabelBox, measure: MeasureText, baseSize = 13): LabelFit {
  const hidden = { lines: [], fontSize: baseSize, lineHeight: baseSize * 1.25, showValue: false };
  const width = box.width - padding * 2;
  for (const fontSize of [baseSize, baseSize - 2]) {
    const lineHeight = Math.round(fontSize * 1.25);
    const room = Math.floor((box.height - padding * 2) / lineHeight);
    if (room < 1 || width < fontSize * 2) continue;
    const lines: string[] = [];
    let rest = text.trim();
    const maxLines = Math.min(2, room);
    while (rest && lines.length < maxLines) {
      const last = lines.length === maxLines - 1;
      const line = last ? ellipsize(rest, width, fontSize, measure) : firstLine(rest, width, fontSize, measure);
      if (!line) break;
      lines.push(line.trimEnd());
      rest = last ? '' : rest.slice(line.length).trimStart();
    }
    // Two characters and an ellipsis is the least worth showing.
    if (lines.length > 0 && [...lines[0]!.replace(ellipsis, '')].length >= 2) {
      return { lines, fontSize, lineHeight, showValue: room > lines.length };
    }
  }
  return hidden;
}

/** A deterministic measure for tests and for Node: CJK 1em, Latin and digits about 0.6em. */
export const approximateMeasure: MeasureText = (text, fontSize) =>
  [...text].reduce((width, char) => width + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’、，。：；（）《》…]/u.test(char) ? 1 : 0.6) * fontSize, 0);
