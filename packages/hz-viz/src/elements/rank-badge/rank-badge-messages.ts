import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from '../../internal/messages.js';

/** What an honor is called in "no honor "x" in the report". */
const rankBadge = {
  'zh-CN': { honor: '荣誉' },
  en: { honor: 'honor' },
} as const satisfies Record<Locale, unknown>;

export type RankBadgeMessages = Widen<(typeof rankBadge)['en']>;
export const rankBadgeMessages: MessageSet<RankBadgeMessages> = rankBadge;
