import { nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { focusRings, labelBaseline, labelInset } from '../../layout/treemap/geometry.js';
import { hatchMarks } from '../../layout/treemap/palette.js';
import type { CellView, DepthLayer } from './treemap-view.js';


function patternDefs() {
  return svg`<defs>${hatchMarks.map(
    (d, i) => svg`<pattern id="hz-pattern-${i}" width="8" height="8" patternUnits="userSpaceOnUse"><path class="hatch" d=${d}></path></pattern>`,
  )}</defs>`;
}

/** A cell drawn as its own group: its fill, its label, and — at the navigable level — its tree item. */
function ownCell(c: CellView, active: boolean, family: number, patterns: boolean) {
  const { cell, label } = c;
  const width = Math.max(0, cell.x1 - cell.x0);
  const height = Math.max(0, cell.y1 - cell.y0);
  return svg`<g
    id=${c.domId}
    data-id=${cell.id}
    class="cell ${c.tone} ${active ? 'active' : ''}"
    transform="translate(${cell.x0},${cell.y0})"
    role=${c.navigable ? 'treeitem' : 'none'}
    aria-level=${c.navigable ? 1 : nothing}
    aria-label=${c.navigable ? c.spoken : nothing}
    aria-selected=${c.navigable ? String(active) : nothing}
    aria-expanded=${c.navigable && cell.drillable ? 'false' : nothing}
  >
    <rect class="fill" width=${width} height=${height}></rect>
    ${patterns ? svg`<rect width=${width} height=${height} fill="url(#hz-pattern-${family % hatchMarks.length})"></rect>` : nothing}
    ${label.lines.length > 0
      ? svg`<text aria-hidden="true" class=${cell.header ? 'header-text' : ''} font-size=${label.fontSize}>
          ${label.lines.map((line, i) => svg`<tspan x=${labelInset} y=${labelBaseline(label, i)}>${line}</tspan>`)}
          ${label.showValue && !cell.header ? svg`<tspan class="value-text" x=${labelInset} y=${labelBaseline(label, label.lines.length)}>${c.valueText}</tspan>` : nothing}
        </text>`
      : nothing}
  </g>`;
}

/**
 * The SVG renderer: depth by depth, the cells drawn as their own groups (keyed, so an update
 * patches them in place) and the rest as one path per tone, then the focus ring over everything.
 */
export function svgChart(layers: readonly DepthLayer[], size: { width: number; height: number }, active: CellView | undefined, patterns: boolean) {
  const ring = active ? focusRings(active.cell) : undefined;
  return svg`<svg role="none" width=${size.width} height=${size.height} viewBox="0 0 ${size.width} ${size.height}">
    ${patterns ? patternDefs() : nothing}
    <g class="zoom" role="none">
      ${repeat(
        layers,
        (layer) => layer.depth,
        (layer) => svg`<g role="none">
          ${repeat(layer.own, (c) => c.cell.id, (c) => ownCell(c, c === active, c.family, patterns))}
          ${layer.paths.map((p) => svg`<path class="leaves ${p.tone}" d=${p.d}></path>${patterns ? svg`<path d=${p.d} fill="url(#hz-pattern-${p.family % hatchMarks.length})"></path>` : nothing}`)}
        </g>`,
      )}
      ${ring
        ? svg`<g class="active" role="none"><rect class="focus-ring" x=${ring.outer.x} y=${ring.outer.y} width=${ring.outer.width} height=${ring.outer.height}></rect><rect class="focus-ring inner" x=${ring.inner.x} y=${ring.inner.y} width=${ring.inner.width} height=${ring.inner.height}></rect></g>`
        : nothing}
    </g>
  </svg>`;
}
