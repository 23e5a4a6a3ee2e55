/**
 * Advance widths of the printable ASCII characters (space to ~), in thousandths of an em, in
 * Noto Sans CJK SC Regular: the first font of hz-viz's stack (tokens.styles.ts) and the one these
 * machines and most Chinese Linux and Android systems draw with. Measured with a canvas in
 * Chromium (`measureText` at 1000px), the way the treemap measures in a browser, so a server
 * render fits the same labels as a browser with this font.
 */
const asciiWidths = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689,
  728, 293, 535, 646, 543, 812, 723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606,
  620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
];

/**
 * A text's width without a canvas (a server render), the way the treemap measures it in a
 * browser: the sum of its characters' widths. Chinese characters and every other character
 * outside ASCII are a full em, as in every CJK font (wider than most other glyphs: a label that
 * fits here fits).
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    thousandths += code >= 32 && code < 127 ? asciiWidths[code - 32]! : 1000;
  }
  return (thousandths / 1000) * fontSize;
}
