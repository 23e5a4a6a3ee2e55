import { css } from 'lit';
import { accentTokenStyles } from '../../internal/colour-tokens.styles.js';
import { focusStyles } from '../../internal/focus.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const barListStyles = [
  tokenStyles,
  focusStyles,
  accentTokenStyles,
  css`
    :host {
      --_pending-height: 16em;
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
    /* Every row is its own grid of the same three columns: the label's (6em to 14em), the
       track's (the rest) and the value's, named once for the whole list (--_value-col, from the
       longest value's text: layout/value-column.ts). Identical columns in rows of one width line
       every track up, across units too, without a subgrid: sizing a value column to the widest
       value across rows made a 50-list page's layout about a tenth slower (decision 0016). */
    .row {
      display: grid;
      grid-template-columns: minmax(6em, 14em) 1fr var(--_value-col, auto);
    }
    .row {
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
      /* Where most bars start; the view sets left only for a bar that starts elsewhere. */
      left: 0;
      border-radius: 4px;
      background: var(--_accent);
    }
    .bar.tone-good {
      background: var(--_good);
    }
    .bar.tone-bad {
      background: var(--_bad);
    }
    /* The zero and target lines: one line each through the whole list, at the fractions of the
       track set once on the list (--_zero-at, --_target-at). Two boxes per list instead of one per
       row: 1,000 absolutely positioned pseudo-elements cost about a tenth of a 50-list page's
       first render (docs/decisions/0016). The list is not a grid, so the track column is worked
       out as the rows' grid works it out: the label column takes what is left beside the value
       column, the row's padding and its two gaps (2.5em), between 6em and 14em, and the track
       the rest. */
    .has-zero,
    .has-target {
      position: relative;
      --_label-col: clamp(6em, 100% - 2.5em - var(--_value-col), 14em);
      --_track-start: calc(1.25em + var(--_label-col));
      --_track-width: max(0px, 100% - 2.5em - var(--_value-col) - var(--_label-col));
    }
    .has-zero::before,
    .has-target::after {
      content: '';
      position: absolute;
      /* Above the bars (positioned, earlier in the list). */
      z-index: 1;
      top: 0;
      bottom: 0;
      width: 2px;
      margin-left: -1px;
      background: var(--_text);
      pointer-events: none;
    }
    .has-zero::before {
      left: calc(var(--_track-start) + var(--_zero-at) * var(--_track-width));
    }
    .has-target::after {
      left: calc(var(--_track-start) + var(--_target-at) * var(--_track-width));
    }
    .row-value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      text-align: end;
      min-width: 4em;
    }
    /* Narrow (under 26rem, NarrowStateController): each track under its label and value.
       A custom state, not a container query: that made every list's style be recalculated
       inside layout, doubling a 50-list page's style and layout (decision 0016). */
    :host(:state(narrow)) .row {
      grid-template-columns: 1fr auto;
    }
    :host(:state(narrow)) .track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    /* Each track has its own line here: a line through the list would cross the labels above
       the tracks. */
    :host(:state(narrow)) .has-zero::before,
    :host(:state(narrow)) .has-target::after {
      display: none;
    }
    :host(:state(narrow)) .has-zero .track::before,
    :host(:state(narrow)) .has-target .track::after {
      content: '';
      position: absolute;
      z-index: 1;
      top: -0.25em;
      bottom: -0.25em;
      width: 2px;
      margin-left: -1px;
      background: var(--_text);
    }
    :host(:state(narrow)) .has-zero .track::before {
      left: calc(var(--_zero-at) * 100%);
    }
    :host(:state(narrow)) .has-target .track::after {
      left: calc(var(--_target-at) * 100%);
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
      .has-zero::before,
      .has-target::after,
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
