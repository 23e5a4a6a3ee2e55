import type { Locale } from '@hz-viz/schema';
import { describeFigure, describeHonor } from '@hz-viz/schema';
import { figuresFor } from '../../internal/figures-for.js';
import { headlineMetrics } from '../../layout/headlines.js';
import type { TreeNode } from '../../layout/treemap/tree.js';

/**
 * An initiative's headline figures and its honors, formatted: the tooltip's lines. Imported the
 * first time a tooltip shows a node that has them (treemap-tooltip.ts), so a treemap's first
 * paint does not carry the figure and honor formatters and the unit table.
 */
export function detailsOf(node: TreeNode, locale: Locale): string[] {
  const figures = headlineMetrics(node.metrics ?? [], 3).map((metric) => describeFigure(figuresFor(locale), metric));
  const honors = (node.honors ?? []).map((honor) => `${locale === 'en' ? (honor.labelEn ?? honor.label) : honor.label}${locale === 'en' ? ': ' : '：'}${describeHonor(honor, locale)}`);
  return [...figures, ...honors];
}
