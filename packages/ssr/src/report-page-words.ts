import type { Report } from '@hz-viz/schema';

/**
 * The report page's own words (its headings, table of contents and lead) in the page's language.
 * The elements on it speak for themselves in the same language; these are the words around them.
 * A report's names stay its own: a department without `nameEn` is named in Chinese on the English page.
 */
export type PageLanguage = 'zh' | 'en';

/** `en`, `en-GB` → English; anything else (zh-CN, zh-Hans) → Chinese, as the elements read `lang`. */
export function pageLanguage(lang: string | undefined): PageLanguage {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

type Terms = Report['terms'];

export interface ReportPageWords {
  readonly contents: string;
  readonly honoredFigures: string;
  readonly overview: (terms: Terms) => string;
  readonly completion: string;
  /** The completion bar list's accessible name. */
  readonly completionList: string;
  readonly honors: string;
  readonly department: (department: Report['departments'][number]) => string;
  /** The default heading: the report's title. */
  readonly heading: (report: Report) => string;
  readonly lead: (report: Report) => string;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const initiativesOf = (report: Report) => report.departments.reduce((n, d) => n + d.initiatives.length, 0);

export const reportPageWords: Record<PageLanguage, ReportPageWords> = {
  zh: {
    contents: '目录',
    honoredFigures: '获评荣誉的数据',
    overview: (terms) => `${terms.department.zh}与${terms.initiative.zh}总览`,
    completion: '任务完成率',
    completionList: '各项任务完成率（%）',
    honors: '荣誉榜',
    department: (department) => department.name,
    heading: (report) => report.title,
    lead: (report) => {
      const source = report.source ? ` · 数据来源：${report.source.publisher ?? ''}《${report.source.title}》` : '';
      return `${report.departments.length} 个${report.terms.department.zh} · ${initiativesOf(report)} 项${report.terms.initiative.zh}${source}`;
    },
  },
  en: {
    contents: 'Contents',
    honoredFigures: 'Figures with honors',
    overview: (terms) => `${capitalized(terms.department.enPlural)} and ${terms.initiative.enPlural}`,
    completion: 'Task completion',
    completionList: 'Completion rate of each task (%)',
    honors: 'Honors',
    department: (department) => department.nameEn ?? department.name,
    heading: (report) => report.titleEn ?? report.title,
    lead: (report) => {
      const { department, initiative } = report.terms;
      const count = (n: number, term: { en: string; enPlural: string }) => `${n} ${n === 1 ? term.en : term.enPlural}`;
      // The source keeps its publisher's and its own title as written (the names of a Chinese
      // document), quoted the English way.
      const source = report.source ? ` · Source: ${report.source.publisher ? `${report.source.publisher}, ` : ''}“${report.source.title}”` : '';
      return `${count(report.departments.length, department)} · ${count(initiativesOf(report), initiative)}${source}`;
    },
  },
};
