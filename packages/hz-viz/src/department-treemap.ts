export * from './elements/department-treemap/hz-department-treemap.js';
