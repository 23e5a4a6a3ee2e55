import { englishUnitNames } from '../format/unit-names-en.js';
import type { UnitKind } from './unit-kinds.js';
import { unitKind, unitKinds } from './unit-kinds.js';

export { canonicalUnit, unitWordsLongestFirst } from './unit-kinds.js';
export type { UnitKind } from './unit-kinds.js';

/** What a printed unit tells about its figure, and how English names it. */
export interface UnitInfo extends Omit<UnitKind, 'tight'> {
  /** English unit, singular and plural; '' when the Chinese is a classifier English drops (个, 家). */
  readonly en: string;
  readonly enPlural?: string;
  /** Written straight after the number in English, with no space: %, ‰. */
  readonly enSuffix?: boolean;
}

const info = (unit: string, { tight, ...kind }: UnitKind): UnitInfo => ({
  ...kind,
  ...(englishUnitNames[unit] ?? { en: unit }),
  ...(tight && { enSuffix: true }),
});

/**
 * Units as printed in the reports, with their English names: parse/unit-kinds.ts and
 * format/unit-names-en.ts together. Matched longest first, so 平方公里 wins over 公里 and 个百分点
 * over 个.
 */
export const units: Readonly<Record<string, UnitInfo>> = Object.fromEntries(Object.entries(unitKinds).map(([unit, kind]) => [unit, info(unit, kind)]));

/** What is known about a unit; an unknown unit is a plain count with the unit kept as printed. */
export function unitInfo(unit: string): UnitInfo {
  return units[unit] ?? info(unit, unitKind(unit));
}
