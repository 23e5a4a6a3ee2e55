import { css } from 'lit';

/**
 * Theme colours only some elements use, beside tokens.styles.ts (which says how a page sets
 * them): an element carries the ones it draws with, so a card's bundle and shadow roots carry
 * no accent or medal colours (decision 0019). Set by the page as before: --hz-color-accent …
 */
export const accentTokenStyles = css`
  :host {
    --_accent: var(--hz-color-accent, light-dark(#0b5cad, #6cb6ff));
    --_subtle: var(--hz-color-subtle, light-dark(#f3f5f8, #21262d));
  }
`;

/** The medal tiers of honors and the highlight of figures in a text (rank badges, achievement cards). */
export const honorTokenStyles = css`
  :host {
    --_gold: var(--hz-color-gold, light-dark(#8a5a00, #f3c14b));
    --_silver: var(--hz-color-silver, light-dark(#4d5864, #c9d1d9));
    --_bronze: var(--hz-color-bronze, light-dark(#8c4a20, #e3a36f));
    --_highlight: var(--hz-color-highlight, light-dark(#fff1c2, #4a3b00));
  }
`;
