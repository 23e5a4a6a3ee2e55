import type { HonorScope } from '../model/vocabulary.js';

/**
 * The words one dataset (or one publisher) uses that generic parsing cannot know: names that
 * hold a numeral (三保, 红十字), peer groups an honor is ranked in (全国中等城市, 全省内河) and
 * their English. The parsers take a lexicon as an option; the extractor reads one from a
 * dataset's config, on top of its common lexicon of Chinese report language.
 */
export interface Lexicon {
  /** Names that contain a numeral but are not figures: 三保, 十四五, 红十字. */
  readonly names?: readonly string[];
  /** Scope words beyond the generic 全国 / 全省 / 全市 / 全县 / 全区, e.g. 全国中等城市 → group. */
  readonly scopes?: Readonly<Record<string, HonorScope>>;
  /** English for a named peer group: 全国中等城市 → China's medium-sized cities. */
  readonly scopesEn?: Readonly<Record<string, string>>;
}

/** The scope words every Chinese report uses. */
export const genericScopes: Readonly<Record<string, HonorScope>> = {
  全国: 'nation',
  全省: 'province',
  全市: 'city',
  全县: 'county',
  全区: 'county',
};

/** Two lexicons as one: names joined, the later one's scopes and English winning. */
export function mergeLexicons(...lexicons: readonly (Lexicon | undefined)[]): Lexicon {
  const names = new Set<string>();
  let scopes: Record<string, HonorScope> = {};
  let scopesEn: Record<string, string> = {};
  for (const lexicon of lexicons) {
    if (!lexicon) continue;
    for (const name of lexicon.names ?? []) names.add(name);
    scopes = { ...scopes, ...lexicon.scopes };
    scopesEn = { ...scopesEn, ...lexicon.scopesEn };
  }
  return { names: [...names], scopes, scopesEn };
}
