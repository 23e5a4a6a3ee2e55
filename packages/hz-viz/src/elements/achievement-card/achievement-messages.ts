import type { MessageSet, Widen } from '../../internal/messages.js';
import { withEnglish } from '../../internal/messages.js';

/** What <hz-achievement-card> shows besides the initiative's own text. */
const achievement = { initiative: '举措', expand: '展开', collapse: '收起', headline: '主要数据', honors: '荣誉' } as const;

export type AchievementMessages = Widen<typeof achievement>;
export const achievementMessages: MessageSet<AchievementMessages> = withEnglish(achievement, (en) => en.achievement);
