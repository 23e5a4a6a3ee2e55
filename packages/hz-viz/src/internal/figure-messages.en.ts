import type { FigureMessages } from './figure-messages.js';

/** The English of figure-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const figureEnglish: FigureMessages = { metric: 'metric' };
