import { css } from 'lit';

/** The arrow-and-words change shared by cards, bars and lists: tone is never colour alone. */
export const trendStyles = css`
  .trend {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin: 0;
    font-weight: 600;
    font-size: 0.95em;
  }
  .trend .arrow {
    font-size: 0.8em;
  }
  .tone-good {
    color: var(--_good);
  }
  .tone-bad {
    color: var(--_bad);
  }
  .tone-neutral {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .trend {
      color: CanvasText;
    }
  }
`;

export const arrows = { up: '▲', down: '▼', flat: '▶' } as const;
