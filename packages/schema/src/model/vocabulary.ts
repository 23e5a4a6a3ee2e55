/**
 * The closed vocabularies of the schema. Each is an `as const` array so the zod enum, the
 * TypeScript type and the JSON Schema all come from one list.
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

/** Words that make a figure a bound instead of an exact value, as printed. */
export const qualifierWords = ['多', '余', '超', '超过', '逾', '以上', '近', '约', '左右'] as const;
export type QualifierWord = (typeof qualifierWords)[number];

/** The magnitude words that scale a printed number. */
export const magnitudeWords = ['万', '亿', '万亿'] as const;
export type MagnitudeWord = (typeof magnitudeWords)[number];

/** Whether a larger value of a figure is good news (能耗下降 is good news: lower is better). */
export const polarities = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export type Polarity = (typeof polarities)[number];

export const currencies = ['CNY', 'USD'] as const;
export type Currency = (typeof currencies)[number];

/** The words that give a change its sign, as printed. */
export const changeWords = [
  '增长',
  '增幅',
  '增速',
  '提高',
  '提升',
  '高于',
  '快于',
  '下降',
  '降低',
  '缩短',
  '减少',
] as const;
export type ChangeWord = (typeof changeWords)[number];

/** How far an honor reaches. `group` is a named peer group such as 全国中等城市. */
export const honorScopes = ['nation', 'province', 'city', 'county', 'group'] as const;
export type HonorScope = (typeof honorScopes)[number];

/**
 * What an honor claims: a numbered place, a first (首个/首批/首单/首发/率先), being the only one
 * (唯一), a streak (八连增/九连冠/连续三年/蝉联), being top without a number (最多/最高/领跑), or a
 * record against the past rather than a rank among peers (历史最佳, 创历史新高).
 */
export const honorKinds = ['position', 'first', 'only', 'streak', 'top', 'record'] as const;
export type HonorKind = (typeof honorKinds)[number];

/**
 * 1.1 (a minor version: every 1.0 file is a valid 1.1 file) made ids, English names, full names,
 * groups and quotes optional, and added `terms`, `cumulative`, `scopeTextEn` and the `record` kind.
 */
export const schemaVersions = ['1.0', '1.1'] as const;
export type SchemaVersion = (typeof schemaVersions)[number];
export const currentSchemaVersion: SchemaVersion = '1.1';
