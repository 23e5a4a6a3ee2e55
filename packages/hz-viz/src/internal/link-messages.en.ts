import type { LinkMessages } from './link-messages.js';

/** The English of link-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const linkEnglish: LinkMessages = {
  unavailable: 'Unavailable: its report could not be loaded',
  needsReport: (attribute: string, id: string) => `${attribute}="${id}" must be inside <hz-report>`,
  notFound: (what: string, id: string) => `no ${what} "${id}" in the report`,
};
