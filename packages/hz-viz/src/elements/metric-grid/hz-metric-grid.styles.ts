import { css } from 'lit';
import { metricCardSheets } from '../metric-card/hz-metric-card.styles.js';

/**
 * The grid's own rules and the card's, in one shadow root: 1,000 cards share one stylesheet and
 * resolve the theme tokens once, on the grid's host, instead of once per card.
 */
export const metricGridStyles = [
  ...metricCardSheets,
  css`
    :host {
      /* About one card's height: an item waiting for its rank badge holds its place. */
      --_pending-height: 8.1em;
    }
    .grid {
      display: grid;
      /* Columns at least --hz-metric-grid-min-width wide that fill the row; never wider than the grid. */
      grid-template-columns: repeat(auto-fill, minmax(min(var(--hz-metric-grid-min-width, 14rem), 100%), 1fr));
      gap: var(--hz-metric-grid-gap, var(--_space));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      min-width: 0;
      /* A card off screen is not styled, laid out or painted until the reader scrolls near it;
         it stays in the accessibility tree and find-in-page. Until then it holds about a card's
         height (and, once drawn, its own). A page that wants every card laid out at once sets
         ::part(item) { content-visibility: visible }. */
      content-visibility: auto;
      contain-intrinsic-size: auto 8em;
    }
    :host([size='compact']) .item {
      contain-intrinsic-size: auto 6em;
    }
    /* The grid stretches a card to its row's height, so the cards of a row line up; a percentage
       height (the standalone card's) would lay every card out twice. */
    .item.card {
      height: auto;
    }
  `,
];
