import type { Locale, Terms } from '@hz-viz/schema';
import type { Messages } from './messages.js';

const cache = new WeakMap<Terms, Map<Locale, Messages>>();

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The messages in a report's own words for its levels: a district report's treemap is a
 * 区县工作成效树状图 of districts, its table has a 区县 column and its tooltip says 3 项工作.
 * Without terms (a generic tree), the messages stay as they are.
 */
export function messagesWithTerms(messages: Messages, terms: Terms | undefined, locale: Locale): Messages {
  if (!terms) return messages;
  let byLocale = cache.get(terms);
  if (!byLocale) cache.set(terms, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known) return known;
  const { group, department, initiative } = terms;
  const worded: Messages =
    locale === 'en'
      ? {
          ...messages,
          department: department.en,
          initiative: initiative.en,
          initiatives: capitalized(initiative.enPlural),
          treemapLabel: `Treemap of ${department.enPlural} and ${initiative.enPlural}`,
          kinds: { ...messages.kinds, group: group.en, department: department.en, initiative: initiative.en },
          sizeRules: { ...messages.sizeRules, initiatives: `number of ${initiative.enPlural}` },
          countOf: { ...messages.countOf, initiatives: (n: number) => `${n} ${n === 1 ? initiative.en : initiative.enPlural}` },
        }
      : {
          ...messages,
          department: department.zh,
          initiative: initiative.zh,
          initiatives: initiative.zh,
          treemapLabel: `${department.zh}工作成效树状图`,
          kinds: { ...messages.kinds, group: group.zh, department: department.zh, initiative: initiative.zh },
          sizeRules: { ...messages.sizeRules, initiatives: `${initiative.zh}数` },
          countOf: { ...messages.countOf, initiatives: (n: number) => `${n} 项${initiative.zh}` },
        };
  byLocale.set(locale, worded);
  return worded;
}
