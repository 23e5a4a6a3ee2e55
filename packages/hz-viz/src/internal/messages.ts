import type { Locale } from '@hz-viz/schema';
import { english } from './english-part.js';
import type { English } from './english-part.js';

/**
 * Fixed strings in each locale; data text comes from the schema's formatters. Every element shows
 * the core ones (its states and problems); each element adds the set it shows itself, so a page
 * that loads one element does not carry the words of the others (docs/decisions/0015). Each set
 * is written here in Chinese, the default; its English (`*-messages.en.ts` beside it) is part of
 * the lazy English part that elements load on an English page before they render (0019).
 */
export const core = {
  invalid: '数据有误',
  loading: '加载中…',
} as const;

/** String literals widened, so a report's own words (区县, district) can stand in for the defaults. */
export type Widen<T> = T extends string ? string : T extends (...args: infer A) => infer R ? (...args: A) => R : { readonly [K in keyof T]: Widen<T[K]> };

/** A set of messages in every locale, typed by its Chinese: the English must have the same shape. */
export type MessageSet<T> = Readonly<Record<Locale, T>>;

/**
 * A set whose English is in the lazy English part: `en` is read only on an English page, where
 * every element waits for that part before it updates (HzBase), so it is there when read.
 */
export function withEnglish<T>(zh: T, en: (messages: English['messages']) => T): MessageSet<T> {
  return {
    'zh-CN': zh,
    get en() {
      return en(english().messages);
    },
  };
}

export type CoreMessages = Widen<typeof core>;

export const coreMessages: MessageSet<CoreMessages> = withEnglish(core, (en) => en.core);
