import type { MessageSet, Widen } from '../../internal/messages.js';
import { withEnglish } from '../../internal/messages.js';

/** What <hz-report>'s live region says when its report has loaded. */
const report = { loaded: '报告已加载' } as const;

export type ReportMessages = Widen<typeof report>;
export const reportMessages: MessageSet<ReportMessages> = withEnglish(report, (en) => en.report);
