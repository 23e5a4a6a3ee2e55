export * from './numerals.js';
export * from './units.js';
export { unitKind, unitKinds } from './unit-kinds.js';
export * from './periods.js';
export * from './figures.js';
export * from './ranks.js';
export * from './lexicon.js';
export * from './figure-text.js';
export * from './figure-text-numerals.js';
