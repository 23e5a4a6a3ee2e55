import type { SkipReason } from '@hz-viz/schema';

/**
 * What the extractor tells the editor about a draft: per paragraph, what it found (with the
 * typed reading), what it passed over and why, and what it is unsure of. Written as JSON, as
 * text, or as a review page.
 */

export type ReviewSkipReason = SkipReason | 'excluded' | 'unread';

export interface FoundItem {
  readonly id: string;
  readonly type: 'metric' | 'honor';
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** The label as drafted or annotated. */
  readonly label: string;
  /** The typed reading in words: 计数 · 126 家 · 增长 7.3%. */
  readonly reading: string;
  /** Was the label written by an editor (annotations), or drafted by the tool? */
  readonly from: 'annotation' | 'draft';
}

export interface SkippedItem {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: ReviewSkipReason;
  /** The annotation's note, for a reviewed exclusion. */
  readonly note?: string;
}

/** Why a reading needs an editor's eye. */
export const doubts = ['label-from-clause-before', 'no-unit', 'rate-or-share', 'plan', 'period-from-sentence', 'polarity-guessed', 'unread'] as const;
export type Doubt = (typeof doubts)[number];

export interface UnsureItem {
  /** The metric or honor it concerns, when it is one. */
  readonly id?: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly reason: Doubt;
  /** What the reason is about: the drafted label, the period, the guessed polarity. */
  readonly detail?: string;
}

/** Each doubt said in Chinese and English, with its detail. */
export function doubtText(item: Pick<UnsureItem, 'reason' | 'detail'>, locale: 'zh-CN' | 'en'): string {
  const d = item.detail ?? '';
  const zh = locale === 'zh-CN';
  switch (item.reason) {
    case 'label-from-clause-before':
      return zh ? `标签取自前一分句：“${d}”` : `label taken from the clause before: “${d}”`;
    case 'no-unit':
      return zh ? '未印单位：计的是什么？' : 'no unit printed: what is counted?';
    case 'rate-or-share':
      return zh ? '百分数前无“占比”“比重”：是比率，还是占比（share）？' : 'a percentage without 占比 or 比重: a rate, or a share of a whole (kind share)?';
    case 'plan':
      return zh ? '像是计划或目标，而非成效？' : 'a plan or target, not a result?';
    case 'period-from-sentence':
      return zh ? `时期“${d}”取自所在句` : `period ${d} taken from its sentence`;
    case 'polarity-guessed':
      return zh ? `方向为推测（${d}）：越低越好吗？` : `polarity guessed (${d}): is lower better?`;
    case 'unread':
      return zh ? '像数字，但未能读出' : 'looks like a figure but was not read';
  }
}

export interface ParagraphReview {
  readonly unit: string;
  readonly initiativeId: string;
  readonly title: string;
  /** The title was drafted from the paragraph's first clause, not printed as a heading. */
  readonly titleDrafted: boolean;
  readonly line: number;
  readonly text: string;
  readonly found: readonly FoundItem[];
  readonly skipped: readonly SkippedItem[];
  readonly unsure: readonly UnsureItem[];
}

export interface DraftReview {
  readonly source: { readonly name: string; readonly encoding?: string; readonly layout: string; readonly notes: readonly string[] };
  readonly summary: {
    readonly units: number;
    readonly paragraphs: number;
    readonly metrics: number;
    readonly honors: number;
    readonly skipped: number;
    readonly unsure: number;
  };
  readonly paragraphs: readonly ParagraphReview[];
  /** Text the reader kept out of every paragraph (a heading with nothing under it). */
  readonly unused: readonly { readonly line: number; readonly text: string; readonly reason: string }[];
}

/** What each skip reason means, for the review's readers. */
export const skipReasonText: Readonly<Record<ReviewSkipReason, { zh: string; en: string }>> = {
  year: { zh: '年份', en: 'a year' },
  edition: { zh: '届次、批次', en: 'an edition or batch' },
  ordinal: { zh: '序数（名次另作荣誉）', en: 'an ordinal (places are read as honors)' },
  date: { zh: '日期（报告无年份）', en: 'a date (no year known)' },
  month: { zh: '月份', en: 'a month' },
  threshold: { zh: '门槛（界定统计对象）', en: 'a threshold that defines what is counted' },
  span: { zh: '时间跨度，非成效', en: 'a span of time, not a result' },
  name: { zh: '名称、口号', en: 'part of a name or slogan' },
  word: { zh: '词语中的数字', en: 'a numeral inside a phrase' },
  excluded: { zh: '已审核排除', en: 'excluded by an annotation' },
  unread: { zh: '像数字但未能读出', en: 'looks like a figure but was not read' },
};
