import { css } from 'lit';
import { accentTokenStyles } from '../../internal/colour-tokens.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const barListStyles = [
  tokenStyles,
  accentTokenStyles,
  css`
    :host {
      --_pending-height: 16em;
      container-type: inline-size;
      min-width: 14rem;
    }
    figure {
      margin: 0;
    }
    figcaption {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.75em;
      margin-bottom: 0.5em;
      font-weight: 600;
    }
    .sort {
      font: inherit;
      font-size: 0.85em;
      font-weight: 400;
      color: var(--_accent);
      background: none;
      border: 1px solid var(--_border);
      border-radius: 6px;
      padding: 0.15em 0.6em;
      cursor: pointer;
    }
    [role='listbox'],
    .unit-group ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6em, 14em) 1fr auto;
      align-items: center;
      gap: 0.75em;
      padding: 0.35em 0.5em;
      border-radius: 6px;
      cursor: pointer;
    }
    .row:hover {
      background: var(--_subtle);
    }
    .row[aria-selected='true'] {
      background: var(--_subtle);
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    .row-label {
      overflow-wrap: anywhere;
      line-height: 1.35;
    }
    .row-label small {
      display: block;
      color: var(--_muted);
      font-size: 0.8em;
    }
    .track {
      position: relative;
      height: 0.8em;
      border-radius: 4px;
      background: var(--_subtle);
    }
    .row:hover .track,
    .row[aria-selected='true'] .track {
      background: var(--_surface);
    }
    .bar {
      position: absolute;
      top: 0;
      bottom: 0;
      border-radius: 4px;
      background: var(--_accent);
    }
    .bar.tone-good {
      background: var(--_good);
    }
    .bar.tone-bad {
      background: var(--_bad);
    }
    /* The zero and target lines: set once per group (--_zero-at, --_target-at on its list). */
    .has-zero .track::before,
    .has-target .track::after {
      content: '';
      position: absolute;
      /* Above the bar, as the lines were when they followed it. */
      z-index: 1;
      top: -0.25em;
      bottom: -0.25em;
      width: 2px;
      margin-left: -1px;
      background: var(--_text);
    }
    .has-zero .track::before {
      left: var(--_zero-at);
    }
    .has-target .track::after {
      left: var(--_target-at);
    }
    .row-value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      text-align: end;
      min-width: 4em;
    }
    @container (max-width: 26rem) {
      .row {
        grid-template-columns: 1fr auto;
      }
      .track {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
    /* No transition on the bars: starting one per bar made a data update of 50 lists × 20 rows
       about 1.7× slower (a composited transform transition was no cheaper to start), and the
       motion only decorated a change of data (sorting moves rows, not bars). See
       docs/decisions/0016-metric-grid-and-lighter-bar-lists.md. */
    @media (forced-colors: active) {
      .bar,
      .bar.tone-good,
      .bar.tone-bad {
        background: Highlight;
        forced-color-adjust: none;
      }
      .track::before,
      .track::after {
        background: CanvasText;
        forced-color-adjust: none;
      }
      .row[aria-selected='true'] {
        outline: 2px solid Highlight;
      }
    }
    .unit-group + .unit-group {
      margin-top: 0.6em;
    }
    .unit {
      margin: 0.2em 0 0.1em;
      font-size: 0.85em;
      color: var(--_muted);
    }
  `,
];
