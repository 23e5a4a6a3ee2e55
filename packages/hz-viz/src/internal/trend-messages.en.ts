import type { TrendMessages } from './trend-messages.js';

/** The English of trend-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const trendEnglish: TrendMessages = { up: 'up', down: 'down', flat: 'unchanged', better: 'improving', worse: 'worsening' };
