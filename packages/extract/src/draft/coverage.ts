/**
 * What a careful reader would take for a figure, found independently of the parsers: each run of
 * digits, each Chinese-numeral count or rank, each honor word. A run that is neither read nor
 * passed over with a reason is named in the review, so nothing is dropped unseen; the Huzhou
 * dataset's test requires every one to be accounted for.
 */
export const figureLikePatterns: readonly RegExp[] = [
  /[0-9０-９]+/gu,
  /第[一二两三四五六七八九十百千]+|[一二两三四五六七八九十百千]+(?=个|家|次|项|年|名|位|场|批|届|轮|类|级|连|季度|例|户|座|条|大|期|等次|倍|成|万|亿|人)/gu,
  /首个|首批|首单|首发|首家|首次|首位|率先|唯一|领跑|最多|最高|最佳|蝉联|连增|连冠/gu,
];

export function figureLikeSpans(text: string): [number, number][] {
  return figureLikePatterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]));
}
