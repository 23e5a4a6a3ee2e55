import type { loadElements } from '../render.js';

/**
 * hz-viz's server module: the elements' own view models, layout and palette, which the share
 * images draw with so a picture says what the elements say. Loaded (with every lazy part, the
 * English words among them) by `loadElements` before any image is drawn, and passed in: the
 * drawing functions stay pure and synchronous.
 */
export type ShareKit = Awaited<ReturnType<typeof loadElements>>;
