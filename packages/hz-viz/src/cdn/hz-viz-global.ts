import type { HzTag } from './elements.js';

/**
 * `HzViz`, the drop-in's global (decision 0017). The first file defines no element itself: it
 * loads each tag's file when the tag appears. So what it offers at once is how to wait and load;
 * the element classes and layout functions come through `api()`.
 */
export interface HzVizGlobal {
  /** The release of the copy that keeps the tags (the first on the page). */
  readonly version: string;
  /** Every tag this drop-in defines. */
  readonly tags: readonly HzTag[];
  /** Every `hz-*` tag in the parsed document defined, or showing why its file did not load. */
  readonly ready: Promise<void>;
  /** Loads one element's file now (the autoloader would when the tag appears); resolves with its class once defined. */
  load(tag: HzTag): Promise<CustomElementConstructor>;
  /** Loads the tags under a root the autoloader does not watch: a shadow root of your own. */
  discover(root?: ParentNode): Promise<void>;
  /** Everything the npm `hz-viz` index exports (the element classes, layoutTreemap …); defines every tag. */
  api(): Promise<typeof import('../index.js')>;
}
