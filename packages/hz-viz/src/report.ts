export * from './elements/report/hz-report.js';
