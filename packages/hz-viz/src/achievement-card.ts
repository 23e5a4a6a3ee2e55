export * from './elements/achievement-card/hz-achievement-card.js';
