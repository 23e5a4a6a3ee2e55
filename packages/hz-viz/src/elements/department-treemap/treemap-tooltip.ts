import type { Locale } from '@hz-viz/schema';
import { html, nothing } from 'lit';
import { LazyPart } from '../../internal/lazy-part.js';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import { styleProperties } from '../../internal/style-properties.js';
import { tooltipPlace } from '../../layout/treemap/geometry.js';
import type { Cell } from '../../layout/treemap/squarify.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';
import type { CellViewMemo } from './treemap-view.js';

/** The formatter of an initiative's figures and honors: loaded when a tooltip first shows some. */
const detailLines = new LazyPart(() => import('./treemap-details.js'));

export interface TooltipView {
  readonly cell: Cell;
  /** The cell's name in the page's language. */
  readonly name: string;
  readonly valueText: string;
  /** An initiative's headline figures and honors, formatted. */
  readonly details: readonly string[];
  readonly left: number;
  readonly bottom: number;
}

/**
 * A node's detail lines: none for a node without figures or honors; for one with them, none while
 * their formatter loads (`need` is the element's `HzBase.need`, which updates it when the part
 * arrives) and, if it cannot load, one line that says so in the page's language.
 */
export function tooltipDetails(node: TreeNode, locale: Locale, messages: Messages, need: <M>(part: LazyPart<M>) => M | undefined): readonly string[] {
  if (!node.metrics?.length && !node.honors?.length) return [];
  const details = need(detailLines);
  if (details) return details.detailsOf(node, locale);
  return detailLines.failure ? [messages.detailsFailed] : [];
}

/** What the tooltip of a cell shows, and where: computed in `willUpdate`, like every view. */
export function tooltipView(cell: Cell, name: string, box: { width: number; height: number }, memo: CellViewMemo, details: readonly string[]): TooltipView {
  return { cell, name, valueText: memo.sizeText(cell.value), details, ...tooltipPlace(cell, box) };
}

/**
 * The hover and focus tooltip, the same over SVG and canvas: the cell's name and size, the counts
 * the size does not already say, and an initiative's headline figures and honors.
 */
export function tooltip({ cell, name, valueText, details, left, bottom }: TooltipView, rule: SizeRule | undefined, messages: Messages) {
  const counts = cell.node.counts;
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" style=${styleProperties({ left: `${left}px`, bottom: `${bottom}px` })}>
    <strong>${name}</strong>
    ${valueText}
    ${counts && rule !== 'initiatives' ? html`<br />${messages.countOf.initiatives(counts.initiatives)}` : nothing}
    ${counts && rule !== 'figures' ? html` · ${messages.countOf.figures(counts.metrics)}` : nothing}
    ${counts && rule !== 'honors' && counts.honors > 0 ? html` · ${messages.countOf.honors(counts.honors)}` : nothing}
    ${details.length > 0 ? html`<ul class="details">${details.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
  </div>`;
}
