import type { Report } from '@hz-viz/schema';
import type { TemplateResult } from 'lit';
import { html, nothing } from 'lit';

/**
 * The report page, for any report: headline figures (every honored figure), the treemap,
 * completion bars, the honors and every initiative card, grouped by the report's own middle level
 * (部门, 区县, 领域). A Lit template with no DOM in it: the static page renders it on the server
 * (`renderReportPage`) and the Storybook report stories in the browser.
 */
export interface ReportPageOptions {
  readonly heading: string;
  readonly lead: string;
  /** Shown beside the heading: 示例数据 for invented sample data. */
  readonly badge?: string;
  /** Where the page's `<hz-report>` loads the report in a browser (the static page: report.json beside it). */
  readonly src?: string;
  /** The report as a property of `<hz-report>` (a story); without it and without `src`, the bundled one. */
  readonly report?: Report;
  /** The treemap's height, in CSS pixels. */
  readonly treemapHeight?: number;
}

interface Section {
  readonly title: string;
  readonly content: TemplateResult;
}

const sectionId = (title: string) => `section-${title}`;

function sections(report: Report, treemapHeight: number): Section[] {
  const metrics = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics));
  const honored = metrics.filter((m) => m.honor);
  const completion = metrics.some((m) => m.kind === 'completion');
  const honors = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors));
  return [
    ...(honored.length > 0
      ? [{ title: '获评荣誉的数据', content: html`<div class="page-grid cards">${honored.map((m) => html`<hz-metric-card metric=${m.id} size="compact"></hz-metric-card>`)}</div>` }]
      : []),
    {
      title: `${report.terms.department.zh}与${report.terms.initiative.zh}总览`,
      content: html`<hz-department-treemap size-by="figures" style="--hz-treemap-height: ${treemapHeight}px"></hz-department-treemap
        ><hz-department-treemap class="print-table" size-by="figures" view="table"></hz-department-treemap>`,
    },
    ...(completion ? [{ title: '任务完成率', content: html`<hz-bar-list kind="completion" label="各项任务完成率（%）" sort="value-desc"></hz-bar-list>` }] : []),
    ...(honors.length > 0 ? [{ title: '荣誉榜', content: html`<div class="page-grid badges">${honors.map((h) => html`<hz-rank-badge honor=${h.id}></hz-rank-badge>`)}</div>` }] : []),
    ...report.departments.map((department) => ({
      title: department.name,
      content: html`<div class="page-grid initiatives">${department.initiatives.map((i) => html`<hz-achievement-card initiative=${i.id} heading-level="3"></hz-achievement-card>`)}</div>`,
    })),
  ];
}

export function reportPageTemplate(report: Report, options: ReportPageOptions): TemplateResult {
  const all = sections(report, options.treemapHeight ?? 560);
  return html`<main class="report-page">
    <hz-report src=${options.src ?? nothing} .report=${options.report}>
      <h1>${options.heading}${options.badge ? html` <span class="sample-badge">${options.badge}</span>` : nothing}</h1>
      <p class="lead">${options.lead}</p>
      <nav class="report-toc" aria-label="目录">
        <ol>
          ${all.map((s) => html`<li><a href="#${encodeURIComponent(sectionId(s.title))}">${s.title}</a></li>`)}
        </ol>
      </nav>
      ${all.map((s) => html`<section><h2 id=${sectionId(s.title)}>${s.title}</h2>${s.content}</section>`)}
    </hz-report>
  </main>`;
}

/** The lead line the report stories and the static page share: counts and the source. */
export function reportLead(report: Report): string {
  const initiatives = report.departments.reduce((n, d) => n + d.initiatives.length, 0);
  const source = report.source ? ` · 数据来源：${report.source.publisher ?? ''}《${report.source.title}》` : '';
  return `${report.departments.length} 个${report.terms.department.zh} · ${initiatives} 项${report.terms.initiative.zh}${source}`;
}
