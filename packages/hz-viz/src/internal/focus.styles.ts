import { css } from 'lit';

/**
 * The focus ring, for the elements with something to focus in their shadow root (the treemap,
 * the bar list, the achievement card, the rank badge): a card or a bar has nothing focusable of its
 * own (what its slots hold is styled by the page), so it does not carry these rules (decision 0020).
 */
export const focusStyles = css`
  :host {
    --_focus: var(--hz-color-focus, light-dark(#0b5cad, #6cb6ff));
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
