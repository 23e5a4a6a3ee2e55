import type { HonorKind, HonorScope } from '../model/vocabulary.js';
import type { Rank } from '../model/honor.js';
import type { Lexicon } from './lexicon.js';
import { genericScopes } from './lexicon.js';
import { parseNumberText } from './numerals.js';

/** An honor found in text: its rank and exactly where it was printed. */
export interface RankMatch extends Rank {
  readonly start: number;
  readonly end: number;
  /** The printed words; the same as `printed`. */
  readonly quote: string;
}

export interface RankScanOptions {
  /** A dataset's own scope words (全国中等城市 → group) and their English. */
  readonly lexicon?: Lexicon;
}

const numeral = '[0-9０-９]+|[一二两三四五六七八九十]+';
/** 十大, 百强, 前十: how many are at the top, round numbers included. */
const topNumeral = '[0-9０-９]+|[一二两三四五六七八九十百千]+';
/** 第三届, 第二批, 第3轮, 第一等次 are editions and grades, not places. */
const notAnEdition = '(?![0-9０-９一二三四五六七八九十]|届|批|轮|等次|课堂|期|次|个|季度|名)';
/** What a streak counts: 连续三年, 连续十个季度, 连续8个月. */
const streakUnits = '年|季度|月|周|届|次|期';
/** 全国中等城市, 全省同类县市: a scope and the peers an honor is ranked among, before its place. */
const peerGroup = '(?:全国|全省|全市)[\\u4e00-\\u9fff]{2,6}?(?=第|首位)';
/** Streak words that mean first place every time: 九连冠. */
const championStreaks = new Set(['连冠']);

interface RankPattern {
  readonly kind: HonorKind;
  readonly pattern: RegExp;
}

/** Escapes scope words for a regex alternation, longest first so 全国中等城市 beats 全国. */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The patterns for one set of scope words; tried in order, the longest match at a place wins. */
function buildPatterns(scopeWords: readonly string[]): readonly RankPattern[] {
  const words = alternation(scopeWords);
  /**
   * A scope word captured under its own group name (a regex may not repeat a group name), or a
   * peer group said the usual way, a scope and the group before the place: 全国中等城市第一.
   */
  const scope = (name = 'scope') => `(?<${name}>${peerGroup}|${words})`;
  return [
    {
      kind: 'streak',
      pattern: new RegExp(`连续(?<streak>${numeral})个?(?<unit>${streakUnits})(?:排名|位居|居|列|保持|获评|入选)?${scope()}?(?:第(?<position>${numeral})${notAnEdition}|(?<firstPlace>首位)|(?<top>${topNumeral})强)?(?:蝉联)?`, 'gu'),
    },
    { kind: 'streak', pattern: new RegExp(`${scope()}?(?<streak>${numeral})(?<unit>连增|连冠|连升)`, 'gu') },
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
    // A record against the past, not a rank among peers: 创我市历史最佳, 创历史新高.
    { kind: 'record', pattern: /创?(?:我市|本市|全市|全省|全国)?历史(?:最佳|最好|最高|新高)|创新高(?=[，,。；;、）)]|$)/gu },
    { kind: 'top', pattern: new RegExp(`领跑${scope('scopeAfter')}?|${scope()}(?:(?<top>${topNumeral})(?:大|强)|前(?<top2>${numeral})(?:名|位)?|最多|最高|最佳)`, 'gu') },
  ];
}

const genericPatterns = buildPatterns(Object.keys(genericScopes));
const patternsByLexicon = new WeakMap<Lexicon, readonly RankPattern[]>();

function patternsFor(lexicon: Lexicon | undefined): readonly RankPattern[] {
  if (!lexicon?.scopes || Object.keys(lexicon.scopes).length === 0) return genericPatterns;
  let patterns = patternsByLexicon.get(lexicon);
  if (!patterns) {
    patterns = buildPatterns([...Object.keys(genericScopes), ...Object.keys(lexicon.scopes)]);
    patternsByLexicon.set(lexicon, patterns);
  }
  return patterns;
}

function scopeOf(scopeText: string, lexicon: Lexicon | undefined): HonorScope | undefined {
  return lexicon?.scopes?.[scopeText] ?? genericScopes[scopeText] ?? 'group';
}

function toRank(kind: HonorKind, match: RegExpExecArray, lexicon: Lexicon | undefined): RankMatch {
  const groups = match.groups ?? {};
  const scopeText = groups.scope ?? groups.scopeBefore ?? groups.scopeAfter;
  const printed = match[0];
  const isFirstPlace = kind === 'first' || printed.endsWith('首位') || groups.firstPlace !== undefined || (groups.unit !== undefined && championStreaks.has(groups.unit));
  const position = groups.position ? parseNumberText(groups.position) : isFirstPlace ? 1 : undefined;
  const streak = groups.streak ? parseNumberText(groups.streak) : undefined;
  const topText = groups.top ?? groups.top2;
  const topN = topText ? parseNumberText(topText) : undefined;
  const scope = scopeText ? scopeOf(scopeText, lexicon) : undefined;
  const scopeTextEn = scopeText ? lexicon?.scopesEn?.[scopeText] : undefined;
  return {
    kind,
    start: match.index,
    end: match.index + printed.length,
    quote: printed,
    printed,
    ...(scopeText && scope && { scope, scopeText }),
    ...(scopeTextEn && { scopeTextEn }),
    ...(position !== undefined && { position }),
    ...(streak !== undefined && { streak, streakUnit: groups.unit }),
    ...(topN !== undefined && { topN }),
  };
}

/**
 * Finds every honor in a paragraph: 居全省第1, 全国首个, 全省唯一, 八连增, 连续三年蝉联, 领跑全省,
 * 连续8个月全省第一, 创历史新高. Editions (第三届) are not honors and are skipped. Where two
 * readings overlap, the one that starts first wins, and of those the longest.
 */
export function scanRanks(text: string, options: RankScanOptions = {}): RankMatch[] {
  const candidates: RankMatch[] = [];
  for (const { kind, pattern } of patternsFor(options.lexicon)) {
    for (const match of text.matchAll(pattern)) candidates.push(toRank(kind, match as RegExpExecArray, options.lexicon));
  }
  // An honor word inside a name is part of the name: 第一人民医院 is a hospital, not a first place.
  const names = (options.lexicon?.names ?? []).flatMap((name) => {
    const spans: [number, number][] = [];
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
    return spans;
  });
  if (names.length > 0) {
    const insideName = (c: RankMatch) => names.some(([start, end]) => c.start < end && c.end > start);
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !insideName(c)));
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
export function parseRank(text: string, options: RankScanOptions = {}): RankMatch | undefined {
  const trimmed = text.trim().replace(/^(?:获评|获得|荣获|实现|为|是)/u, '');
  const [only, ...others] = scanRanks(trimmed, options);
  if (!only || others.length > 0 || only.start !== 0 || only.end !== trimmed.length) return undefined;
  return only;
}
