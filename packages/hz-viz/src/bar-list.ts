export * from './elements/bar-list/hz-bar-list.js';
