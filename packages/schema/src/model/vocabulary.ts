/**
 * The closed vocabularies of the schema. Each is an `as const` array so the zod enum, the
 * TypeScript type and the JSON Schema all come from one list.
 */

// What a figure is and how to read its change: in a module of their own, because reading a figure
// from attributes (figure-fields.ts) needs them without the words the validators need.
export * from './figure-kinds.js';

/** Words that make a figure a bound instead of an exact value, as printed. */
export const qualifierWords = ['多', '余', '超', '超过', '逾', '以上', '近', '约', '左右'] as const;
export type QualifierWord = (typeof qualifierWords)[number];

/** The magnitude words that scale a printed number. */
export const magnitudeWords = ['万', '亿', '万亿'] as const;
export type MagnitudeWord = (typeof magnitudeWords)[number];

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
