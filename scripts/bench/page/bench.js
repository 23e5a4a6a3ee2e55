/** The operations the bench runs inside its one page (run-bench.mjs calls them by name). */
export { calibrate, treemapRun, bigTreemapRun, treeFacts } from './treemap.js';
export { cardsRun } from './cards.js';
export { barListsRun } from './bar-lists.js';
export { loadRun } from './load.js';
export { memoryPrepare, memoryMount, memoryUnmount } from './memory.js';
