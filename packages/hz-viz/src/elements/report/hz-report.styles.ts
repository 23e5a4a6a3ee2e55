import { css } from 'lit';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const reportStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
    }
    .status,
    .problems {
      margin-block-end: var(--_space);
    }
  `,
];
