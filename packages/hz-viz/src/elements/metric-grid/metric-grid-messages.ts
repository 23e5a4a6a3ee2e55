import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from '../../internal/messages.js';

/** What <hz-metric-grid> shows besides its cards: the list's default name, the `department` input's noun. */
const metricGrid = {
  'zh-CN': {
    headline: '主要数据',
    department: '部门',
  },
  en: {
    headline: 'Key figures',
    department: 'department',
  },
} as const satisfies Record<Locale, unknown>;

export type MetricGridMessages = Widen<(typeof metricGrid)['en']>;
export const metricGridMessages: MessageSet<MetricGridMessages> = metricGrid;
