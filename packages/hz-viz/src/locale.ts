/**
 * `hz-viz/locale.js`: load a language's words and figure writing before any element asks for them
 * (decision 0019). Chinese is always there; English is a lazy part an English element otherwise
 * loads in its first update, showing its waiting frame meanwhile:
 *
 *   import { loadLocale } from 'hz-viz/locale.js';
 *   await loadLocale('en'); // English elements then draw in their first update
 */
export { loadLocale } from './internal/english-part.js';
