import type { Report } from '../../packages/schema/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';
import { element } from './render.js';

/** A report a story shows, complete (ids, terms) as the elements see it; a broken one is a broken story. */
export function storyReport(json: unknown): Report {
  const parsed = parseReport(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.value;
}

/**
 * The report page layout, for any report: headline figures, the treemap, completion bars, the
 * honors and every initiative card, grouped by the report's own middle level (部门, 区县, 领域).
 */
export interface ReportPageOptions {
  readonly heading: string;
  readonly lead: string;
  /** Shown beside the heading: 示例数据 for invented sample data. */
  readonly badge?: string;
  /** Give the report to <hz-report> as a property; without it, the bundled Huzhou report. */
  readonly report?: Report;
}

function section(title: string, children: Node[]): HTMLElement {
  const el = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = title;
  heading.id = `section-${title}`;
  el.append(heading, ...children);
  return el;
}

/** The page's table of contents: a link to each section, for a page twelve thousand pixels long. */
function contents(sections: readonly HTMLElement[]): HTMLElement {
  const nav = document.createElement('nav');
  nav.className = 'report-toc';
  nav.setAttribute('aria-label', '目录');
  const list = document.createElement('ol');
  for (const el of sections) {
    const heading = el.querySelector('h2')!;
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${encodeURIComponent(heading.id)}`;
    link.textContent = heading.textContent;
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  return nav;
}

function grid(children: Node[], min: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'page-grid';
  div.style.gridTemplateColumns = `repeat(auto-fill, minmax(${min}, 1fr))`;
  div.append(...children);
  return div;
}

export function reportPage(report: Report, options: ReportPageOptions): HTMLElement {
  const main = document.createElement('main');
  main.className = 'report-page';
  const root = element('hz-report', options.report ? { report: options.report } : {});
  main.append(root);
  const title = document.createElement('h1');
  title.textContent = options.heading;
  if (options.badge) {
    const badge = document.createElement('span');
    badge.className = 'sample-badge';
    badge.textContent = options.badge;
    title.append(' ', badge);
  }
  const intro = document.createElement('p');
  intro.className = 'lead';
  intro.textContent = options.lead;
  const honoured = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics.filter((m) => m.honor)));
  const completion = report.departments.some((d) => d.initiatives.some((i) => i.metrics.some((m) => m.kind === 'completion')));
  const unit = report.terms.department.zh;
  const sections = [
    section('获评荣誉的数据', [grid(honoured.map((m) => element('hz-metric-card', { metric: m.id, size: 'compact' })), '220px')]),
    section(`${unit}与${report.terms.initiative.zh}总览`, [element('hz-department-treemap', { 'size-by': 'figures', style: '--hz-treemap-height: 560px' })]),
    ...(completion ? [section('任务完成率', [element('hz-bar-list', { kind: 'completion', label: '各项任务完成率（%）', sort: 'value-desc' })])] : []),
    section('荣誉榜', [
      grid(
        report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors.map((h) => element('hz-rank-badge', { honor: h.id })))),
        '260px',
      ),
    ]),
    ...report.departments.map((department) =>
      section(department.name, [grid(department.initiatives.map((initiative) => element('hz-achievement-card', { initiative: initiative.id, 'heading-level': '3' })), '320px')]),
    ),
  ];
  root.append(title, intro, contents(sections), ...sections);
  return main;
}
