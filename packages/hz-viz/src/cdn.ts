import { avoidEval } from '@hz-viz/schema';
import { autoload, discover, loadElement } from './cdn/autoload.js';
import { announceDataset } from './cdn/dataset.js';
import { hzTags } from './cdn/elements.js';
import type { HzVizGlobal } from './cdn/hz-viz-global.js';
import { installPlaceholders } from './cdn/placeholders.js';

// The drop-in bundle is pasted into pages we do not control, often with strict CSPs.
avoidEval();

declare global {
  /** The drop-in's API for a page's own scripts (decision 0017): HzViz.load('hz-metric-card'), HzViz.ready, HzViz.api() … */
  // eslint-disable-next-line no-var
  var HzViz: HzVizGlobal | undefined;
}

/** Replaced by the build with the release in internal/define.ts (rollup.config.ts). */
declare const __HZ_VIZ_VERSION__: string;

// The first copy on a page keeps the tags and the name; a second copy leaves them to it.
const first = globalThis.HzViz;
if (first) {
  if (first.version !== __HZ_VIZ_VERSION__) console.warn(`hz-viz: hz-viz ${first.version} is already on this page; this copy (hz-viz ${__HZ_VIZ_VERSION__}) leaves the tags to it.`);
} else {
  installPlaceholders(document);
  globalThis.HzViz = {
    version: __HZ_VIZ_VERSION__,
    tags: hzTags,
    ready: autoload(document),
    load: loadElement,
    discover,
    api: () => import('./index.js'),
  };
}

/** In the chunk loader around this file: true in hz-viz-huzhou.min.js, which fetches its dataset at once (rollup.config.ts). */
declare function hzVizFetchesDataset(): boolean;

// The Huzhou drop-in: `<hz-report>` without `src` shows the Huzhou 2024 report, also from a page
// opened as a file. Its file is already on its way; the reports wait for it instead of saying
// they have nothing (decisions 0013, 0017). A second copy announces it too (the dataset is data).
if (hzVizFetchesDataset()) announceDataset(import('./datasets/huzhou-2024.js'));
