import type { RankBadgeMessages } from './rank-badge-messages.js';

/** The English of rank-badge-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const rankBadgeEnglish: RankBadgeMessages = { honor: 'honor' };
