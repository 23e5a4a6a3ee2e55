import type { MessageSet, Widen } from '../../internal/messages.js';
import { withEnglish } from '../../internal/messages.js';

/** What <hz-metric-grid> shows besides its cards: the list's default name, the `department` input's noun. */
const metricGrid = {
  headline: '主要数据',
  department: '部门',
} as const;

export type MetricGridMessages = Widen<typeof metricGrid>;
export const metricGridMessages: MessageSet<MetricGridMessages> = withEnglish(metricGrid, (en) => en.metricGrid);
