import type { Locale } from '@hz-viz/schema';

/**
 * Fixed strings in each locale; data text comes from the schema's formatters. Every element shows
 * the core ones (its states and problems); each element adds the set it shows itself, so a page
 * that loads one element does not carry the words of the others (docs/decisions/0015).
 */
const core = {
  'zh-CN': {
    invalid: '数据有误',
    loading: '加载中…',
    unavailable: '暂不可用：所在报告未能加载',
    empty: '暂无数据',
    needsReport: (attribute: string, id: string) => `${attribute}="${id}" 需要放在 <hz-report> 内`,
    notFound: (what: string, id: string) => `未找到${what} "${id}"`,
    more: (n: number) => `另有 ${n} 个问题`,
  },
  en: {
    invalid: 'Invalid data',
    loading: 'Loading…',
    unavailable: 'Unavailable: its report could not be loaded',
    empty: 'No data',
    needsReport: (attribute: string, id: string) => `${attribute}="${id}" must be inside <hz-report>`,
    notFound: (what: string, id: string) => `no ${what} "${id}" in the report`,
    more: (n: number) => `${n} more problems`,
  },
} as const satisfies Record<Locale, unknown>;

/** String literals widened, so a report's own words (区县, district) can stand in for the defaults. */
export type Widen<T> = T extends string ? string : T extends (...args: infer A) => infer R ? (...args: A) => R : { readonly [K in keyof T]: Widen<T[K]> };

/** A set of messages in every locale, typed by its English: the Chinese must have the same shape. */
export type MessageSet<T> = Readonly<Record<Locale, T>>;

export type CoreMessages = Widen<(typeof core)['en']>;

export const coreMessages: MessageSet<CoreMessages> = core;

/** An element's messages: the core ones and the sets it shows, merged once per page. */
export function messageSet<A>(a: MessageSet<A>): MessageSet<CoreMessages & A>;
export function messageSet<A, B>(a: MessageSet<A>, b: MessageSet<B>): MessageSet<CoreMessages & A & B>;
export function messageSet(...sets: MessageSet<object>[]): MessageSet<object> {
  return {
    'zh-CN': Object.assign({}, core['zh-CN'], ...sets.map((set) => set['zh-CN'])),
    en: Object.assign({}, core.en, ...sets.map((set) => set.en)),
  };
}
