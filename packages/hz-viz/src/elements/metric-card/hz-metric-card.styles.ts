import { css } from 'lit';
import { surfaceStyles } from '../../internal/surface.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';
import { trendStyles } from '../../internal/trend.styles.js';

/**
 * The card's own rules, below its host: shared by `<hz-metric-card>` (one card per shadow root)
 * and `<hz-metric-grid>` (every card in one shadow root, one stylesheet for all of them).
 * Block and inline layout only: a page of 1,000 cards lays out like plain markup. No grid, no
 * flex and no container query here (a size container moves each card's style work into layout;
 * the standalone card adds one on its value line only); a narrow grid of cards uses
 * size="compact" (docs/decisions/0012-cards-near-plain-dom.md).
 * `:host([size='compact'])` reads the host's `size`, which both elements reflect.
 */
export const metricCardBodyStyles = css`
  .card {
    height: 100%;
    padding: var(--_space) calc(var(--_space) * 1.25);
  }
  .card > * + * {
    margin-top: calc(var(--_space) * 0.35);
  }
  .label {
    margin: 0;
    font-size: 0.95em;
    color: var(--_muted);
    font-weight: 500;
  }
  /* The icon leads the label's line, in the card's text colour, not the label's. */
  ::slotted([slot='icon']) {
    display: inline-block;
    /* 1.5 of the card's em. */
    width: 1.58em;
    height: 1.58em;
    margin-inline-end: 0.5em;
    vertical-align: middle;
    color: var(--_text);
  }
  .value {
    color: var(--_text);
    font-variant-numeric: tabular-nums;
    line-height: 1.15;
  }
  .number {
    font-size: 2.3em;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .before,
  .after,
  .value > .trend {
    font-size: 1.05em;
    font-weight: 600;
    /* English parts carry their own spaces ("148 million" + " t"); keep them. */
    white-space: pre-wrap;
  }
  .before,
  .value > .trend {
    margin-inline-end: 0.1em;
  }
  .after {
    margin-inline-start: 0.1em;
  }
  .value > .trend {
    display: inline;
    font-size: 0.95em;
  }
  .period {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .period::before {
    content: '◷ ';
  }
  /* The change's size on the line itself, as tall as the change. */
  .meta {
    font-size: 0.95em;
  }
  .meta > * {
    vertical-align: middle;
  }
  .meta > .trend {
    display: inline;
    font-size: 1em;
    margin-inline-end: 0.75em;
  }
  .trend .arrow {
    margin-inline-end: 0.25em;
  }
  .caption {
    padding-top: calc(var(--_space) * 0.35);
    border-top: 1px solid var(--_border);
    font-size: 0.85em;
    color: var(--_muted);
  }
  p {
    margin: 0;
  }
  /* The lines a card lacks (the template keeps one shape); above the display rules here. */
  [hidden] {
    display: none !important;
  }
  :host([size='compact']) .card {
    padding: calc(var(--_space) * 0.6) var(--_space);
  }
  :host([size='compact']) .card > * + * {
    margin-top: 0.15em;
  }
  :host([size='compact']) .number {
    font-size: 1.6em;
  }
`;

/** Everything a card's lines need: the theme, the surface, the trend colours and the card's rules. Shared with the grid. */
export const metricCardSheets = [tokenStyles, surfaceStyles, trendStyles, metricCardBodyStyles];

export const metricCardStyles = [
  ...metricCardSheets,
  css`
    :host {
      /* About the drawn card's height, held while the report loads: nothing moves when it arrives. */
      --_pending-height: 8.1em;
      min-width: 10rem;
    }
    /* The value line alone is a size container: a narrow card (under 12rem) sets its number
       smaller. Only this line's three spans are styled during layout, not the whole card. The
       grid has no such container per card (1,000 of them cost a third of its render): its
       narrow columns take size="compact". */
    .value {
      container-type: inline-size;
    }
    @container (max-width: 12rem) {
      .number {
        font-size: 1.7em;
      }
    }
  `,
];
