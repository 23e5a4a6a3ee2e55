/**
 * Number formatting shared by every figure formatter. Values are rounded to 12 significant
 * digits first, so 26580000000 / 1e9 prints 26.58, not 26.580000000000002.
 */

const clean = (value: number) => Number(value.toPrecision(12));

const enFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
const plainFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });

/** 45100 → '45,100'; 13676.4 → '13,676.4'. */
export function groupedNumber(value: number): string {
  return enFormat.format(clean(value));
}

/** 13676.4 → '13676.4': Chinese reports print figures without grouping. */
export function plainNumber(value: number): string {
  return plainFormat.format(clean(value));
}

/** Decimal places of a number as it would print: 4.51 → 2. */
function decimals(value: number): number {
  const text = plainNumber(value);
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/**
 * Chinese magnitude for a value with no printed form: 148000000 → '1.48亿', 45100 → '4.51万',
 * 33409 → '33409' (3.3409万 would read worse than the plain number).
 */
export function chineseScale(value: number): { number: string; magnitude?: '万' | '亿' } {
  const size = Math.abs(value);
  for (const [magnitude, factor] of [['亿', 1e8], ['万', 1e4]] as const) {
    if (size >= factor && decimals(value / factor) <= 2) return { number: plainNumber(value / factor), magnitude };
  }
  return { number: plainNumber(value) };
}
