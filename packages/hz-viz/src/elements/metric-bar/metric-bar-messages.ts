import type { MessageSet, Widen } from '../../internal/messages.js';
import { withEnglish } from '../../internal/messages.js';

/** What <hz-metric-bar> says about its target or limit. */
const metricBar = {
  target: '目标',
  overTarget: (points: string) => `超出目标 ${points} 个百分点`,
  underTarget: (points: string) => `距目标还差 ${points} 个百分点`,
  overLimit: (limit: string) => `超出上限 ${limit}`,
  limit: '上限',
} as const;

export type MetricBarMessages = Widen<typeof metricBar>;
export const metricBarMessages: MessageSet<MetricBarMessages> = withEnglish(metricBar, (en) => en.metricBar);
