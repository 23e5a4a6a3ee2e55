import type { Currency, MetricKind } from '../model/vocabulary.js';

/** What a printed unit tells about its figure, and how English names it. */
export interface UnitInfo {
  /** The kind a bare figure in this unit has before any cue word (增长, 完成率 …) refines it. */
  readonly kind: MetricKind;
  /** English unit, singular and plural; '' when the Chinese is a classifier English drops (个, 家). */
  readonly en: string;
  readonly enPlural?: string;
  /** Written straight after the number in English, with no space: %, ‰. */
  readonly enSuffix?: boolean;
  readonly currency?: Currency;
}

/**
 * Units as printed in the reports, with their English names. Matched longest first, so
 * 平方公里 wins over 公里 and 个百分点 over 个.
 */
export const units: Readonly<Record<string, UnitInfo>> = {
  '%': { kind: 'percent', en: '%', enSuffix: true },
  '％': { kind: 'percent', en: '%', enSuffix: true },
  '‰': { kind: 'permille', en: '‰', enSuffix: true },
  个百分点: { kind: 'change', en: 'percentage point', enPlural: 'percentage points' },
  元: { kind: 'money', en: 'yuan', currency: 'CNY' },
  美元: { kind: 'money', en: 'US dollars', currency: 'USD' },
  人次: { kind: 'count', en: 'person-time', enPlural: 'person-times' },
  场次: { kind: 'count', en: 'session', enPlural: 'sessions' },
  家次: { kind: 'count', en: 'enterprise-time', enPlural: 'enterprise-times' },
  人份: { kind: 'count', en: 'donor sample', enPlural: 'donor samples' },
  '套（间）': { kind: 'count', en: 'unit', enPlural: 'units' },
  '个（家）': { kind: 'count', en: '' },
  人: { kind: 'count', en: 'person', enPlural: 'people' },
  名: { kind: 'count', en: 'person', enPlural: 'people' },
  位: { kind: 'count', en: 'person', enPlural: 'people' },
  家: { kind: 'count', en: '' },
  个: { kind: 'count', en: '' },
  大: { kind: 'count', en: '' },
  场: { kind: 'count', en: 'event', enPlural: 'events' },
  次: { kind: 'count', en: 'time', enPlural: 'times' },
  项: { kind: 'count', en: 'item', enPlural: 'items' },
  件: { kind: 'count', en: 'case', enPlural: 'cases' },
  例: { kind: 'count', en: 'case', enPlural: 'cases' },
  份: { kind: 'count', en: 'document', enPlural: 'documents' },
  篇: { kind: 'count', en: 'article', enPlural: 'articles' },
  条: { kind: 'count', en: '' },
  户: { kind: 'count', en: 'household', enPlural: 'households' },
  辆: { kind: 'count', en: 'vehicle', enPlural: 'vehicles' },
  艘: { kind: 'count', en: 'vessel', enPlural: 'vessels' },
  台: { kind: 'count', en: 'unit', enPlural: 'units' },
  座: { kind: 'count', en: '' },
  处: { kind: 'count', en: 'site', enPlural: 'sites' },
  宗: { kind: 'count', en: '' },
  头: { kind: 'count', en: 'head', enPlural: 'head' },
  期: { kind: 'count', en: 'issue', enPlural: 'issues' },
  字: { kind: 'count', en: 'character', enPlural: 'characters' },
  周年: { kind: 'count', en: 'anniversary', enPlural: 'anniversary' },
  所: { kind: 'count', en: 'institution', enPlural: 'institutions' },
  张: { kind: 'count', en: '' },
  床: { kind: 'count', en: 'bed', enPlural: 'beds' },
  间: { kind: 'count', en: 'room', enPlural: 'rooms' },
  套: { kind: 'count', en: 'set', enPlural: 'sets' },
  支: { kind: 'count', en: 'team', enPlural: 'teams' },
  册: { kind: 'count', en: 'volume', enPlural: 'volumes' },
  部: { kind: 'count', en: '' },
  列: { kind: 'count', en: 'train', enPlural: 'trains' },
  倍: { kind: 'ratio', en: '×', enSuffix: true },
  千瓦时: { kind: 'measure', en: 'kWh', enPlural: 'kWh' },
  千瓦: { kind: 'measure', en: 'kW', enPlural: 'kW' },
  兆瓦: { kind: 'measure', en: 'MW', enPlural: 'MW' },
  公顷: { kind: 'measure', en: 'ha', enPlural: 'ha' },
  千米: { kind: 'measure', en: 'km', enPlural: 'km' },
  米: { kind: 'measure', en: 'm', enPlural: 'm' },
  '微克/立方米': { kind: 'measure', en: 'μg/m³', enPlural: 'μg/m³' },
  亩: { kind: 'measure', en: 'mu', enPlural: 'mu' },
  吨标煤: { kind: 'measure', en: 'tce', enPlural: 'tce' },
  吨: { kind: 'measure', en: 't', enPlural: 't' },
  斤: { kind: 'measure', en: 'jin', enPlural: 'jin' },
  公里: { kind: 'measure', en: 'km', enPlural: 'km' },
  平方公里: { kind: 'measure', en: 'km²', enPlural: 'km²' },
  平方米: { kind: 'measure', en: 'm²', enPlural: 'm²' },
  立方米: { kind: 'measure', en: 'm³', enPlural: 'm³' },
  标箱: { kind: 'measure', en: 'TEU', enPlural: 'TEU' },
  年: { kind: 'duration', en: 'year', enPlural: 'years' },
  个季度: { kind: 'duration', en: 'quarter', enPlural: 'quarters' },
  个工作日: { kind: 'duration', en: 'working day', enPlural: 'working days' },
  天: { kind: 'duration', en: 'day', enPlural: 'days' },
  分钟: { kind: 'duration', en: 'minute', enPlural: 'minutes' },
};

/** Unit words longest first, for matching at a position. */
export const unitWordsLongestFirst: readonly string[] = Object.keys(units).sort((a, b) => b.length - a.length);

/** The unit a figure is stored with: full-width ％ is the same unit as %. */
export function canonicalUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}

/** What is known about a unit; an unknown unit is a plain count with the unit kept as printed. */
export function unitInfo(unit: string): UnitInfo {
  return units[unit] ?? { kind: 'count', en: unit };
}
