import type { ReportMessages } from './report-messages.js';

/** The English of report-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const reportEnglish: ReportMessages = { loaded: 'Report loaded' };
