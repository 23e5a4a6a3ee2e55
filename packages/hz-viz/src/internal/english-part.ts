import type { Locale } from '@hz-viz/schema';
import { problem } from '@hz-viz/schema';
import type * as EnglishModule from './english.js';
import { LazyPart } from './lazy-part.js';

/** What the lazy English part holds (english.ts). */
export type English = typeof EnglishModule;

/**
 * English is a lazy part (decision 0019): hz-viz is for Chinese public data, most pages never
 * show English, and its figure writing and messages are about a kilobyte of every element's
 * first load. An element whose language resolves to English waits for it before it updates
 * (HzBase), so code that runs in an update may read it synchronously.
 */
export const englishPart = new LazyPart<English>(() => import('./english.js'));

/** The English part, for code that runs in an element's update (it is loaded by then). */
export function english(): English {
  const loaded = englishPart.module;
  // Only an update that did not wait for the part (HzBase.shouldUpdate) gets here: a bug.
  if (!loaded) throw new Error('hz-viz: English read before it loaded');
  return loaded;
}

/**
 * Loads what elements need to show a language before any of them asks, so an English page's
 * elements draw in their first update: `await loadLocale('en')` (or `void loadLocale('en')`
 * early in an app's start). Chinese is always there. Resolves once loaded; rejects if it could
 * not load (the elements then show why).
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en') return;
  await englishPart.load();
  if (englishPart.failure) throw englishPart.failure;
}

/**
 * What an element shows without its English part, in English that stays in every first load: a
 * quiet "Loading…" in its waiting frame, then, if the part cannot load, an alert.
 */
export const withoutEnglish = {
  loading: 'Loading…',
  failed: 'Could not show this in English',
  problem: (failure: unknown) => problem('', `could not load the English text of hz-viz: ${String(failure)}. Check the network and reload the page.`),
};
