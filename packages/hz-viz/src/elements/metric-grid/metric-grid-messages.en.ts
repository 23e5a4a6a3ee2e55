import type { MetricGridMessages } from './metric-grid-messages.js';

/** The English of metric-grid-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const metricGridEnglish: MetricGridMessages = {
  headline: 'Key figures',
  department: 'department',
};
