import type { Rank } from '../model/honor.js';
import type { HonorScope } from '../model/vocabulary.js';
import type { Locale } from './locale.js';

/** The part of an honor formatting reads. */
export type FormattableRank = Pick<Rank, 'kind'> & Partial<Omit<Rank, 'kind'>>;

const zhScope: Readonly<Record<HonorScope, string>> = { nation: '全国', province: '全省', city: '全市', county: '全县', group: '' };
const enScope: Readonly<Record<HonorScope, string>> = {
  nation: 'nationwide',
  province: 'in the province',
  city: 'in the city',
  county: 'in the county',
  group: '',
};

function zhScopeOf(rank: FormattableRank): string {
  return rank.scopeText ?? (rank.scope ? zhScope[rank.scope] : '');
}

/** A named peer group says its English itself (`scopeTextEn`); without it, its printed name. */
function enScopeOf(rank: FormattableRank): string {
  if (!rank.scope) return '';
  if (rank.scope === 'group') {
    const name = rank.scopeTextEn ?? rank.scopeText;
    return name ? `among ${name}` : '';
  }
  return enScope[rank.scope];
}

/** 连续三年 → 连续3年; 九连冠 → 9连冠: how a streak is said in Chinese. */
function zhStreak(rank: FormattableRank): string {
  if (!rank.streak) return '蝉联';
  const unit = rank.streakUnit ?? '次';
  if (unit === '连增' || unit === '连冠' || unit === '连升') return `${rank.streak}${unit}`;
  return `连续${rank.streak}${unit === '季度' || unit === '月' ? `个${unit}` : unit}`;
}

/** 连增 → consecutive increases; 年 → years running. */
function enStreak(rank: FormattableRank): string {
  if (!rank.streak) return 'Won again';
  switch (rank.streakUnit) {
    case '连升':
      return `${rank.streak} consecutive rises`;
    case '月':
      return `${rank.streak} months running`;
    case '周':
      return `${rank.streak} weeks running`;
    case '届':
    case '次':
    case '期':
      return `${rank.streak} times running`;
    case '连增':
      return `${rank.streak} consecutive increases`;
    case '连冠':
      return `${rank.streak} consecutive titles`;
    case '季度':
      return `${rank.streak} quarters running`;
    case '年':
      return `${rank.streak} years running`;
    default:
      return `${rank.streak} times running`;
  }
}

/** 九连冠 already says first place every time; its position is not said again. */
function placeBesideStreak(rank: FormattableRank): number | undefined {
  return rank.streakUnit === '连冠' ? undefined : rank.position;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * An honor's short visible text. zh-CN keeps the printed words (居全省第1); without them it is
 * built from the parts (全省第1). en: "No. 1 in the province", "First nationwide", "8 in a row".
 */
export function formatHonor(rank: FormattableRank, locale: Locale): string {
  if (locale === 'zh-CN') return rank.printed ?? composeZh(rank);
  return composeEn(rank);
}

function composeZh(rank: FormattableRank): string {
  const scope = zhScopeOf(rank);
  switch (rank.kind) {
    case 'position':
      return `${scope}第${rank.position ?? ''}`;
    case 'first':
      return `${scope}首个`;
    case 'only':
      return `${scope}唯一`;
    case 'streak': {
      const place = placeBesideStreak(rank);
      return `${zhStreak(rank)}${place ? `${scope}第${place}` : ''}`;
    }
    case 'top':
      return rank.topN ? `${scope}${rank.topN}强` : `${scope}领先`;
    case 'record':
      return '历史最佳';
  }
}

function composeEn(rank: FormattableRank): string {
  const scope = enScopeOf(rank);
  const within = scope ? ` ${scope}` : '';
  switch (rank.kind) {
    case 'position':
      return `No. ${rank.position ?? '?'}${within}`;
    case 'first':
      return `First${within}`;
    case 'only':
      return `The only one${within}`;
    case 'streak': {
      const place = placeBesideStreak(rank);
      return `${enStreak(rank)}${place ? `, No. ${place}${within}` : within}`;
    }
    case 'top':
      return rank.topN ? `Top ${rank.topN}${within}` : `Top${within}`;
    case 'record':
      return 'Best on record';
  }
}

/**
 * What a screen reader says: 全省第1名, 全国首个, 连续10个季度全国中等城市第1名;
 * "ranked 1st in the province", "first nationwide".
 */
export function describeHonor(rank: FormattableRank, locale: Locale): string {
  if (locale === 'en') {
    const scope = enScopeOf(rank);
    const within = scope ? ` ${scope}` : '';
    if (rank.kind === 'position') return `ranked ${ordinal(rank.position ?? 0)}${within}`;
    return composeEn(rank).replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase());
  }
  const scope = zhScopeOf(rank);
  switch (rank.kind) {
    case 'position':
      return `${scope}第${rank.position ?? ''}名`;
    case 'streak': {
      const place = placeBesideStreak(rank);
      return `${zhStreak(rank)}${place ? `${scope}第${place}名` : ''}`;
    }
    default:
      return composeZh(rank);
  }
}

/** The tier a badge is drawn in: gold, silver and bronze for places 1–3. */
export function medalTier(rank: FormattableRank): 'gold' | 'silver' | 'bronze' | undefined {
  if (rank.kind === 'first' || rank.kind === 'only') return 'gold';
  const place = rank.position;
  return place === 1 ? 'gold' : place === 2 ? 'silver' : place === 3 ? 'bronze' : undefined;
}
