import type { Currency, MetricKind } from '../model/vocabulary.js';

/** What a printed unit tells about its figure, in any language. */
export interface UnitKind {
  /** The kind a bare figure in this unit has before any cue word (增长, 完成率 …) refines it. */
  readonly kind: MetricKind;
  readonly currency?: Currency;
  /** Written straight after the number, with no space, in either language: %, ‰, 倍. */
  readonly tight?: boolean;
}

/**
 * Units as printed in the reports and what they say about a figure. Reading a figure needs only
 * this; the English names are in format/unit-names-en.ts, so what reads and writes Chinese does
 * not carry them (decision 0019). Matched longest first, so 平方公里 wins over 公里 and 个百分点
 * over 个.
 */
export const unitKinds: Readonly<Record<string, UnitKind>> = {
  '%': { kind: 'percent', tight: true },
  '％': { kind: 'percent', tight: true },
  '‰': { kind: 'permille', tight: true },
  个百分点: { kind: 'change' },
  元: { kind: 'money', currency: 'CNY' },
  美元: { kind: 'money', currency: 'USD' },
  人次: { kind: 'count' },
  场次: { kind: 'count' },
  家次: { kind: 'count' },
  人份: { kind: 'count' },
  '套（间）': { kind: 'count' },
  '个（家）': { kind: 'count' },
  人: { kind: 'count' },
  名: { kind: 'count' },
  位: { kind: 'count' },
  家: { kind: 'count' },
  个: { kind: 'count' },
  大: { kind: 'count' },
  场: { kind: 'count' },
  次: { kind: 'count' },
  项: { kind: 'count' },
  件: { kind: 'count' },
  例: { kind: 'count' },
  份: { kind: 'count' },
  篇: { kind: 'count' },
  条: { kind: 'count' },
  户: { kind: 'count' },
  辆: { kind: 'count' },
  艘: { kind: 'count' },
  台: { kind: 'count' },
  座: { kind: 'count' },
  处: { kind: 'count' },
  宗: { kind: 'count' },
  头: { kind: 'count' },
  期: { kind: 'count' },
  字: { kind: 'count' },
  周年: { kind: 'count' },
  所: { kind: 'count' },
  张: { kind: 'count' },
  床: { kind: 'count' },
  间: { kind: 'count' },
  套: { kind: 'count' },
  支: { kind: 'count' },
  册: { kind: 'count' },
  部: { kind: 'count' },
  列: { kind: 'count' },
  倍: { kind: 'ratio', tight: true },
  千瓦时: { kind: 'measure' },
  千瓦: { kind: 'measure' },
  兆瓦: { kind: 'measure' },
  公顷: { kind: 'measure' },
  千米: { kind: 'measure' },
  米: { kind: 'measure' },
  '微克/立方米': { kind: 'measure' },
  亩: { kind: 'measure' },
  吨标煤: { kind: 'measure' },
  吨: { kind: 'measure' },
  斤: { kind: 'measure' },
  公里: { kind: 'measure' },
  平方公里: { kind: 'measure' },
  平方米: { kind: 'measure' },
  立方米: { kind: 'measure' },
  标箱: { kind: 'measure' },
  年: { kind: 'duration' },
  个季度: { kind: 'duration' },
  个工作日: { kind: 'duration' },
  天: { kind: 'duration' },
  分钟: { kind: 'duration' },
};

/** Unit words longest first, for matching at a position. */
export const unitWordsLongestFirst: readonly string[] = Object.keys(unitKinds).sort((a, b) => b.length - a.length);

/** The unit a figure is stored with: full-width ％ is the same unit as %. */
export function canonicalUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}

/** What is known about a unit; an unknown unit is a plain count. */
export function unitKind(unit: string): UnitKind {
  return unitKinds[unit] ?? { kind: 'count' };
}
