import type { EmptyMessages } from './empty-messages.js';

/** The English of empty-messages.ts, in the lazy English part (decision 0019). */
export const emptyEnglish: EmptyMessages = { empty: 'No data' };
