import { html, nothing } from 'lit';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import { styleProperties } from '../../internal/style-properties.js';
import type { SizeRule } from '../../layout/treemap/tree.js';
import type { TreemapInteraction } from './treemap-interaction.js';
import type { TableInputs } from './treemap-table.js';
import type { ChartModel } from './treemap-model.js';
import { svgChart } from './treemap-svg.js';
import type { TooltipView } from './treemap-tooltip.js';
import { tooltip } from './treemap-tooltip.js';
import type { CellView } from './treemap-view.js';

export interface ChartAreaInputs {
  readonly chart: ChartModel;
  readonly active: CellView | undefined;
  readonly tooltip: TooltipView | undefined;
  /** The tree's accessible name: what it is, where you are, how to drill. */
  readonly label: string;
  readonly rule: SizeRule | undefined;
  readonly patterns: boolean;
  readonly messages: Messages;
  readonly interaction: TreemapInteraction;
  /** The canvas renderer once it has loaded (the tree items over it and its colour probes), `failed` if it could not be. */
  readonly canvas: CanvasDrawing | 'failed' | undefined;
}

export interface CanvasDrawing {
  readonly draw: typeof import('./treemap-canvas.js');
  /** A colour probe saw the palette change: the canvas paints again. */
  readonly colourChanged: () => void;
}

/**
 * The chart area, the one tab stop: the SVG renderer's cells, or a canvas with tree items over it
 * and the probes its colours come from, and the tooltip, which both share.
 */
export function chartArea({ chart, active, tooltip: tip, label, rule, patterns, messages, interaction: on, canvas }: ChartAreaInputs) {
  // Without its renderer a canvas chart cannot be drawn; the table view still shows the tree.
  if (chart.renderer === 'canvas' && canvas === 'failed') return html`<p class="status" role="alert">${messages.canvasFailed}</p>`;
  return html`<div
    part="base"
    class="chart"
    role="tree"
    tabindex="0"
    aria-label=${label}
    aria-activedescendant=${active?.domId ?? nothing}
    @keydown=${on.onKeydown}
    @click=${on.onClick}
    @pointermove=${on.onPointerMove}
    @pointerleave=${on.onPointerLeave}
    @focus=${on.onFocus}
    @blur=${on.onBlur}
  >
    ${chart.renderer === 'svg'
      ? svgChart(chart.layers, chart, active, patterns)
      : html`<div class="zoom"><canvas aria-hidden="true" style=${styleProperties({ width: `${chart.width}px`, height: `${chart.height}px` })}></canvas></div>
          ${canvas && canvas !== 'failed' ? html`${canvas.draw.canvasItems(chart.navigable, active)}${canvas.draw.paletteProbes(chart.views.used, canvas.colourChanged)}` : nothing}`}
    ${tip ? tooltip(tip, rule, messages) : nothing}
  </div>`;
}

/**
 * The table view's area: the table once its module has loaded (it is imported the first time the
 * table shows), a quiet placeholder until then, and an alert if it could not be loaded.
 */
export function tableArea(table: typeof import('./treemap-table.js') | 'failed' | undefined, inputs: () => TableInputs, messages: Messages) {
  return html`<div class="table-wrap" part="table">
    ${typeof table === 'object'
      ? table.tableView(inputs())
      : table === 'failed'
        ? html`<p class="status" role="alert">${messages.tableFailed}</p>`
        : html`<p class="status">${messages.loading}</p>`}
  </div>`;
}
