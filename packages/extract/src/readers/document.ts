/**
 * What a reader makes of a report's text before any figure is read: its title, its units
 * (departments, districts or themes), optional groups above them, and the paragraphs under each
 * unit. Every paragraph keeps its text verbatim and the line it starts on.
 */

export interface SourceParagraph {
  /** The paragraph's own heading, when the text gives one: （一）工业经济提质增效. */
  readonly title?: string;
  /** The paragraph exactly as printed, wrapped lines joined. */
  readonly text: string;
  /** 1-based line of the paragraph's first character. */
  readonly line: number;
}

export interface SourceUnit {
  /** As printed: 东湖区, 市经信局, 经济运行稳中有进; drafted from the first clause for a theme paragraph. */
  readonly name: string;
  readonly line: number;
  /** The name of the group above it, when the text has three levels. */
  readonly group?: string;
  readonly paragraphs: readonly SourceParagraph[];
}

/** What the middle level holds, as far as the names tell. */
export const unitKinds = ['department', 'district', 'theme'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface SourceDocument {
  readonly title?: string;
  /** Lines in 【】 before the title: an editor's note such as 示例数据. */
  readonly notes: readonly string[];
  readonly groups: readonly { readonly name: string; readonly line: number }[];
  readonly units: readonly SourceUnit[];
  readonly unitKind: UnitKind;
  /** How the reader understood the layout, for the review: 一、 → units, （一） → paragraphs. */
  readonly layout: string;
  /** Text the reader kept out of every unit, with why: a review lists it. */
  readonly unused: readonly { readonly line: number; readonly text: string; readonly reason: string }[];
}

/** Names ending like 东湖区, 北山县 are districts; like 市经信局, 市科协 departments. */
export function unitKindOf(names: readonly string[]): UnitKind {
  if (names.length === 0) return 'theme';
  const districts = names.filter((name) => /(?:区|县|市|镇|乡|街道)$/.test(name)).length;
  const departments = names.filter((name) => /(?:局|委|办|会|院|厅|中心|集团|公司|所|队|部)$/.test(name)).length;
  if (districts * 2 > names.length) return 'district';
  if (departments * 2 > names.length) return 'department';
  return 'theme';
}
