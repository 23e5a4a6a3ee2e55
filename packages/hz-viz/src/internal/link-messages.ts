import type { MessageSet, Widen } from './messages.js';
import { withEnglish } from './messages.js';

/**
 * What an id looked up in the surrounding report can meet (a failed report, no report, no such id) (report-link.ts `lookUp`, and
 * the bar list's own ids): only the report code says them, so a card given attributes, which
 * never loads that code, does not carry them (decision 0020).
 */
const link = {
  unavailable: '暂不可用：所在报告未能加载',
  needsReport: (attribute: string, id: string) => `${attribute}="${id}" 需要放在 <hz-report> 内`,
  notFound: (what: string, id: string) => `未找到${what} "${id}"`,
} as const;

export type LinkMessages = Widen<typeof link>;
export const linkMessages: MessageSet<LinkMessages> = withEnglish(link, (en) => en.link);
