import type { Problem, Report, Terms } from '@hz-viz/schema';
import { describeValue, problem } from '@hz-viz/schema';
import { treemapRenderers } from './treemap-model.js';
import type { HierarchyNode } from 'd3-hierarchy';
import type { Resolved } from '../../internal/hz-element.js';
import type { SummedTree } from '../../layout/treemap/squarify.js';
import { sumTree } from '../../layout/treemap/squarify.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';
import { informativeSizeRule, normalizeGenericTree, reportTree, sizeRules } from '../../layout/treemap/tree.js';

/** The summed tree, its size rule, and the report's words for its levels when it is a report. */
export interface BuiltTree {
  readonly tree: SummedTree;
  /**
   * The top-level ids in the order the data gives them: one colour family each. Not by size: a
   * family keeps its colour and the legend its order (and height) when the values change.
   */
  readonly familyIds: readonly string[];
  readonly rule?: SizeRule;
  readonly terms?: Terms;
}

function built(tree: TreeNode, rule?: SizeRule, terms?: Terms): BuiltTree {
  const summed = sumTree(tree);
  return { tree: summed, familyIds: (tree.children ?? []).map((child) => child.id), ...(rule && { rule }), ...(terms && { terms }) };
}

/**
 * The tree a treemap draws: `.data` is a generic `{ name, value?, children? }` tree, checked with
 * a problem per bad node; a report comes as `.report` (parsed by `parseReport`) or from the
 * surrounding `<hz-report>`, and is never re-parsed here.
 */
export function treeFromData(data: unknown): Resolved<BuiltTree> {
  if (data && typeof data === 'object' && 'departments' in data) {
    return { problems: [problem('data', 'expected a tree of { name, value, children }; a report goes to .report or a surrounding <hz-report>')] };
  }
  const generic = normalizeGenericTree(data);
  if ('problems' in generic) return { problems: generic.problems.map((p) => problem(p.path === '(root)' ? 'data' : `data.${p.path}`, p.detail)) };
  return { view: built(generic.tree) };
}

/** A `size-by` that names no rule; a valid one is applied to reports (a generic tree is sized by its values). */
export function sizeByProblem(sizeBy: unknown): Problem | undefined {
  return sizeBy !== undefined && !(sizeRules as readonly unknown[]).includes(sizeBy) ? problem('size-by', `expected one of ${sizeRules.join(', ')}, received ${JSON.stringify(sizeBy)}`) : undefined;
}

const isArray = (value: unknown): value is readonly unknown[] => Array.isArray(value);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * What a report must have for the treemap to draw it without throwing: the arrays it walks. A
 * report from `parseReport` always has them; raw JSON handed to `.report` may not, and is told
 * where (the full check is `parseReport`'s).
 */
export function reportShapeProblems(report: unknown): Problem[] {
  const expected = (path: string, value: unknown) => problem(path, `expected a report from parseReport, received ${describeValue(value)}`);
  if (!report || typeof report !== 'object') return [expected('report', report)];
  const { groups, departments } = record(report);
  if (!isArray(groups)) return [expected('report.groups', groups)];
  if (!isArray(departments)) return [expected('report.departments', departments)];
  const problems: Problem[] = [];
  departments.forEach((department, d) => {
    const { initiatives } = record(department);
    if (!isArray(initiatives)) problems.push(expected(`report.departments[${d}].initiatives`, initiatives));
    else
      initiatives.forEach((initiative, i) => {
        const { metrics, honors } = record(initiative);
        if (!isArray(metrics) || !isArray(honors)) problems.push(expected(`report.departments[${d}].initiatives[${i}]`, initiative));
      });
  });
  return problems;
}

export function treeFromReport(report: Report, sizeBy: SizeRule | undefined): Resolved<BuiltTree> {
  const shape = reportShapeProblems(report);
  if (shape.length > 0) return { problems: shape };
  const rule = sizeBy ?? informativeSizeRule(report);
  return { view: built(reportTree(report, rule), rule, report.terms) };
}

export interface TreeSources {
  readonly data: unknown;
  readonly report: Report | undefined;
  readonly sizeBy: unknown;
  /** The surrounding `<hz-report>`'s report: pending while it loads. */
  readonly fromReport: () => Resolved<Report>;
}

/** The tree from `.data`, `.report` or the surrounding report, kept until its source changes. */
export class TreeSourceCache {
  private last?: { data: unknown; report: unknown; reportState: unknown; sizeBy: unknown; result: Resolved<BuiltTree> };

  get result(): Resolved<BuiltTree> | undefined {
    return this.last?.result;
  }

  get({ data, report, sizeBy, fromReport }: TreeSources, reportState: unknown): Resolved<BuiltTree> {
    const last = this.last;
    if (last && last.data === data && last.report === report && last.reportState === reportState && last.sizeBy === sizeBy) return last.result;
    const badSize = sizeByProblem(sizeBy);
    let result: Resolved<BuiltTree>;
    if (badSize) result = { problems: [badSize] };
    else if (data !== undefined) result = treeFromData(data);
    else if (report !== undefined) result = treeFromReport(report, sizeBy as SizeRule | undefined);
    else {
      const found = fromReport();
      result = 'view' in found ? treeFromReport(found.view, sizeBy as SizeRule | undefined) : 'problems' in found ? { problems: [problem('data', 'expected a report: set .report or .data, or place the treemap inside <hz-report>')] } : found;
    }
    // A pending report is asked again on the next update; a result is kept until its inputs change.
    if (!('pending' in result)) this.last = { data, report, reportState, sizeBy, result };
    return result;
  }
}

/**
 * The node a `path` of ids leads to (each id a child of the one before) and the checked `depth`
 * and `renderer`, or a problem for each that is wrong.
 */
export function shownNode(tree: SummedTree, path: unknown, depthText: string | undefined, renderer: unknown): { focus: HierarchyNode<TreeNode>; depth: number } | { problems: Problem[] } {
  if (!Array.isArray(path) || path.some((id) => typeof id !== 'string')) {
    return { problems: [problem('path', `expected an array of node ids such as ["economy", "jingxin"], received ${describeValue(path)}`)] };
  }
  const problems: Problem[] = [];
  const depth = depthText === undefined ? 2 : Number(depthText);
  if (!Number.isInteger(depth) || depth < 1 || depth > 4) problems.push(problem('depth', `expected 1, 2, 3 or 4, received ${JSON.stringify(depthText)}`));
  if (renderer !== undefined && !(treemapRenderers as readonly unknown[]).includes(renderer)) problems.push(problem('renderer', `expected one of ${treemapRenderers.join(', ')}, received ${JSON.stringify(renderer)}`));
  let focus = tree.root;
  (path as string[]).forEach((id, i) => {
    const child = focus.children?.find((c) => c.data.id === id);
    if (!child) problems.push(problem(`path[${i}]`, `"${id}" is not a child of "${focus.data.id}"`));
    else focus = child;
  });
  return problems.length > 0 ? { problems } : { focus, depth };
}
