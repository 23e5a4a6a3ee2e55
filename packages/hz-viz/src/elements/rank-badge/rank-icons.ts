import type { HonorKind } from '@hz-viz/schema';
import { svg } from 'lit';

/** One small glyph per kind of honor, drawn in currentColor on a 16×16 grid. */
export const rankIcons: Readonly<Record<HonorKind, ReturnType<typeof svg>>> = {
  // A medal: ribbon and disc.
  position: svg`<path d="M5 1h2l1 4 1-4h2L9.5 6.2A4.5 4.5 0 1 1 6.5 6.2z" fill="currentColor" opacity=".45"/><circle cx="8" cy="10.5" r="4" fill="currentColor"/>`,
  // A flag: the first to do it.
  first: svg`<path d="M3 1.5v13M3 2h9l-2 3 2 3H3" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`,
  // A star: the only one.
  only: svg`<path d="M8 1l2.1 4.5 4.9.6-3.6 3.4.9 4.9L8 12 3.7 14.4l.9-4.9L1 6.1l4.9-.6z" fill="currentColor"/>`,
  // Stacked chevrons: a streak.
  streak: svg`<path d="M3 9l5-4 5 4M3 14l5-4 5 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><path d="M3 4l5-3 5 3" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" opacity=".5"/>`,
  // A trophy: top of the table.
  // A rising line to a peak: better than ever before.
  record: svg`<path d="M1.5 13.5l4-4 3 2.5 6-8M10.5 4h4v4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  top: svg`<path d="M4 1.5h8v3.5a4 4 0 0 1-8 0zM4 3H1.5a2.5 2.5 0 0 0 2.6 3M12 3h2.5a2.5 2.5 0 0 1-2.6 3M8 9v3M5 14.5h6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
};
