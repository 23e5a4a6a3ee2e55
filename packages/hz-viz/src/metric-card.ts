export * from './elements/metric-card/hz-metric-card.js';
