/**
 * What a server render needs from hz-viz besides its elements (all defined by importing this
 * module): `@hz-viz/ssr` loads every lazily loaded part, then renders with the page's language,
 * report and box as the server context. Not for pages: see @hz-viz/ssr.
 * @packageDocumentation
 */
import './index.js';

export { withServerContext } from './internal/server-context.js';
export type { ServerContext } from './internal/server-context.js';
export { loadEveryPart } from './internal/lazy-part.js';
export { indexReport } from './internal/report-index.js';
export type { ReportIndex } from './internal/report-index.js';

// What @hz-viz/ssr's share images (SVG) draw with: the elements' own view models and layout, so
// a picture shows the very figures, words, cells and colours the elements do (decision 0023).
export { metricCardView } from './elements/metric-card/metric-card-view.js';
export type { MetricCardView } from './elements/metric-card/metric-card-view.js';
export { rankView } from './elements/rank-badge/rank-view.js';
export type { RankView } from './elements/rank-badge/rank-view.js';
export { treeFromReport } from './elements/department-treemap/treemap-source.js';
export { chartModel } from './elements/department-treemap/treemap-model.js';
export type { ChartModel } from './elements/department-treemap/treemap-model.js';
export { CellViewMemo } from './elements/department-treemap/treemap-view.js';
export type { CellView } from './elements/department-treemap/treemap-view.js';
export { messagesWithTerms, treemapMessages } from './elements/department-treemap/treemap-messages.js';
export { estimateTextWidth } from './layout/text-width.js';
export { labelBaseline, labelInset } from './layout/treemap/geometry.js';
export { familyColors, schemes, toneFill, cellTone } from './layout/treemap/palette.js';
export { arrows } from './internal/trend.styles.js';
