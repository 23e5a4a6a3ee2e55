import type { AlertMessages } from './problem-alert.js';

/** The English of problem-alert.ts's words, in the lazy English part (decision 0019). */
export const alertEnglish: AlertMessages = {
  more: (n: number) => `${n} more problems`,
};
