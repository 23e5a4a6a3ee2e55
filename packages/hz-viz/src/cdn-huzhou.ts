// The drop-in with the Huzhou 2024 report: `<hz-report>` without `src` shows it, also from a page
// opened as a file. hz-viz.min.js is the same without the dataset.
import './cdn.js';
import { expectDefaultReport } from './internal/default-report.js';

// The dataset is a lazy file fetched at once, while the elements are defined and the page is
// parsed: the reports wait for it instead of saying they have nothing (decision 0013).
expectDefaultReport(import('./datasets/huzhou-2024.js'));
