import type { TermsInput } from '@hz-viz/schema';
import type { UnitKind } from '../readers/document.js';
import { unitKindOf } from '../readers/document.js';

/** What a report calls its middle level, from what the names there look like. */
const termsByKind: Readonly<Record<UnitKind, TermsInput | undefined>> = {
  department: undefined, // 部门, the schema's default
  district: { department: { zh: '区县', en: 'district' } },
  theme: { department: { zh: '领域', en: 'area' } },
};

export function termsForKind(kind: UnitKind): TermsInput | undefined {
  return termsByKind[kind];
}

/** Sections named like 东湖区, 北山县 make a district report; like 经济运行, a report by area. */
export function termsForNames(names: readonly string[]): TermsInput | undefined {
  return termsByKind[unitKindOf(names)];
}
