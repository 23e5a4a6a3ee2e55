import type { MessageSet, Widen } from './messages.js';
import { withEnglish } from './messages.js';

/** A change's direction and what its tone means, in words (trend.ts): cards, bars and lists show them. */
const trend = { up: '增长', down: '下降', flat: '持平', better: '向好', worse: '待改善' } as const;

export type TrendMessages = Widen<typeof trend>;
export const trendMessages: MessageSet<TrendMessages> = withEnglish(trend, (en) => en.trend);
