import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from '../../internal/messages.js';

/** What <hz-achievement-card> shows besides the initiative's own text. */
const achievement = {
  'zh-CN': { initiative: '举措', expand: '展开', collapse: '收起', headline: '主要数据', honors: '荣誉' },
  en: { initiative: 'initiative', expand: 'Show more', collapse: 'Show less', headline: 'Key figures', honors: 'Honors' },
} as const satisfies Record<Locale, unknown>;

export type AchievementMessages = Widen<(typeof achievement)['en']>;
export const achievementMessages: MessageSet<AchievementMessages> = achievement;
