export * from './elements/rank-badge/hz-rank-badge.js';
