import type { AchievementMessages } from './achievement-messages.js';

/** The English of achievement-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const achievementEnglish: AchievementMessages = { initiative: 'initiative', expand: 'Show more', collapse: 'Show less', headline: 'Key figures', honors: 'Honors' };
