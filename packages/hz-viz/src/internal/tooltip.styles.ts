import { css } from 'lit';

/** The tooltips of the elements that have them (treemap cells, figures in an achievement card's text); a card has none.
 * Its own module: a `css` tag is kept wherever its module is imported, used or not. */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 18em;
    padding: 0.45em 0.65em;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.85em;
    font-weight: 400;
    line-height: 1.5;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
