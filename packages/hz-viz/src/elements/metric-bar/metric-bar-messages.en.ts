import type { MetricBarMessages } from './metric-bar-messages.js';

/** The English of metric-bar-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const metricBarEnglish: MetricBarMessages = {
  target: 'target',
  overTarget: (points: string) => `${points} points over target`,
  underTarget: (points: string) => `${points} points short of target`,
  overLimit: (limit: string) => `beyond the maximum of ${limit}`,
  limit: 'max',
};
