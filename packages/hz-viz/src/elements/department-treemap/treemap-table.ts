import type { HierarchyNode } from 'd3-hierarchy';
import type { TreeNode } from '../../layout/treemap/tree.js';

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
