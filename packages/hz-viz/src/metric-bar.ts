export * from './elements/metric-bar/hz-metric-bar.js';
