/** The languages every formatter speaks. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Maps any BCP 47 tag to a supported locale: zh, zh-Hans, zh-CN → zh-CN; en-GB → en. Chinese by default. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
}
