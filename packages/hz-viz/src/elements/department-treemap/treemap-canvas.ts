import { html, nothing } from 'lit';
import { styleProperties } from '../../internal/style-properties.js';
import { labelBaseline, labelInset } from '../../layout/treemap/geometry.js';
import { hatchMarks } from '../../layout/treemap/palette.js';
import type { CellView } from './treemap-view.js';

/** The colours a canvas paints with, read from the same CSS the SVG cells use. */
export interface CanvasPalette {
  readonly fills: ReadonlyMap<string, string>;
  readonly ink: string;
  readonly edge: string;
  /** The labels' font family, as the SVG text's. */
  readonly font: string;
}

/**
 * Hidden probes, one per tone on the chart, styled like the SVG cells (`--_cell`, `--_ink`,
 * `--_surface`): the canvas reads their computed colours, so page tokens, `theme`, dark mode and
 * forced colours reach it as they reach SVG. Their 1 ms transition fires `transitionrun` when a
 * colour changes, which tells the element to repaint.
 */
export function paletteProbes(tones: readonly string[]) {
  return html`<div class="probes" aria-hidden="true">${tones.map((tone) => html`<i data-tone=${tone} class=${tone}></i>`)}<i class="edge"></i></div>`;
}

export function readPalette(probes: Element): CanvasPalette {
  const fills = new Map<string, string>();
  let ink = '#000';
  let edge = '#fff';
  let font = 'sans-serif';
  for (const probe of probes.children) {
    const style = getComputedStyle(probe);
    const tone = (probe as HTMLElement).dataset.tone;
    if (tone) {
      fills.set(tone, style.backgroundColor);
      ink = style.color;
      font = style.fontFamily;
    } else edge = style.color;
  }
  return { fills, ink, edge, font };
}

/**
 * The tree items over a canvas: transparent boxes at the navigable cells, carrying the same
 * roles, names and ids as the SVG groups, and the focus ring of the active one.
 */
export function canvasItems(navigable: readonly CellView[], active: CellView | undefined) {
  const ring = active?.cell;
  return html`${navigable.map(
    (c) =>
      html`<div
          id=${c.domId}
          data-id=${c.cell.id}
          class="item"
          role="treeitem"
          aria-level="1"
          aria-label=${c.spoken}
          aria-selected=${String(c === active)}
          aria-expanded=${c.cell.drillable ? 'false' : nothing}
          ${styleProperties({ left: `${c.cell.x0}px`, top: `${c.cell.y0}px`, width: `${c.cell.x1 - c.cell.x0}px`, height: `${c.cell.y1 - c.cell.y0}px` })}
        ></div>`,
  )}${ring ? html`<div class="active"><div class="focus-ring" ${styleProperties({ left: `${ring.x0}px`, top: `${ring.y0}px`, width: `${ring.x1 - ring.x0}px`, height: `${ring.y1 - ring.y0}px` })}></div></div>` : nothing}`;
}

/**
 * Paints the cells: depth by depth (children over parents), each depth's fills batched per
 * colour, then the edges and labels of the cells the SVG renderer draws as their own groups.
 * Sharp on high-DPI screens: the backing store is `devicePixelRatio` times the CSS size.
 */
export function paintCanvas(canvas: HTMLCanvasElement, views: readonly CellView[], size: { width: number; height: number }, palette: CanvasPalette, patterns: boolean): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const pixelWidth = Math.round(size.width * ratio);
  const pixelHeight = Math.round(size.height * ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  const hatches = patterns ? hatchMarks.map((d) => hatch(context, d, palette.ink)) : [];
  let start = 0;
  while (start < views.length) {
    const depth = views[start]!.cell.depth;
    let end = start;
    while (end < views.length && views[end]!.cell.depth === depth) end++;
    paintDepth(context, views, start, end, palette, hatches);
    start = end;
  }
}

/** A family's hatch as a repeating 8×8 pattern, the SVG `<pattern>`'s twin (`.hatch` in the styles). */
function hatch(context: CanvasRenderingContext2D, d: string, ink: string): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const pen = tile.getContext('2d');
  if (!pen) return null;
  pen.strokeStyle = ink;
  pen.globalAlpha = 0.22;
  pen.lineWidth = 1.5;
  pen.stroke(new Path2D(d));
  return context.createPattern(tile, 'repeat');
}

function paintDepth(context: CanvasRenderingContext2D, views: readonly CellView[], start: number, end: number, palette: CanvasPalette, hatches: readonly (CanvasPattern | null)[]): void {
  // One fill colour at a time: the cells of each tone, as plain rectangles (cheaper than a path).
  const byTone = new Map<string, number[]>();
  for (let i = start; i < end; i++) {
    const { tone } = views[i]!;
    let members = byTone.get(tone);
    if (!members) byTone.set(tone, (members = []));
    members.push(i);
  }
  for (const [tone, members] of byTone) {
    context.fillStyle = palette.fills.get(tone) ?? palette.ink;
    for (const i of members) {
      const { cell } = views[i]!;
      context.fillRect(cell.x0, cell.y0, cell.x1 - cell.x0, cell.y1 - cell.y0);
    }
    const pattern = hatches[views[members[0]!]!.family % hatches.length];
    if (pattern) {
      context.fillStyle = pattern;
      for (const i of members) {
        const { cell } = views[i]!;
        context.fillRect(cell.x0, cell.y0, cell.x1 - cell.x0, cell.y1 - cell.y0);
      }
    }
  }
  context.strokeStyle = palette.edge;
  context.lineWidth = 1;
  context.fillStyle = palette.ink;
  context.textBaseline = 'alphabetic';
  for (let i = start; i < end; i++) {
    const c = views[i]!;
    if (!c.own) continue;
    const { cell, label } = c;
    context.strokeRect(cell.x0, cell.y0, cell.x1 - cell.x0, cell.y1 - cell.y0);
    if (label.lines.length === 0) continue;
    context.font = `${cell.header ? '700 ' : ''}${label.fontSize}px ${palette.font}`;
    label.lines.forEach((line, n) => context.fillText(line, cell.x0 + labelInset, cell.y0 + labelBaseline(label, n)));
    if (label.showValue && !cell.header) context.fillText(c.valueText, cell.x0 + labelInset, cell.y0 + labelBaseline(label, label.lines.length));
  }
}
