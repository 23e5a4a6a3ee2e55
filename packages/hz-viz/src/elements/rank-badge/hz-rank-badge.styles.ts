import { css } from 'lit';
import { accentTokenStyles, honorTokenStyles } from '../../internal/colour-tokens.styles.js';
import { focusStyles } from '../../internal/focus.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const rankBadgeStyles = [
  tokenStyles,
  focusStyles,
  accentTokenStyles,
  honorTokenStyles,
  css`
    :host {
      --_pending-height: 1.6em;
      display: inline-block;
      vertical-align: middle;
      line-height: 1.3;
      max-width: 100%;
    }
    /* An inline placeholder one badge high: text around it keeps its line. */
    .status {
      padding: 0 0.5em;
    }
    .badge {
      --_tone: var(--_accent);
      display: inline-flex;
      /* A long label in a narrow column wraps under the honor, not one character per line. */
      flex-wrap: wrap;
      max-width: 100%;
      box-sizing: border-box;
      align-items: center;
      gap: 0.1em 0.35em;
      padding: 0.2em 0.65em 0.2em 0.45em;
      border: 1.5px solid var(--_tone);
      /* A pill on one line; a rounded box, not an ellipse, when it wraps. */
      border-radius: 0.9em;
      color: var(--_tone);
      background: var(--_surface);
      font-size: 0.875em;
      font-weight: 600;
      white-space: nowrap;
      font: inherit;
      font-size: 0.875em;
    }
    button.badge {
      cursor: pointer;
    }
    .tier-gold { --_tone: var(--_gold); }
    .tier-silver { --_tone: var(--_silver); }
    .tier-bronze { --_tone: var(--_bronze); }
    /* National honors are filled, provincial outlined, the rest quiet: scope reads at a glance. */
    .scope-nation {
      background: var(--_tone);
      color: var(--_surface);
    }
    .scope-city,
    .scope-county,
    .scope-group {
      border-style: dashed;
    }
    .icon {
      display: inline-flex;
      width: 1.1em;
      height: 1.1em;
    }
    .icon svg {
      width: 100%;
      height: 100%;
    }
    .label {
      font-weight: 400;
      color: var(--_text);
      white-space: normal;
      max-width: 100%;
    }
    .scope-nation .label {
      color: inherit;
    }
    :host([compact]) .badge {
      padding: 0.1em 0.45em 0.1em 0.35em;
      gap: 0.2em;
      font-size: 0.78em;
      /* A compact badge has no label to wrap under the honor: in a narrow card its words wrap
         beside the icon ("No. 1 in the / province"), rather than leaving the icon alone above. */
      flex-wrap: nowrap;
    }
    :host([compact]) [part='text'] {
      white-space: normal;
      min-width: 0;
    }
    @media (forced-colors: active) {
      .badge,
      .scope-nation {
        border-color: CanvasText;
        color: CanvasText;
        background: Canvas;
        forced-color-adjust: none;
      }
    }
  `,
];
