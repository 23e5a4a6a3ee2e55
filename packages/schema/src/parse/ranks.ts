import type { HonorKind, HonorScope } from '../model/vocabulary.js';
import type { Rank } from '../model/honor.js';
import { parseNumberText } from './numerals.js';

/** An honor found in text: its rank and exactly where it was printed. */
export interface RankMatch extends Rank {
  readonly start: number;
  readonly end: number;
  /** The printed words; the same as `printed`. */
  readonly quote: string;
}

const scopeWords: Readonly<Record<string, HonorScope>> = {
  全国中等城市: 'group',
  全国: 'nation',
  全省内河: 'province',
  全省: 'province',
  全市: 'city',
  我市历史: 'city',
};
/** A scope word captured under its own group name: a regex may not repeat a group name. */
const scope = (name = 'scope') => `(?<${name}>${Object.keys(scopeWords).join('|')})`;
const numeral = '[0-9０-９]+|[一二两三四五六七八九十]+';
/** 第三届, 第二批, 第3轮, 第一等次 are editions and grades, not places. */
const notAnEdition = '(?![0-9０-９一二三四五六七八九十]|届|批|轮|等次|课堂|期|次|个|季度|名)';

interface RankPattern {
  readonly kind: HonorKind;
  readonly pattern: RegExp;
}

/** Tried in order at each place; the longest match wins, so 连续十个季度…第一 beats 第一. */
const rankPatterns: readonly RankPattern[] = [
  {
    kind: 'streak',
    pattern: new RegExp(`连续(?<streak>${numeral})个?(?<unit>年|季度)(?:排名|位居|居|列)?${scope()}?(?:第(?<position>${numeral})${notAnEdition})?(?:蝉联)?`, 'gu'),
  },
  { kind: 'streak', pattern: new RegExp(`${scope()}?(?<streak>${numeral})(?<unit>连增|连冠)`, 'gu') },
  { kind: 'streak', pattern: /蝉联/gu },
  {
    kind: 'position',
    pattern: new RegExp(`(?:位居|均列|居|列|排名)?${scope()}?第(?<position>${numeral})${notAnEdition}`, 'gu'),
  },
  { kind: 'position', pattern: new RegExp(`(?:位居|居|列)?${scope()}首位`, 'gu') },
  {
    kind: 'first',
    pattern: new RegExp(`在${scope('scopeBefore')}率先|率先在${scope('scopeAfter')}|${scope()}?(?:首个|首批|首单|首发|首家|首次|率先)`, 'gu'),
  },
  { kind: 'only', pattern: new RegExp(`${scope()}?唯一`, 'gu') },
  { kind: 'top', pattern: new RegExp(`领跑${scope('scopeAfter')}?|${scope()}(?:(?<top>${numeral})大|最多|最高|最佳|历史最佳)`, 'gu') },
];

function toRank(kind: HonorKind, match: RegExpExecArray): RankMatch {
  const groups = match.groups ?? {};
  const scopeText = groups.scope ?? groups.scopeBefore ?? groups.scopeAfter;
  const streakText = groups.streak;
  const positionText = groups.position;
  const printed = match[0];
  const isFirstPlace = kind === 'first' || printed.endsWith('首位');
  const position = positionText ? parseNumberText(positionText) : isFirstPlace ? 1 : undefined;
  const streak = streakText ? parseNumberText(streakText) : undefined;
  const topN = groups.top ? parseNumberText(groups.top) : undefined;
  return {
    kind,
    start: match.index,
    end: match.index + printed.length,
    quote: printed,
    printed,
    ...(scopeText && { scope: scopeWords[scopeText], scopeText }),
    ...(position !== undefined && { position }),
    ...(streak !== undefined && { streak, streakUnit: groups.unit }),
    ...(topN !== undefined && { topN }),
  };
}

/**
 * Finds every honor in a paragraph: 居全省第1, 全国首个, 全省唯一, 八连增, 连续三年蝉联, 领跑全省,
 * 连续十个季度排名全国中等城市第一. Editions (第三届) are not honors and are skipped.
 */
export function scanRanks(text: string): RankMatch[] {
  const candidates: RankMatch[] = [];
  for (const { kind, pattern } of rankPatterns) {
    for (const match of text.matchAll(pattern)) candidates.push(toRank(kind, match as RegExpExecArray));
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: RankMatch[] = [];
  for (const candidate of candidates) {
    const last = chosen.at(-1);
    if (last && candidate.start < last.end) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/**
 * Parses free text that states one honor, with or without a leading verb: '居全省第1',
 * '全国首个', '九连冠', '连续十个季度全国第一'. Returns undefined for anything else.
 */
export function parseRank(text: string): RankMatch | undefined {
  const trimmed = text.trim().replace(/^(?:获评|获得|荣获|实现|为|是)/u, '');
  const [only, ...others] = scanRanks(trimmed);
  if (!only || others.length > 0 || only.start !== 0 || only.end !== trimmed.length) return undefined;
  return only;
}
