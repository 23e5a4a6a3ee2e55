export * from './elements/metric-grid/hz-metric-grid.js';
export type { MetricGridFields, MetricGridItem } from './elements/metric-grid/metric-grid-items.js';
// The typed hz-* events (hz-error's detail …) come with every entry, not only the root one.
export type { HzDrillDetail, HzErrorDetail, HzEventMap, HzLoadDetail, HzSelectDetail, HzToggleDetail } from './internal/events.js';
