import { avoidEval } from '@hz-viz/schema';
import * as api from './index.js';

// The drop-in bundle is pasted into pages we do not control, often with strict CSPs.
avoidEval();

declare global {
  /** The drop-in's API for a page's own scripts: HzViz.HzMetricCardElement, HzViz.layoutTreemap … */
  // eslint-disable-next-line no-var
  var HzViz: typeof api | undefined;
}

// The first copy on a page keeps the name, as it keeps the tags (define.ts).
globalThis.HzViz ??= api;
