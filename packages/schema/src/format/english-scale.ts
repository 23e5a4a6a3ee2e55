import { groupedNumber } from './numbers.js';

/**
 * English short scale: 26580000000 → { number: '26.58', word: 'billion' }. `scaleBy` picks the
 * scale from another value, so both ends of a range share one word: 0.5–2 million.
 */
export function englishScale(value: number, scaleBy = value): { number: string; word?: string } {
  const size = Math.abs(scaleBy);
  if (size >= 1e9) return { number: groupedNumber(value / 1e9), word: 'billion' };
  if (size >= 1e6) return { number: groupedNumber(value / 1e6), word: 'million' };
  return { number: groupedNumber(value) };
}
