export * from './vocabulary.js';
export * from './primitives.js';
export * from './figure.js';
export * from './metric.js';
export * from './honor.js';
export * from './report.js';
export * from './terms.js';
