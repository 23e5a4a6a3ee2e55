import type { Locale } from '@hz-viz/schema';
import { html, nothing } from 'lit';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';
import { nodeName } from './treemap-view.js';

export interface ToolbarInputs {
  /** The nodes from the root to the shown one. */
  readonly trail: readonly TreeNode[];
  readonly rule: SizeRule | undefined;
  readonly families: readonly { readonly name: string; readonly tone: string }[];
  readonly showingTable: boolean;
  readonly locale: Locale;
  readonly messages: Messages;
  readonly climb: (to: number) => void;
  readonly toggle: () => void;
}

/** Breadcrumb, legend and the chart/table switch: one row above the chart while they fit. */
export function toolbar({ trail, rule, families, showingTable, locale, messages, climb, toggle }: ToolbarInputs) {
  const name = (node: TreeNode, i: number) => (i === 0 ? messages.all : nodeName(node, locale));
  return html`<div class="toolbar">
    <nav part="breadcrumb" aria-label=${messages.breadcrumb}>
      <ol>
        ${trail.map((node, i) =>
          i === trail.length - 1
            ? html`<li aria-current="location">${name(node, i)}</li>`
            : html`<li><button type="button" @click=${() => climb(i)}>${name(node, i)}</button></li>`,
        )}
      </ol>
    </nav>
    <ul part="legend" class="legend">
      ${rule ? html`<li>${messages.area}${messages.colon}${messages.sizeRules[rule]}</li>` : nothing}
      ${families.map((f) => html`<li><span class="swatch ${f.tone}"></span>${f.name}</li>`)}
    </ul>
    <button part="view-toggle" class="toggle" type="button" @click=${toggle}>${showingTable ? messages.showChart : messages.showTable}</button>
  </div>`;
}
