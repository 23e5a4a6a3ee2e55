import { css, unsafeCSS } from 'lit';
import { paletteCss } from '../../layout/treemap/palette.js';
import { surfaceStyles } from '../../internal/surface.styles.js';
import { tooltipStyles } from '../../internal/tooltip.styles.js';
import { accentTokenStyles } from '../../internal/colour-tokens.styles.js';
import { focusStyles } from '../../internal/focus.styles.js';
import { tokenStyles } from '../../internal/tokens.styles.js';

export const treemapStyles = [
  tokenStyles,
  focusStyles,
  accentTokenStyles,
  surfaceStyles,
  tooltipStyles,
  // Computed once from constants (no input reaches it): every family's tones for both schemes.
  unsafeCSS(paletteCss()),
  css`
    /* The layout lives inside the shadow root: a page's own display, width or height on the
       host (display:block; height:600px) sizes the chart instead of breaking it. */
    :host {
      --_pending-height: 100%;
      height: var(--hz-treemap-height, 460px);
      min-height: 240px;
      min-width: 280px;
    }
    .frame {
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      height: 100%;
    }
    /* Breadcrumb, legend and the table toggle share one row while they fit: the chart keeps the height. */
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 1em;
      margin-bottom: 0.4em;
    }
    .toggle {
      margin-inline-start: auto;
    }
    nav ol {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    nav li + li::before {
      content: '›';
      margin-inline-end: 0.25em;
      color: var(--_muted);
    }
    nav button,
    .toggle,
    th button {
      font: inherit;
      color: var(--_accent);
      background: none;
      border: 0;
      padding: 0.1em 0.2em;
      cursor: pointer;
      text-decoration: underline;
      text-underline-offset: 3px;
    }
    nav [aria-current] {
      font-weight: 700;
    }
    /* 0.1em: the bar is then a whole number of pixels tall (29 + 6 at 15px), so the chart's box is too, wherever it is measured (a server draws to it, decision 0024). */
    .toggle {
      border: 1px solid var(--_border);
      border-radius: 6px;
      padding: 0.1em 0.7em;
      text-decoration: none;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em 1em;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.85em;
      color: var(--_muted);
    }
    .swatch {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline-end: 0.3em;
      border-radius: 2px;
      vertical-align: -0.05em;
      background: var(--_cell);
      forced-color-adjust: none;
    }
    .chart {
      position: relative;
      min-height: 200px;
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .chart:focus-visible {
      outline: none;
    }
    /* The chart fills its box, scaled (viewBox, aspect kept) where the box is not the size it
       was drawn at: in print, or a server-rendered chart before a script lays it out again. */
    svg {
      position: absolute;
      inset: 0;
      display: block;
      width: 100%;
      height: 100%;
    }
    .cell {
      cursor: pointer;
    }
    .cell rect.fill {
      fill: var(--_cell);
      stroke: var(--_surface);
      stroke-width: 1;
    }
    /* The many small cells, one path per tone: no stroke, the layout's padding parts them. */
    path.leaves {
      fill: var(--_cell);
    }
    path.leaves,
    canvas {
      cursor: pointer;
    }
    /* Canvas: the picture is painted; the tree items over it carry names, ids and the focus ring. */
    .zoom:not(g),
    canvas,
    .item,
    .focus-ring:not(rect) {
      position: absolute;
    }
    .zoom:not(g) {
      inset: 0;
    }
    .focus-ring:not(rect) {
      box-sizing: border-box;
    }
    .chart:focus .active .focus-ring:not(rect) {
      border: 3px solid var(--_focus);
      outline: 1px solid var(--_surface);
      outline-offset: -4px;
    }
    /* Colour probes the canvas reads: styled like the SVG cells, changes announced by a transition. */
    .probes {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
    }
    .probes i {
      background: var(--_cell);
      color: var(--_ink);
      font-family: var(--_font);
      forced-color-adjust: none;
      transition: background-color 1ms, color 1ms;
    }
    .probes i.edge {
      color: var(--_surface);
    }
    .hatch {
      stroke: var(--_ink);
      stroke-opacity: 0.22;
      stroke-width: 1.5;
    }
    .focus-ring {
      fill: none;
      stroke: none;
      pointer-events: none;
    }
    .chart:focus-visible .active .focus-ring,
    .chart:focus .active .focus-ring {
      stroke: var(--_focus);
      stroke-width: 3;
    }
    .chart:focus-visible .active .focus-ring.inner {
      stroke: var(--_surface);
      stroke-width: 1;
    }
    text {
      pointer-events: none;
      font-family: var(--_font);
      fill: var(--_ink);
    }
    .header-text {
      font-weight: 700;
    }

    /* Standing on its cell (bottom, per cell: layout/treemap/geometry.ts tooltipPlace), over the
       inset box from the chart's top; taller than that box, it starts at the chart's top instead
       (align-self's fallback for an overflowing box), so the chart's edge never cuts it off. */
    .tooltip {
      top: 0;
      height: max-content;
      align-self: end;
    }
    .tooltip strong {
      display: block;
    }
    .tooltip .details {
      margin: 0.3em 0 0;
      padding-inline-start: 1.1em;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9em;
    }
    .table-wrap {
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    caption {
      text-align: start;
      padding: 0.4em 0.6em;
      color: var(--_muted);
    }
    th,
    td {
      padding: 0.3em 0.6em;
      border-bottom: 1px solid var(--_border);
      text-align: start;
    }
    td {
      white-space: nowrap;
    }
    td.number,
    th.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--_surface);
    }
    @media (prefers-reduced-motion: no-preference) {
      .cell rect.fill {
        transition: fill 150ms ease;
      }
    }
    @media (forced-colors: active) {
      .cell rect.fill,
      path.leaves {
        stroke: CanvasText;
      }
      .probes i.edge {
        color: CanvasText;
      }
      .chart:focus .active .focus-ring,
      .chart:focus .active .focus-ring:not(rect) {
        stroke: Highlight;
        border-color: Highlight;
      }
    }
    @media print {
      :host {
        height: auto;
      }
      .toggle,
      .tooltip {
        display: none;
      }
      .chart {
        height: 12cm;
        break-inside: avoid;
      }
    }
  `,
];
