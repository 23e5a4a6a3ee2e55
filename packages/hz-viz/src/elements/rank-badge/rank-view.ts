import type { FormattableRank, HonorKind, HonorScope, Locale } from '@hz-viz/schema';
import { describeHonor, formatHonor, medalTier } from '@hz-viz/schema';

/** Everything a badge draws, computed once from a rank and a locale. */
export interface RankView {
  readonly kind: HonorKind;
  readonly scope?: HonorScope;
  readonly tier?: 'gold' | 'silver' | 'bronze';
  /** The short visible words: 居全省第1 / No. 1 in the province. */
  readonly text: string;
  /** What a screen reader says: 全省第1名 / ranked 1st in the province. */
  readonly spoken: string;
  /** What was honoured, when known: 单位工业增加值能耗降低率. */
  readonly label?: string;
}

export function rankView(rank: FormattableRank, locale: Locale, label?: string): RankView {
  const tier = medalTier(rank);
  return {
    kind: rank.kind,
    ...(rank.scope && { scope: rank.scope }),
    ...(tier && { tier }),
    text: formatHonor(rank, locale),
    spoken: label ? `${label}${locale === 'en' ? ': ' : '，'}${describeHonor(rank, locale)}` : describeHonor(rank, locale),
    ...(label && { label }),
  };
}
