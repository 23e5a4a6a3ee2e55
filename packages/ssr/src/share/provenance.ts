import type { Report } from '@hz-viz/schema';

/**
 * Where a shared picture's figures come from, written into the picture: it travels alone (a
 * WeChat share, a slide), so it carries its source line, and invented sample data says so.
 */
export interface Provenance {
  /** 数据来源：湖州市人民政府《湖州市2024年度工作报告：部门重点工作成效》 */
  readonly source: string;
  /** 示例数据, for invented sample data: shown first, never cut. */
  readonly sample?: string;
}

const sampleWords = '示例数据';

/**
 * A report is sample data when its caller says so (`badge`, as the CLI's `--badge 示例数据`) or
 * its source says so itself (the sample reports' source note begins 示例数据).
 */
export function provenanceOf(report: Report, locale: 'zh-CN' | 'en', badge?: string): Provenance {
  const source = report.source;
  const from = source ? `${source.publisher ?? ''}《${source.title}》` : `《${report.title}》`;
  const said = [source?.note, source?.title, report.title].some((text) => text?.includes(sampleWords));
  const sample = badge ?? (said ? sampleWords : undefined);
  return { source: locale === 'en' ? `Source: ${from}` : `数据来源：${from}`, ...(sample && { sample }) };
}

/** The footer's words: the sample mark first, so a cut line never loses it. */
export function provenanceText(provenance: Provenance): string {
  return provenance.sample ? `${provenance.sample} · ${provenance.source}` : provenance.source;
}
