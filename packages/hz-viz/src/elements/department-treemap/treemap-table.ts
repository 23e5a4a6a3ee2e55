import type { Locale } from '@hz-viz/schema';
import type { HierarchyNode } from 'd3-hierarchy';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import { styleProperties } from '../../internal/style-properties.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';
import { nodeName, sizeText } from './treemap-view.js';

/**
 * The treemap's table view, imported the first time a page shows it: a bundler splits it off, so
 * an app that only shows the chart does not load it at start.
 */

export const tableSorts = ['value', 'name'] as const;
export type TableSort = (typeof tableSorts)[number];

export interface TableRow {
  readonly id: string;
  readonly node: TreeNode;
  readonly depth: number;
  readonly value: number;
}

/**
 * Every node below `root` as table rows, depth first so the hierarchy reads top to bottom;
 * siblings sorted by value (largest first) or by name.
 */
export function tableRows(root: HierarchyNode<TreeNode>, sort: TableSort): TableRow[] {
  const top = root.depth;
  const rows: TableRow[] = [];
  const compare =
    sort === 'name'
      ? (a: HierarchyNode<TreeNode>, b: HierarchyNode<TreeNode>) => a.data.name.localeCompare(b.data.name, 'zh-CN')
      : (a: HierarchyNode<TreeNode>, b: HierarchyNode<TreeNode>) => (b.value ?? 0) - (a.value ?? 0);
  const visit = (node: HierarchyNode<TreeNode>) => {
    rows.push({ id: node.data.id, node: node.data, depth: node.depth - top, value: node.value ?? 0 });
    for (const child of [...(node.children ?? [])].sort(compare)) visit(child);
  };
  for (const child of [...(root.children ?? [])].sort(compare)) visit(child);
  return rows;
}

export interface TableInputs {
  readonly rows: readonly TableRow[];
  readonly caption: string;
  readonly sort: TableSort;
  readonly rule: SizeRule | undefined;
  readonly locale: Locale;
  readonly messages: Messages;
  readonly onSort: (sort: TableSort) => void;
}

/** The table view: every node under the shown one, a row each, with its level, size and counts. */
export function tableView({ rows, caption, sort, rule, locale, messages, onSort }: TableInputs) {
  const sortButton = (by: TableSort, text: string) => html`<button type="button" @click=${() => onSort(by)}>${text}</button>`;
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col" aria-sort=${sort === 'name' ? 'ascending' : 'none'}>${sortButton('name', messages.name)}</th>
        <th scope="col">${messages.level}</th>
        <th scope="col" class="number" aria-sort=${sort === 'value' ? 'descending' : 'none'}>${sortButton('value', messages.value)}</th>
        <th scope="col" class="number">${messages.initiatives}</th>
        <th scope="col" class="number">${messages.figures}</th>
        <th scope="col" class="number">${messages.honors}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        rows,
        (row) => row.id,
        (row) => html`<tr data-id=${row.id}>
          <th scope="row" style=${styleProperties({ 'padding-inline-start': `${0.6 + (row.depth - 1) * 1.2}em` })}>${nodeName(row.node, locale)}</th>
          <td>${row.node.kind ? messages.kinds[row.node.kind] : row.depth}</td>
          <td class="number">${sizeText(row.value, rule, locale, messages)}</td>
          <td class="number">${row.node.counts?.initiatives ?? ''}</td>
          <td class="number">${row.node.counts?.metrics ?? ''}</td>
          <td class="number">${row.node.counts?.honors ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
