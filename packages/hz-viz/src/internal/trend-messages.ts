import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from './messages.js';

/** A change's direction and what its tone means, in words (trend.ts): cards, bars and lists show them. */
const trend = {
  'zh-CN': { up: '增长', down: '下降', flat: '持平', better: '向好', worse: '待改善' },
  en: { up: 'up', down: 'down', flat: 'unchanged', better: 'improving', worse: 'worsening' },
} as const satisfies Record<Locale, unknown>;

export type TrendMessages = Widen<(typeof trend)['en']>;
export const trendMessages: MessageSet<TrendMessages> = trend;
