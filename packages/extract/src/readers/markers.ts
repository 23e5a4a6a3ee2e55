import { parseChineseInteger } from '@hz-viz/schema';

/**
 * The numbering Chinese reports put before their parts: 一、 （一） 1. （1） ① and the
 * "这一年，我们……" paragraph that opens a theme. A reader finds them at the start of a line, or
 * inside a line right after a sentence ends when the text was run together.
 */
export const markerKinds = ['一、', '（一）', '1.', '（1）', '①', '这一年'] as const;
export type MarkerKind = (typeof markerKinds)[number];

export interface Marker {
  readonly kind: MarkerKind;
  /** Its place in its sequence: 三、 → 3; a theme paragraph has none (0). */
  readonly number: number;
  /** How many characters the marker takes (这一年 takes none: its words are the paragraph's). */
  readonly length: number;
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const patterns: readonly { kind: MarkerKind; pattern: RegExp; number: (match: RegExpExecArray) => number; consumes: boolean }[] = [
  { kind: '一、', pattern: /^([一二三四五六七八九十]{1,3})、/u, number: (m) => parseChineseInteger(m[1]!) ?? 0, consumes: true },
  { kind: '（一）', pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]/u, number: (m) => parseChineseInteger(m[1]!) ?? 0, consumes: true },
  // 1. 1、 1． but not 1.5亿 (a decimal) nor 2024. (a year)
  { kind: '1.', pattern: /^([0-9]{1,2})[.．、](?![0-9０-９])/u, number: (m) => Number(m[1]), consumes: true },
  { kind: '（1）', pattern: /^[（(]([0-9]{1,2})[）)]/u, number: (m) => Number(m[1]), consumes: true },
  { kind: '①', pattern: new RegExp(`^([${circled}])`, 'u'), number: (m) => circled.indexOf(m[1]!) + 1, consumes: true },
  { kind: '这一年', pattern: /^(这一年)[，,]我们/u, number: () => 0, consumes: false },
];

/** The marker that opens `text`, if any. */
export function markerAt(text: string): Marker | undefined {
  for (const { kind, pattern, number, consumes } of patterns) {
    const match = pattern.exec(text);
    if (match) return { kind, number: number(match), length: consumes ? match[0].length : 0 };
  }
  return undefined;
}
