import type { ShareKit } from './kit.js';

/**
 * Text broken into lines no wider than `width` at `fontSize`, measured as the server measures
 * the treemap's labels (Noto Sans CJK SC's advance widths, `estimateTextWidth`): Chinese breaks
 * between any two characters, Latin text at spaces. Past `maxLines`, the last line ends in ….
 * An SVG `<text>` does not wrap, so a share image wraps here, before it is written.
 */
export function textLines(kit: ShareKit, text: string, width: number, fontSize: number, maxLines: number): string[] {
  const measure = (s: string) => kit.estimateTextWidth(s, fontSize);
  const lines: string[] = [];
  let rest = [...text.replace(/\s+/g, ' ').trim()];
  while (rest.length > 0 && lines.length < maxLines) {
    let fit = 0;
    while (fit < rest.length && measure(rest.slice(0, fit + 1).join('')) <= width) fit++;
    fit = Math.max(1, fit);
    if (fit < rest.length && /[A-Za-z0-9]/.test(rest[fit]!) && /[A-Za-z0-9]/.test(rest[fit - 1]!)) {
      const space = rest.slice(0, fit).lastIndexOf(' ');
      if (space > 0) fit = space + 1;
    }
    lines.push(rest.slice(0, fit).join('').trim());
    rest = rest.slice(fit);
    while (rest[0] === ' ') rest.shift();
  }
  if (rest.length > 0 && lines.length > 0) {
    const last = [...lines[lines.length - 1]!];
    while (last.length > 0 && measure(`${last.join('')}…`) > width) last.pop();
    lines[lines.length - 1] = `${last.join('')}…`;
  }
  return lines;
}
