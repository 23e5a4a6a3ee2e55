import type { CoreMessages } from './messages.js';

/** The English of messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const coreEnglish: CoreMessages = {
  invalid: 'Invalid data',
  loading: 'Loading…',
};
