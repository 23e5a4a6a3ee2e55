export * from './elements/rank-badge/hz-rank-badge.js';
// The typed hz-* events (hz-error's detail …) come with every entry, not only the root one.
export type { HzDrillDetail, HzErrorDetail, HzEventMap, HzLoadDetail, HzSelectDetail, HzToggleDetail } from './internal/events.js';
