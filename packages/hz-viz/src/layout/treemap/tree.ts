import type { Department, Honor, Initiative, Metric, Report } from '@hz-viz/schema';
import { describeValue } from '@hz-viz/schema';

/** A node of any tree the treemap draws: the report's hierarchy, or a generic `{name, value, children}`. */
export interface TreeNode {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** Leaves only: the size. Parents are the sum of their children. */
  readonly value?: number;
  readonly children?: readonly TreeNode[];
  /** What the node is in the report, for tooltips and the table. */
  readonly kind?: 'report' | 'group' | 'department' | 'initiative' | 'metric';
  /** How many initiatives, figures and honors lie under the node (report trees only). */
  readonly counts?: { readonly initiatives: number; readonly metrics: number; readonly honors: number };
  /** An initiative's figures and honors, for its tooltip. */
  readonly metrics?: readonly Metric[];
  readonly honors?: readonly Honor[];
}

export const sizeRules = ['initiatives', 'figures', 'honors', 'money'] as const;
export type SizeRule = (typeof sizeRules)[number];

const addCounts = (nodes: readonly TreeNode[]) =>
  nodes.reduce(
    (sum, node) => ({
      initiatives: sum.initiatives + (node.counts?.initiatives ?? 0),
      metrics: sum.metrics + (node.counts?.metrics ?? 0),
      honors: sum.honors + (node.counts?.honors ?? 0),
    }),
    { initiatives: 0, metrics: 0, honors: 0 },
  );

/**
 * The report as a tree: report → group → department → initiative (→ figure leaves when sizing
 * by money). Sizes: one per initiative, its number of figures or honors, or the yuan of its
 * money figures (CNY only, so amounts add up).
 */
export function reportTree(report: Report, sizeBy: SizeRule): TreeNode {
  const initiativeNode = (initiative: Initiative): TreeNode => {
    const counts = { initiatives: 1, metrics: initiative.metrics.length, honors: initiative.honors.length };
    const base = {
      id: initiative.id,
      name: initiative.title,
      ...(initiative.titleEn && { nameEn: initiative.titleEn }),
      kind: 'initiative' as const,
      counts,
      metrics: initiative.metrics,
      honors: initiative.honors,
    };
    if (sizeBy === 'money') {
      const money = initiative.metrics.filter((m) => m.kind === 'money' && m.currency === 'CNY' && m.value > 0);
      return {
        ...base,
        children: money.map((m) => ({ id: m.id, name: m.label, ...(m.labelEn && { nameEn: m.labelEn }), value: m.value, kind: 'metric' as const })),
      };
    }
    const value = sizeBy === 'initiatives' ? 1 : sizeBy === 'figures' ? counts.metrics : counts.honors;
    return { ...base, value };
  };
  const departmentNode = (department: Department): TreeNode => {
    const initiatives = department.initiatives.map(initiativeNode);
    return { id: department.id, name: department.name, ...(department.nameEn && { nameEn: department.nameEn }), kind: 'department', children: initiatives, counts: addCounts(initiatives) };
  };
  // Groups are optional: a report without them puts its departments (districts, themes) on top.
  let top: readonly TreeNode[] =
    report.groups.length === 0
      ? report.departments.map(departmentNode)
      : report.groups.map((group): TreeNode => {
          const departments = report.departments.filter((department) => department.group === group.id).map(departmentNode);
          return { id: group.id, name: group.name, ...(group.nameEn && { nameEn: group.nameEn }), kind: 'group', children: departments, counts: addCounts(departments) };
        });
  // A top level of one node (one group, one district) would draw one block: start where the tree
  // branches. A lone node with a lone leaf stays, so the block keeps the name that says most.
  const branches = (node: TreeNode) => (node.children?.length ?? 0) > 1 || Boolean(node.children?.[0]?.children?.length);
  while (top.length === 1 && branches(top[0]!)) top = top[0]!.children!;
  return { id: report.id, name: report.title, ...(report.titleEn && { nameEn: report.titleEn }), kind: 'report', children: top, counts: addCounts(top) };
}

/** The order sizes are tried in when a page names none; initiatives, one each, is the fallback that always draws. */
const informativeOrder: readonly SizeRule[] = ['figures', 'initiatives', 'honors'];

/**
 * The size a treemap of this report shows by default: the first rule under which its departments
 * differ. Every Huzhou department has five initiatives, so sizing by initiatives draws equal cells
 * that carry no information; their figure counts differ.
 */
export function informativeSizeRule(report: Report): SizeRule {
  for (const rule of informativeOrder) {
    const sizes = report.departments.map((d) => d.initiatives.reduce((sum, i) => sum + (rule === 'initiatives' ? 1 : rule === 'figures' ? i.metrics.length : i.honors.length), 0));
    // Every department keeps an area: a rule under which one counts 0 would hide it.
    if (sizes.every((size) => size > 0) && new Set(sizes).size > 1) return rule;
  }
  return 'initiatives';
}

/** A tree as a developer hands it over: `{ name, value?, children? }`, ids optional. */
export interface GenericTree {
  readonly id?: string;
  readonly name: string;
  readonly value?: number;
  readonly children?: readonly GenericTree[];
}

export interface TreeProblem {
  readonly path: string;
  readonly detail: string;
}

/**
 * Checks a generic tree and gives every node an id (its own, or its path of names). Reports every
 * problem with its path: `children[2].value: expected a non-negative number, received "x"`.
 */
export function normalizeGenericTree(input: unknown): { tree: TreeNode } | { problems: TreeProblem[] } {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  // A node's path is written out only for a problem: 100,000 good nodes build no path strings, and
  // a node's link to its parent is made only when it has children or a problem.
  type Where = { readonly parent: Where | undefined; readonly index: number };
  const pathOf = (where: Where | undefined): string => (where ? `${where.parent ? `${pathOf(where.parent)}.` : ''}children[${where.index}]` : '');
  const at = (where: Where | undefined, field: string) => (where ? `${pathOf(where)}.${field}` : field);
  // Where a node is, made only when needed (a problem, or a parent its children point back to):
  // no closure or object per good leaf.
  const whereOf = (parent: Where | undefined, index: number): Where | undefined => (index < 0 ? undefined : { parent, index });
  /** `index` is the node's place among its parent's children, -1 for the root. */
  const visit = (node: unknown, parent: Where | undefined, index: number, idPrefix: string, depth: number): TreeNode | undefined => {
    if (depth > 64) {
      problems.push({ path: pathOf(whereOf(parent, index)), detail: 'nested deeper than 64 levels (is the tree cyclic?)' });
      return undefined;
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      problems.push({ path: pathOf(whereOf(parent, index)) || '(root)', detail: `expected an object with a name, received ${describeValue(node)}` });
      return undefined;
    }
    const { id, name, value, children } = node as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') problems.push({ path: at(whereOf(parent, index), 'name'), detail: 'required: expected text' });
    if (id !== undefined && typeof id !== 'string') problems.push({ path: at(whereOf(parent, index), 'id'), detail: 'expected text' });
    const nodeId = typeof id === 'string' ? id : `${idPrefix}${idPrefix ? '/' : ''}${String(name)}`;
    if (seen.has(nodeId)) problems.push({ path: at(whereOf(parent, index), 'id'), detail: `duplicate id ${JSON.stringify(nodeId)}` });
    seen.add(nodeId);
    if (children !== undefined) {
      if (!Array.isArray(children)) {
        problems.push({ path: at(whereOf(parent, index), 'children'), detail: 'expected an array' });
        return undefined;
      }
      const here = whereOf(parent, index);
      const kids: TreeNode[] = [];
      for (let i = 0; i < children.length; i++) {
        const kid = visit(children[i], here, i, nodeId, depth + 1);
        if (kid) kids.push(kid);
      }
      return { id: nodeId, name: String(name), children: kids };
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push({ path: at(whereOf(parent, index), 'value'), detail: `expected a non-negative number, received ${describeValue(value)}` });
      return undefined;
    }
    return { id: nodeId, name: String(name), value };
  };
  const tree = visit(input, undefined, -1, '', 0);
  return problems.length > 0 || !tree ? { problems } : { tree };
}
