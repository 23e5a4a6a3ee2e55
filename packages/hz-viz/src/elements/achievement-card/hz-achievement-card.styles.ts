import { css } from 'lit';
import { surfaceStyles } from '../../internal/surface.styles.js';
import { tooltipStyles } from '../../internal/tooltip.styles.js';
import { accentTokenStyles, honorTokenStyles } from '../../internal/colour-tokens.styles.js';
import { focusStyles } from '../../internal/focus.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const achievementCardStyles = [
  tokenStyles,
  focusStyles,
  accentTokenStyles,
  honorTokenStyles,
  surfaceStyles,
  tooltipStyles,
  css`
    :host {
      --_pending-height: 20em;
      container-type: inline-size;
      min-width: 14rem;
    }
    .card {
      display: grid;
      gap: calc(var(--_space) * 0.6);
      padding: calc(var(--_space) * 1.25);
    }
    .department {
      margin: 0;
      font-size: 0.85em;
      color: var(--_accent);
      font-weight: 600;
    }
    .title {
      margin: 0;
      font-size: 1.15em;
      font-weight: 700;
      line-height: 1.4;
    }
    .headlines {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .headline {
      display: grid;
    }
    .headline .number {
      font-size: 1.7em;
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
    .headline .unit,
    .headline .before {
      font-weight: 600;
      white-space: pre-wrap;
    }
    .headline .name {
      font-size: 0.82em;
      color: var(--_muted);
    }
    .text {
      margin: 0;
      line-height: 1.8;
    }
    .text.collapsed {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
    }
    .fig {
      position: relative;
    }
    mark {
      color: inherit;
      background: var(--_highlight);
      border-radius: 3px;
      padding: 0 0.1em;
      font-weight: 600;
      cursor: help;
    }
    mark.honor {
      background: none;
      color: var(--_gold);
      text-decoration: underline 2px;
      text-underline-offset: 3px;
    }
    .tooltip {
      left: 0;
      bottom: calc(100% + 6px);
      width: max-content;
      visibility: hidden;
    }
    .fig:hover .tooltip,
    .fig:focus-within .tooltip {
      visibility: visible;
    }
    .fig[data-dismissed] .tooltip {
      visibility: hidden;
    }
    .toggle {
      justify-self: start;
      font: inherit;
      font-size: 0.9em;
      color: var(--_accent);
      background: none;
      border: 0;
      padding: 0.2em 0;
      cursor: pointer;
      text-decoration: underline;
      text-underline-offset: 3px;
    }
    .honors {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @media (forced-colors: active) {
      mark {
        background: Mark;
        color: MarkText;
        forced-color-adjust: none;
      }
    }
  `,
];
