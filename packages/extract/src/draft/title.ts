/**
 * A title for a paragraph the text gives none: its first clause that is words rather than
 * figures, without the opening formula. 这一年，我们聚焦产业升级，…… → 聚焦产业升级;
 * 坚持科创引领、产城融合，全区实现…… → 坚持科创引领.
 */
const opening = /^(?:这一年[，,]?我们|我们|全年|今年|一年来)/u;
const maxLength = 16;

const figureStart = /[0-9０-９]|[一二两三四五六七八九十百千]+(?:个|家|项|万|亿)/u;
/** The verbs between a subject and its figure: 全县粮食总产量达到 → 全县粮食总产量. */
const trailingVerb = /(?:达到|达|为|实现|完成|增长|提高|下降|超过|超|近|约|同比|较上年)+$/u;

export function draftTitle(text: string): string {
  const firstSentence = text.replace(opening, '').split(/[。！？；]/u)[0] ?? text;
  const clauses = firstSentence.split(/[，,：:、]/u).map((c) => c.trim()).filter(Boolean);
  let words = clauses.find((c) => c.length >= 4 && !/[0-9０-９]/.test(c));
  if (!words) {
    // Every clause holds a figure: the words before the first one say what it is about.
    const first = clauses[0] ?? text;
    const at = first.search(figureStart);
    words = (at > 1 ? first.slice(0, at) : first).replace(trailingVerb, '').replace(/^(?:全市|全区|全县|全年)/u, '') || first;
  }
  return words.length > maxLength ? `${words.slice(0, maxLength)}…` : words;
}
