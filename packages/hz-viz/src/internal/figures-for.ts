import type { FigureFormat, Locale } from '@hz-viz/schema';
import { chineseFigures } from '@hz-viz/schema';
import { english } from './english-part.js';

/**
 * How figures are written in a locale: Chinese at once, English from its lazy part (loaded
 * before any update that reads it, HzBase). Its own module, not english-part.ts's, which every
 * element imports: an element that writes no figure at first paint (the treemap) must not carry
 * the Chinese figure writing because a lazy part of it does.
 */
export function figuresFor(locale: Locale): FigureFormat {
  return locale === 'en' ? english().figures : chineseFigures;
}
