/**
 * A label drafted from the words around a figure, for an editor to check: the noun phrase the
 * figure belongs to. 全年规模以上工业增加值增长7.3% → 规模以上工业增加值; 新增企业126家 → 新增企业;
 * 126家企业入驻 → 企业入驻 (the words after, when nothing stands before).
 */

const clauseBreak = /[，。；：、（）()！？,;:!?\n“”"「」]/u;
/** Words that open a clause but say nothing of what is counted. */
const leadingFiller =
  /^(?:[①-⑳]|这一年[，,]?我们|我们|(?:是|为)(?:去年|上年|上一年)(?:同期)?的|其中|全年|今年|当年|全市|全区|全县|本市|同时|此外|另外|并且|并|且|共计|共|合计|累计|已|再|又|均|还|进一步|(?:[0-9]{1,2}[-—~～至][0-9]{1,2}月|前[一二三]季度|[上下]半年)(?:份)?)+/u;
/** Verbs and comparisons that sit between the subject and its figure. */
const trailingFiller =
  /(?:同比|较上年|比上年|较去年|比去年|较|比|同期|分别|共计|累计|合计|总计|达到|达|为|是|至|到|突破|超过|超|近|约|逾|实现|完成|稳定在|保持在|提高到|提升到|下降到|降至|降低到|压缩到|压缩至|缩短到|缩短至|增加到|增至|年均|平均|保持|稳定|控制在|控制到|增长|提高|提升|下降|降低|减少|缩短|增加)+$/u;
const maxLength = 18;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && !clauseBreak.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !clauseBreak.test(text[to]!)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function tidy(words: string): string {
  let label = words.replace(leadingFiller, '').replace(trailingFiller, '').trim();
  label = label.replace(leadingFiller, '').trim();
  // A long clause: the subject is its last words, nearest the figure.
  if (label.length > maxLength) label = label.slice(-maxLength);
  return label;
}

/**
 * The drafted label, and whether it was taken from the clause before (……1.48亿吨，增长3.2%: the
 * growth of what the clause before names), which an editor should confirm. `preferAfter` is for
 * honors that name what they are first in: 全国首个县域数字孪生创新中心.
 */
export function draftLabel(text: string, start: number, end: number, preferAfter = false): { label: string; unsure: boolean } {
  const { before, after } = clauseAround(text, start, end);
  if (preferAfter) {
    const named = tidy(after.replace(/^(?:的|之)/u, ''));
    if (named.length >= 2) return { label: named.slice(0, maxLength), unsure: false };
  }
  const fromBefore = tidy(before);
  if (fromBefore.length >= 2) return { label: fromBefore, unsure: false };
  const fromAfter = tidy(after.replace(/^(?:的|之)/u, ''));
  if (fromAfter.length >= 2) return { label: fromAfter.slice(0, maxLength), unsure: false };
  // Nothing in the clause itself (……1.48亿吨、20万标箱): the clause before names it.
  let from = start - before.length - 1;
  while (from > 0 && clauseBreak.test(text[from]!)) from--;
  const previous = from > 0 ? clauseAround(text, from + 1, from + 1).before : '';
  const fromPrevious = tidy(previous.replace(/[0-9０-９.．%％]+.*$/u, ''));
  if (fromPrevious.length >= 2) return { label: fromPrevious, unsure: true };
  return { label: fromBefore || fromAfter || text.slice(start, end), unsure: true };
}
