export * from './model/index.js';
export * from './parse/index.js';
export * from './problems.js';
export * from './parse-report.js';
export * from './cross-checks.js';
