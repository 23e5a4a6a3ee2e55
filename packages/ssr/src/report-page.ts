import type { Report } from '@hz-viz/schema';
import type { TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import type { ReportPageWords } from './report-page-words.js';
import { pageLanguage, reportPageWords } from './report-page-words.js';

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
  /** The page language (`zh-CN` by default, or `en`): the headings, contents and lead are in it. */
  readonly lang?: string;
}

interface Section {
  readonly title: string;
  readonly content: TemplateResult;
}

// An id has no white space: an English title's spaces become hyphens.
const sectionId = (title: string) => `section-${title.trim().replace(/\s+/g, '-')}`;

function sections(report: Report, treemapHeight: number, words: ReportPageWords): Section[] {
  const metrics = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics));
  const honored = metrics.filter((m) => m.honor);
  const completion = metrics.some((m) => m.kind === 'completion');
  const honors = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors));
  return [
    ...(honored.length > 0
      ? [{ title: words.honoredFigures, content: html`<div class="page-grid cards">${honored.map((m) => html`<hz-metric-card metric=${m.id} size="compact"></hz-metric-card>`)}</div>` }]
      : []),
    {
      title: words.overview(report.terms),
      content: html`<hz-department-treemap size-by="figures" style="--hz-treemap-height: ${treemapHeight}px"></hz-department-treemap
        ><hz-department-treemap class="print-table" size-by="figures" view="table"></hz-department-treemap>`,
    },
    ...(completion ? [{ title: words.completion, content: html`<hz-bar-list kind="completion" label=${words.completionList} sort="value-desc"></hz-bar-list>` }] : []),
    ...(honors.length > 0 ? [{ title: words.honors, content: html`<div class="page-grid badges">${honors.map((h) => html`<hz-rank-badge honor=${h.id}></hz-rank-badge>`)}</div>` }] : []),
    ...report.departments.map((department) => ({
      title: words.department(department),
      content: html`<div class="page-grid initiatives">${department.initiatives.map((i) => html`<hz-achievement-card initiative=${i.id} heading-level="3"></hz-achievement-card>`)}</div>`,
    })),
  ];
}

export function reportPageTemplate(report: Report, options: ReportPageOptions): TemplateResult {
  const words = reportPageWords[pageLanguage(options.lang)];
  const all = sections(report, options.treemapHeight ?? 560, words);
  return html`<main class="report-page">
    <hz-report src=${options.src ?? nothing} .report=${options.report}>
      <h1>${options.heading}${options.badge ? html` <span class="sample-badge">${options.badge}</span>` : nothing}</h1>
      <p class="lead">${options.lead}</p>
      <nav class="report-toc" aria-label=${words.contents}>
        <ol>
          ${all.map((s) => html`<li><a href="#${encodeURIComponent(sectionId(s.title))}">${s.title}</a></li>`)}
        </ol>
      </nav>
      ${all.map((s) => html`<section><h2 id=${sectionId(s.title)}>${s.title}</h2>${s.content}</section>`)}
    </hz-report>
  </main>`;
}

/** The lead line the report stories and the static page share, in the page language: counts and the source. */
export function reportLead(report: Report, lang?: string): string {
  return reportPageWords[pageLanguage(lang)].lead(report);
}

/** The page's default heading, in the page language: the report's title (its English title on an English page, where it has one). */
export function reportHeading(report: Report, lang?: string): string {
  return reportPageWords[pageLanguage(lang)].heading(report);
}
