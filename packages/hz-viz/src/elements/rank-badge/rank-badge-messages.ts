import type { MessageSet, Widen } from '../../internal/messages.js';
import { withEnglish } from '../../internal/messages.js';

/** What an honor is called in "no honor "x" in the report". */
const rankBadge = { honor: '荣誉' } as const;

export type RankBadgeMessages = Widen<typeof rankBadge>;
export const rankBadgeMessages: MessageSet<RankBadgeMessages> = withEnglish(rankBadge, (en) => en.rankBadge);
