import type { Term, TermInput, Terms } from './report.js';

/** What a report's levels are called when it does not say: 类别 → 部门 → 举措. */
export const defaultTerms: Terms = {
  group: { zh: '类别', en: 'group', enPlural: 'groups' },
  department: { zh: '部门', en: 'department', enPlural: 'departments' },
  initiative: { zh: '举措', en: 'initiative', enPlural: 'initiatives' },
};

/** Common words for the middle level, so a report (or the extractor) can name it in Chinese only. */
export const knownTermsEn: Readonly<Record<string, string>> = {
  部门: 'department',
  单位: 'agency',
  区县: 'district',
  县区: 'district',
  区: 'district',
  县: 'county',
  县市区: 'district',
  乡镇: 'township',
  街道: 'subdistrict',
  领域: 'area',
  板块: 'sector',
  方面: 'area',
  类别: 'group',
  举措: 'initiative',
  工作: 'task',
  项目: 'project',
  任务: 'task',
};

/** county → counties, box → boxes, district → districts. */
export function englishPlural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A term as given, completed: English from the known words, the plural from English. */
export function completeTerm(input: TermInput | undefined, fallback: Term): Term {
  if (!input) return fallback;
  const en = input.en ?? knownTermsEn[input.zh];
  // A Chinese word with no English known stays Chinese in English text rather than become a guess.
  if (en === undefined) return { zh: input.zh, en: input.zh, enPlural: input.enPlural ?? input.zh };
  return { zh: input.zh, en, enPlural: input.enPlural ?? englishPlural(en) };
}
