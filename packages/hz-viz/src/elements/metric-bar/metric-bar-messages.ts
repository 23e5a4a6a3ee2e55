import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from '../../internal/messages.js';

/** What <hz-metric-bar> says about its target or limit. */
const metricBar = {
  'zh-CN': {
    target: '目标',
    overTarget: (points: string) => `超出目标 ${points} 个百分点`,
    underTarget: (points: string) => `距目标还差 ${points} 个百分点`,
    overLimit: (limit: string) => `超出上限 ${limit}`,
    limit: '上限',
  },
  en: {
    target: 'target',
    overTarget: (points: string) => `${points} points over target`,
    underTarget: (points: string) => `${points} points short of target`,
    overLimit: (limit: string) => `beyond the maximum of ${limit}`,
    limit: 'max',
  },
} as const satisfies Record<Locale, unknown>;

export type MetricBarMessages = Widen<(typeof metricBar)['en']>;
export const metricBarMessages: MessageSet<MetricBarMessages> = metricBar;
