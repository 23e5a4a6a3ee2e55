// The drop-in with the Huzhou 2024 report inside: `<hz-report>` without `src` shows it, also
// from a page opened as a file. hz-viz.min.js is the same without the dataset.
import './datasets/huzhou-2024.js';

export * from './cdn.js';
