export * from './locale.js';
export * from './numbers.js';
export * from './english-scale.js';
export * from './figure.js';
export * from './honor.js';
export * from './money.js';
export * from './unit-names-en.js';
