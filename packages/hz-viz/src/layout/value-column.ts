/**
 * How wide a column of figures must be, as a CSS length, from their text alone: every bar-list
 * row is its own small grid with the same three columns (decision 0016), so the value column
 * cannot be `auto` (as wide as the widest value in *its* row) and must be named once for the list.
 * Reading the widths off the page instead would cost a layout per list; intrinsic sizing across
 * rows (a subgrid of the list) cost a 50-list page about a tenth of its first render.
 *
 * Generous on purpose, since a value wider than its column would spill past the row: digits are
 * counted in `ch` (the width of "0" in the list's own font; bold tabular figures are a little
 * wider, hence 1.1ch), Chinese characters at a full em and a bit, Latin letters at the width of
 * a wide one. Never narrower than 4em, so short figures still line up with longer ones.
 */
export function valueColumnWidth(texts: readonly string[]): string {
  let widest = { ch: 0, em: 0, estimate: 0 };
  for (const text of texts) {
    let ch = 0;
    let em = 0;
    for (const char of text) {
      if (char >= '0' && char <= '9') ch += 1.1;
      else em += charEm(char);
    }
    // Compared at 1ch ≈ 0.55em, the width of "0" in common sans-serif fonts.
    const estimate = ch * 0.55 + em;
    if (estimate > widest.estimate) widest = { ch, em, estimate };
  }
  const { ch, em } = widest;
  return `max(4em, calc(${round(ch)}ch + ${round(em)}em))`;
}

function charEm(char: string): number {
  if (char === '.' || char === ',' || char === ' ') return 0.4;
  if (char === '%') return 0.95;
  if (char === '+' || char === '-' || char === '−' || char === '±') return 0.65;
  if (/[A-Za-z]/.test(char)) return 0.75;
  // Chinese, full-width forms and anything else: a full em, and some.
  return 1.05;
}

const round = (value: number) => Math.round(value * 100) / 100;
