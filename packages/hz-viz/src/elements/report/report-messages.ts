import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from '../../internal/messages.js';

/** What <hz-report>'s live region says when its report has loaded. */
const report = {
  'zh-CN': { loaded: '报告已加载' },
  en: { loaded: 'Report loaded' },
} as const satisfies Record<Locale, unknown>;

export type ReportMessages = Widen<(typeof report)['en']>;
export const reportMessages: MessageSet<ReportMessages> = report;
