/**
 * Number formatting shared by every figure formatter. Values are rounded to 12 significant
 * digits first, so 26580000000 / 1e9 prints 26.58, not 26.580000000000002.
 *
 * The digits are worked out here, not by `Intl.NumberFormat`: a page's first one costs 30–90 ms
 * on these machines while V8 loads ICU's number data, about a quarter of a cold page's script
 * time (decision 0018). V8's Intl rounds the number's shortest decimal form (the digits
 * `toExponential()` prints) half away from zero, so this does the same on the same digits; a
 * test compares the two on 300,000 values. `toFixed` would not do: it rounds the binary value,
 * so 5e-7 (stored as 4.99…e-7) would print 0 where Intl prints 0.000001.
 */

/**
 * A value cleaned to 12 significant digits, as Intl's 'en' format prints it with 0–6 decimals,
 * grouped or not.
 */
function decimal(value: number, grouped: boolean): string {
  const cleaned = Number(value.toPrecision(12));
  // What Intl prints where there are no digits (NaN is the falsy one).
  if (!Number.isFinite(cleaned)) return cleaned ? `${cleaned < 0 ? '-' : ''}∞` : 'NaN';
  // JavaScript writes the same shortest digits toExponential() gives: without an exponent and
  // with at most six decimals (most values), they print as they are. An exponent may sit on
  // either side of the point: 1e+21, 1.5e+21.
  let [whole = '', fraction = ''] = String(Math.abs(cleaned)).split('.');
  if (/e/.test(whole + fraction) || fraction.length > 6) {
    const [mantissa = '', exponent = ''] = Math.abs(cleaned).toExponential().split('e');
    let digits = mantissa.replace('.', '');
    /** How many of `digits` stand before the decimal point (0.045: '45' and -1). */
    let point = Number(exponent) + 1;
    if (digits.length - point > 6) {
      // More than six decimals of at most 12 significant digits, so at most five before the point:
      // the value × 10⁶ is below 10¹¹, which a double holds closely enough that Math.round rounds
      // the decimal itself, a tie (…5) upwards as Intl does.
      digits = String(Math.round(Number(`${mantissa}e${point + 5}`)));
      point = digits.length - 6;
    }
    if (point < 1) {
      digits = `${'0'.repeat(1 - point)}${digits}`;
      point = 1;
    }
    whole = digits.slice(0, point).padEnd(point, '0');
    fraction = digits.slice(point).replace(/0+$/, '');
  }
  // 1 / -0 is -Infinity: -0 and negatives that round to 0 print '-0', as Intl prints them.
  return `${1 / cleaned < 0 ? '-' : ''}${grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole}${fraction && `.${fraction}`}`;
}

/** 45100 → '45,100'; 13676.4 → '13,676.4'. */
export function groupedNumber(value: number): string {
  return decimal(value, true);
}

/** 13676.4 → '13676.4': Chinese reports print figures without grouping. */
export function plainNumber(value: number): string {
  return decimal(value, false);
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
