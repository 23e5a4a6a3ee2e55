import type { Locale } from '@hz-viz/schema';
import { describeHonor, describeMetric, formatMetric, groupedNumber } from '@hz-viz/schema';
import { headlineMetrics } from '../../layout/headlines.js';
import type { Messages } from '../../internal/messages.js';
import type { LabelFit, MeasureText } from '../../layout/treemap/labels.js';
import { fitLabel } from '../../layout/treemap/labels.js';
import { cellTone, toneClass } from '../../layout/treemap/palette.js';
import type { Cell } from '../../layout/treemap/squarify.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';

/** A cell with everything the template needs: no layout or formatting happens in render(). */
export interface CellView {
  readonly cell: Cell;
  readonly domId: string;
  readonly name: string;
  /** The palette class its fill and label colour come from (layout/treemap/palette.ts). */
  readonly tone: string;
  readonly label: LabelFit;
  readonly valueText: string;
  /** Said when the cell is focused: 市经信局，5 项举措，第 2 / 14. */
  readonly spoken: string;
  readonly navigable: boolean;
  /** Tooltip lines: an initiative's headline figures and its honors, formatted. */
  readonly details: readonly string[];
}

function detailsOf(node: TreeNode, locale: Locale): string[] {
  const figures = headlineMetrics(node.metrics ?? [], 3).map((metric) => describeMetric(metric, locale));
  const honors = (node.honors ?? []).map((honor) => `${locale === 'en' ? (honor.labelEn ?? honor.label) : honor.label}${locale === 'en' ? ': ' : '：'}${describeHonor(honor, locale)}`);
  return [...figures, ...honors];
}

export const headerHeight = 20;

export function nodeName(node: TreeNode, locale: Locale): string {
  return locale === 'en' ? (node.nameEn ?? node.name) : node.name;
}

/** A node's size said with its rule: 5 项举措, 265.8亿元, 12. */
export function sizeText(value: number, rule: SizeRule | undefined, locale: Locale, messages: Messages): string {
  if (rule === 'money') return formatMetric({ kind: 'money', value, unit: '元', currency: 'CNY' }, locale);
  if (rule) return messages.countOf[rule](value);
  return groupedNumber(value);
}

/** Stable DOM ids for cells: schema ids may hold characters an id reference dislikes. */
export function cellDomId(index: number): string {
  return `cell-${index}`;
}

export function cellViews(cells: readonly Cell[], families: readonly string[], rule: SizeRule | undefined, locale: Locale, messages: Messages, measure: MeasureText): CellView[] {
  const navigable = cells.filter((cell) => cell.depth === 1);
  const memberIndex = new Map<string, number>();
  const siblingsSeen = new Map<string, number>();
  for (const cell of cells) {
    const parent = cell.ancestors.at(-1) ?? '';
    const n = siblingsSeen.get(parent) ?? 0;
    memberIndex.set(cell.id, n);
    siblingsSeen.set(parent, n + 1);
  }
  return cells.map((cell, index) => {
    const name = nodeName(cell.node, locale);
    const tone = toneClass(Math.max(0, families.indexOf(cell.family)), cellTone(cell.depth, memberIndex.get(cell.id) ?? 0));
    const width = cell.x1 - cell.x0;
    const height = cell.y1 - cell.y0;
    const fitted = cell.header ? fitLabel(name, { width, height: Math.min(height, headerHeight + 2) }, measure, 12) : fitLabel(name, { width, height }, measure);
    const valueText = sizeText(cell.value, rule, locale, messages);
    // The value line shows only when it fits too; it is always in the tooltip and the table.
    const label = fitted.showValue && measure(valueText, fitted.fontSize) > width - 8 ? { ...fitted, showValue: false } : fitted;
    const position = navigable.indexOf(cell);
    const spoken =
      position >= 0
        ? [name, valueText, messages.position(position + 1, navigable.length)].join(locale === 'en' ? ', ' : '，')
        : [name, valueText].join(locale === 'en' ? ', ' : '，');
    return { cell, domId: cellDomId(index), name, tone, label, valueText, spoken, navigable: cell.depth === 1, details: detailsOf(cell.node, locale) };
  });
}
