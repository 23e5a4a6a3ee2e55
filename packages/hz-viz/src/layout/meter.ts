import type { MetricKind } from '@hz-viz/schema';
import { niceCeil, unitScale } from './scale.js';

/**
 * How one figure sits on a scale:
 * - `completion` against its 100% target, drawn past the target line when over-achieved;
 * - `diverging` growth or decline from zero;
 * - `share` of a whole (0–100%, or 0–1000‰);
 * - `range` against an explicit maximum, for anything else.
 */
export type MeterMode = 'completion' | 'diverging' | 'share' | 'range';

export interface MeterLayout {
  readonly mode: MeterMode;
  readonly min: number;
  readonly max: number;
  readonly value: number;
  /** Where the bar starts and ends, as fractions of the track. */
  readonly from: number;
  readonly to: number;
  /** The 100% target line (completion), the zero line (diverging) or the stated limit, as a fraction. */
  readonly marker?: number;
  /**
   * The end of the scale the page set (max="100") when the value goes beyond it: the scale is
   * widened so the bar shows how far beyond, and ARIA values stay within their range.
   */
  readonly limit?: number;
}

export interface MeterInput {
  readonly kind: MetricKind;
  readonly value: number;
  readonly unit: string;
  /** An explicit domain end; required for counts and money, optional elsewhere. */
  readonly max?: number;
}

export function meterModeOf(kind: MetricKind, unit: string): MeterMode {
  if (kind === 'completion') return 'completion';
  if (kind === 'change') return 'diverging';
  if (kind === 'share' || kind === 'percent' || kind === 'permille' || unit === '%' || unit === '‰') return 'share';
  return 'range';
}

/** A meter from 0 to `limit`, widened with a limit line when the value is beyond it: 190 of max 100. */
function beyondLimit(mode: 'share' | 'range', value: number, limit: number): MeterLayout {
  if (value <= limit) return { mode, min: 0, max: limit, value, from: 0, to: unitScale(0, limit)(value) };
  const max = niceCeil(value);
  const at = unitScale(0, max);
  return { mode, min: 0, max, value, from: 0, to: at(value), marker: at(limit), limit };
}

/** Lays out a meter; returns undefined when the figure needs a `max` it does not have. */
export function meterLayout(input: MeterInput): MeterLayout | undefined {
  const mode = meterModeOf(input.kind, input.unit);
  const { value } = input;
  switch (mode) {
    case 'completion': {
      const max = input.max ?? niceCeil(Math.max(100, value));
      const at = unitScale(0, max);
      return { mode, min: 0, max, value, from: 0, to: at(value), marker: at(100) };
    }
    case 'diverging': {
      const beyond = input.max !== undefined && Math.abs(value) > input.max;
      const extent = input.max !== undefined && !beyond ? input.max : niceCeil(Math.abs(value) || 1);
      const at = unitScale(-extent, extent);
      return { mode, min: -extent, max: extent, value, from: Math.min(at(0), at(value)), to: Math.max(at(0), at(value)), marker: at(0), ...(beyond && { limit: input.max }) };
    }
    case 'share':
      return beyondLimit(mode, value, input.max ?? (input.unit === '‰' ? 1000 : 100));
    case 'range': {
      if (input.max === undefined || input.max <= 0) return undefined;
      return beyondLimit(mode, value, input.max);
    }
  }
}
