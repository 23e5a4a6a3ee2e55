/**
 * The two vocabularies an attribute figure is checked against (kind="…", polarity="…"), apart from
 * the rest of vocabulary.ts (which re-exports them) so a card's first load does not carry the words
 * only the validators and the honor reader use.
 */

/** What a figure measures. Decides how it is formatted and which elements can draw it. */
export const metricKinds = [
  'count', // discrete things: 816人, 61家, 670场次
  'measure', // physical quantities: 4783亩, 1.48亿吨, 13676.4平方米
  'money', // an amount in a currency: 265.8亿元, 1691万美元
  'percent', // a rate on its own: 结案率93.8%, 100%开工
  'permille', // a rate in ‰: 55.5‰
  'change', // growth or decline, signed: 增长2.6%, 下降1.47%, 提高2.5个百分点
  'completion', // achievement against a target: 完成率190%, 完成年度目标的136.4%
  'share', // part of a whole: 占比达36.7%, 比重90%以上
  'ratio', // a multiple: 3倍
  'date', // a calendar day: 12月26日
  'duration', // a span of time: 15分钟, 一年
] as const;
export type MetricKind = (typeof metricKinds)[number];

/** Whether a larger value of a figure is good news (能耗下降 is good news: lower is better). */
export const polarities = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export type Polarity = (typeof polarities)[number];
