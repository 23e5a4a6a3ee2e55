/** A linear map from a numeric domain onto the unit interval [0, 1], clamped. */
export function unitScale(min: number, max: number): (value: number) => number {
  const span = max - min;
  return (value) => (span === 0 ? 0 : Math.min(1, Math.max(0, (value - min) / span)));
}

/** The smallest "nice" bound at or above a value: 1, 2, 2.5, 5 × 10ⁿ (190 → 200, 2.6 → 5). */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value - 1e-9)!;
  return step * power;
}

/** A fraction of a track as a CSS length: 0.5 → '50.000%'. */
export function percentOf(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}
