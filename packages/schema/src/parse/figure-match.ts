import type { ChangeWord, Currency, MagnitudeWord, MetricKind, QualifierWord } from '../model/vocabulary.js';

/** A figure found in text: what it says, and exactly where. */
export interface FigureMatch {
  /** Offsets of `quote` in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The figure with the cue word that gives it its kind: 增长2.6%, 完成率190%, 2600多人次. */
  readonly quote: string;
  /** The figure alone, as printed: 2.6%, 190%, 2600多人次. */
  readonly printed: string;
  readonly kind: MetricKind;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly magnitude?: MagnitudeWord;
  readonly qualifier?: QualifierWord;
  readonly currency?: Currency;
  readonly changeWord?: ChangeWord;
}

/** A figure's parts as a reader found them, before its sign is applied and absent parts left out. */
export interface FigureParts {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly printed: string;
  readonly kind: MetricKind;
  /** -1 or 1: the sign the text gave (下降, −). */
  readonly sign: number;
  readonly value: number;
  readonly valueMax: number | undefined;
  readonly unit: string;
  readonly magnitude: MagnitudeWord | undefined;
  readonly qualifier: QualifierWord | undefined;
  readonly currency: Currency | undefined;
  readonly changeWord: ChangeWord | undefined;
}

/**
 * The one way both figure readers (the paragraph scanner, figures.ts, and the attribute reader,
 * figure-text.ts) build their result: signed values, and only the parts that are there.
 */
export function figureMatch({ start, end, quote, printed, kind, sign, value, valueMax, unit, magnitude, qualifier, currency, changeWord }: FigureParts): FigureMatch {
  return {
    start,
    end,
    quote,
    printed,
    kind,
    value: sign * value,
    ...(valueMax !== undefined && { valueMax: sign * valueMax }),
    unit,
    ...(magnitude && { magnitude }),
    ...(qualifier && { qualifier }),
    ...(currency && { currency }),
    ...(changeWord && { changeWord }),
  };
}
