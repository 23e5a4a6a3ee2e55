/** A period a figure is reported for, as printed: 1-11月, 前三季度, 全年. */
export interface PeriodMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const periodPattern = /[0-9０-９]{1,2}[-—~～至][0-9０-９]{1,2}月|前[一二三]季度|[一二三四]季度|[上下]半年|全年/gu;

/** Every period marker in a paragraph, in order. */
export function findPeriods(text: string): PeriodMatch[] {
  return [...text.matchAll(periodPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const sentenceEnd = /[。；;！？]/u;

/**
 * The period in force at `offset`: the last marker before it in the same sentence, since a
 * report states the period once and lists several figures after it (1-11月，八大链营收占比达36.7%，
 * 同比提高2.5个百分点).
 */
export function periodAt(text: string, offset: number, periods: readonly PeriodMatch[]): PeriodMatch | undefined {
  let current: PeriodMatch | undefined;
  for (const period of periods) {
    if (period.end > offset) break;
    if (!sentenceEnd.test(text.slice(period.end, offset))) current = period;
  }
  return current;
}

const clauseStart = /[，,。；;：:！？\n]/u;

/**
 * Is the figure at `offset` a running total (累计建成7个) rather than what the period added? Yes
 * when 累计 stands in its clause before it, unless a period opens that clause: 1-11月…累计33409份
 * and 全年累计受理16件 are the period's own sums.
 */
export function isCumulativeAt(text: string, offset: number, periods: readonly PeriodMatch[]): boolean {
  let from = offset;
  while (from > 0 && !clauseStart.test(text[from - 1]!)) from--;
  const at = text.indexOf('累计', from);
  if (at === -1 || at >= offset) return false;
  // 全年累计, 1-11月…累计: a period opening the same clause makes it the period's own sum.
  return !periods.some((period) => period.start >= from && period.end <= at);
}
