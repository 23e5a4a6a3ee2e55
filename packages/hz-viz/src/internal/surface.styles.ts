import { css } from 'lit';

/** The framed card every card-like element draws, and the dark tooltip bubble they share. */
export const surfaceStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
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
    .card {
      border-color: CanvasText;
    }
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
