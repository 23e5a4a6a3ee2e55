import { css } from 'lit';
import { accentTokenStyles } from '../../internal/colour-tokens.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const metricBarStyles = [
  tokenStyles,
  accentTokenStyles,
  css`
    :host {
      --_pending-height: 5.4em;
      min-width: 8rem;
    }
    .head {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.75em;
      margin-bottom: 0.3em;
    }
    .label {
      color: var(--_muted);
    }
    .value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .track {
      position: relative;
      height: 0.75em;
      border-radius: 999px;
      background: var(--_subtle);
      outline: 1px solid transparent;
    }
    .bar,
    .over {
      position: absolute;
      top: 0;
      bottom: 0;
      border-radius: 999px;
      background: var(--_accent);
    }
    .over {
      background: repeating-linear-gradient(135deg, var(--_accent) 0 4px, color-mix(in srgb, var(--_accent) 55%, var(--_surface)) 4px 8px);
      border-radius: 0 999px 999px 0;
    }
    .tone-good .bar {
      background: var(--_good);
    }
    .tone-bad .bar {
      background: var(--_bad);
    }
    .marker {
      position: absolute;
      top: -0.3em;
      bottom: -0.3em;
      width: 2px;
      margin-left: -1px;
      background: var(--_text);
    }
    .scale {
      display: flex;
      justify-content: space-between;
      margin-top: 0.2em;
      font-size: 0.75em;
      color: var(--_muted);
      position: relative;
      height: 1.4em;
    }
    .scale .target {
      position: absolute;
      transform: translateX(-50%);
    }
    .caption {
      margin: 0.25em 0 0;
      font-size: 0.85em;
      color: var(--_muted);
    }
    @media (prefers-reduced-motion: no-preference) {
      .bar,
      .over {
        transition: left 300ms ease, width 300ms ease;
      }
    }
    @media (forced-colors: active) {
      .track {
        outline-color: CanvasText;
      }
      .bar,
      .tone-good .bar,
      .tone-bad .bar {
        background: Highlight;
        forced-color-adjust: none;
      }
      .over {
        background: Highlight;
        forced-color-adjust: none;
      }
      .marker {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
];
