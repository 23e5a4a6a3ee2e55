import { css } from 'lit';
import { surfaceStyles } from '../../internal/surface.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';
import { trendStyles } from '../../internal/trend.styles.js';

export const metricCardStyles = [
  tokenStyles,
  surfaceStyles,
  trendStyles,
  css`
    :host {
      /* About the drawn card's height, held while the report loads: nothing moves when it arrives. */
      --_pending-height: 8.1em;
      min-width: 10rem;
    }
    .card {
      display: grid;
      gap: calc(var(--_space) * 0.35);
      align-content: start;
      height: 100%;
      padding: var(--_space) calc(var(--_space) * 1.25);
    }
    .top {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    ::slotted([slot='icon']) {
      width: 1.5em;
      height: 1.5em;
      flex: none;
    }
    .label {
      margin: 0;
      color: var(--_muted);
      font-size: 0.95em;
      font-weight: 500;
    }
    .value {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.1em;
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
    .after {
      font-size: 1.05em;
      font-weight: 600;
      /* English parts carry their own spaces ("148 million" + " t"); keep them. */
      white-space: pre-wrap;
    }
    .period {
      margin: 0;
      font-size: 0.85em;
      color: var(--_muted);
    }
    .period::before {
      content: '◷ ';
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 0.75em;
    }
    .caption {
      margin: 0;
      padding-top: calc(var(--_space) * 0.35);
      border-top: 1px solid var(--_border);
      font-size: 0.85em;
      color: var(--_muted);
    }
    :host([size='compact']) .card {
      padding: calc(var(--_space) * 0.6) var(--_space);
      gap: 0.15em;
    }
    :host([size='compact']) .number {
      font-size: 1.6em;
    }
    @container (max-width: 14rem) {
      .number {
        font-size: 1.7em;
      }
      .card {
        padding: calc(var(--_space) * 0.75);
      }
    }
  `,
];
