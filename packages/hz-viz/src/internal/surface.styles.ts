import { css } from 'lit';

/** The framed card every card-like element draws (the tooltip bubble some share: tooltip.styles.ts). */
export const surfaceStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
