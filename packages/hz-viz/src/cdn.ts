import { avoidEval } from '@hz-viz/schema';

// The drop-in bundle is pasted into pages we do not control, often with strict CSPs.
avoidEval();

export * from './index.js';
