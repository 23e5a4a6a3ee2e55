import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../internal/style-properties.js';
import { labelBaseline, labelInset } from '../../layout/treemap/geometry.js';
import { hatchMarks } from '../../layout/treemap/palette.js';
import type { Cell } from '../../layout/treemap/squarify.js';
import type { ChartModel } from './treemap-model.js';
import type { CellView, CellViews } from './treemap-view.js';

/** The colours a canvas paints with, read from the same CSS the SVG cells use. */
export interface CanvasPalette {
  readonly fills: ReadonlyMap<string, string>;
  readonly ink: string;
  readonly edge: string;
  /** The labels' font family, as the SVG text's. */
  readonly font: string;
}

/**
 * Hidden probes, one per tone on the chart (keyed, so a probe never changes tone), styled like the
 * SVG cells (`--_cell`, `--_ink`, `--_surface`): the canvas reads their computed colours, so page
 * tokens, `theme` and dark mode reach it as they reach SVG. Their 1 ms transition ends when a
 * colour has changed, which tells the painter to paint again.
 */
export function paletteProbes(tones: readonly string[], colourChanged: () => void) {
  return html`<div class="probes" aria-hidden="true" @transitionend=${colourChanged}>${repeat(
    tones,
    (tone) => tone,
    (tone) => html`<i data-tone=${tone} class=${tone}></i>`,
  )}<i class="edge"></i></div>`;
}

/** What the canvas shows: the chart's cells and their views, its box, and whether families are hatched. */
export interface CanvasPicture extends Pick<ChartModel, 'cells' | 'views' | 'width' | 'height'> {
  readonly patterns: boolean;
}

/** What a paint depends on besides the chart: the canvas, the hatches, the pixel ratio and the colours. */
interface PaintInputs {
  readonly cells: readonly Cell[];
  readonly views: CellViews;
  readonly canvas: HTMLCanvasElement;
  readonly patterns: boolean;
  readonly ratio: number;
  readonly palette: string;
}

/**
 * Paints the element's canvas after every update whose picture differs from the last one painted:
 * a new chart, a new canvas element, `patterns`, the screen's pixel ratio (zoom, another monitor),
 * the colours (read from the probes each time) or a web font that finished loading.
 */
export class CanvasPainter implements ReactiveController {
  private last?: PaintInputs;
  /** The last paint order: a resize draws the same cells in another box, in the same order. */
  private order: readonly FillLayer[] = [];
  private ratioQuery?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode; readonly isUpdatePending: boolean },
    private readonly picture: () => CanvasPicture | undefined,
  ) {
    host.addController(this);
  }

  /** Forget the last paint and update: the next update paints again. */
  readonly changed = (): void => {
    this.last = undefined;
    this.host.requestUpdate();
  };

  private readonly ratioChanged = (): void => {
    this.watchRatio();
    this.changed();
  };

  private watchRatio(): void {
    this.ratioQuery?.removeEventListener('change', this.ratioChanged);
    this.ratioQuery = matchMedia(`(resolution: ${globalThis.devicePixelRatio || 1}dppx)`);
    this.ratioQuery.addEventListener('change', this.ratioChanged);
  }

  hostConnected(): void {
    this.watchRatio();
    document.fonts?.addEventListener('loadingdone', this.changed);
  }

  hostDisconnected(): void {
    this.ratioQuery?.removeEventListener('change', this.ratioChanged);
    document.fonts?.removeEventListener('loadingdone', this.changed);
  }

  hostUpdated(): void {
    // Another update is already due (the box controller found the chart's box changed): paint
    // once, after it, not a picture that is about to be replaced.
    if (this.host.isUpdatePending) return;
    const picture = this.picture();
    const canvas = this.host.renderRoot.querySelector('canvas');
    const probes = this.host.renderRoot.querySelector('.probes');
    if (!picture || !canvas || !probes) return;
    const palette = readPalette(probes);
    const inputs: PaintInputs = { cells: picture.cells, views: picture.views, canvas, patterns: picture.patterns, ratio: globalThis.devicePixelRatio || 1, palette: JSON.stringify([...palette.fills, palette.ink, palette.edge, palette.font]) };
    const last = this.last;
    if (last && (Object.keys(inputs) as (keyof PaintInputs)[]).every((key) => last[key] === inputs[key])) return;
    if (!paintsInOrder(this.order, picture.cells, picture.views)) this.order = fillLayers(picture.cells, picture.views);
    paintCanvas(canvas, picture, this.order, palette);
    this.last = inputs;
  }
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
          style=${styleProperties({ left: `${c.cell.x0}px`, top: `${c.cell.y0}px`, width: `${c.cell.x1 - c.cell.x0}px`, height: `${c.cell.y1 - c.cell.y0}px` })}
        ></div>`,
  )}${ring ? html`<div class="active"><div class="focus-ring" style=${styleProperties({ left: `${ring.x0}px`, top: `${ring.y0}px`, width: `${ring.x1 - ring.x0}px`, height: `${ring.y1 - ring.y0}px` })}></div></div>` : nothing}`;
}

/**
 * Paints the cells in `order` (`fillLayers`): depth by depth (children over parents), each depth's
 * fills batched per colour, then the edges and labels of the cells the SVG renderer draws as their
 * own groups. Sharp on high-DPI screens: the backing store is `devicePixelRatio` times the CSS size.
 */
export function paintCanvas(canvas: HTMLCanvasElement, picture: CanvasPicture, order: readonly FillLayer[], palette: CanvasPalette): void {
  const { cells, views, width, height, patterns } = picture;
  const ratio = globalThis.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  const hatches = patterns ? hatchMarks.map((d) => hatch(context, d, palette.ink)) : [];
  let next = 0;
  const small = smallCellArea / (ratio * ratio);
  for (const layer of order) next = paintDepth(context, cells, views.own, next, layer, palette, hatches, small);
}

/** A canvas's fills of one tone at one depth: the cells' indices. */
export interface ToneFill {
  readonly tone: string;
  readonly family: number;
  readonly cells: Uint32Array;
}

/** One depth of a canvas chart: the cells [start, end) and their fills, one per tone. */
export interface FillLayer {
  readonly start: number;
  readonly end: number;
  readonly fills: readonly ToneFill[];
}

/**
 * The canvas's paint order: depth by depth (children over parents), each depth's cells grouped by
 * tone so that each colour is set and filled once. It depends on which cells there are and their
 * tones, not on where they lie, so a resize keeps it (`paintsInOrder`).
 */
export function fillLayers(cells: readonly Cell[], views: CellViews): FillLayer[] {
  const layers: FillLayer[] = [];
  let start = 0;
  while (start < cells.length) {
    const depth = cells[start]!.depth;
    let end = start;
    const byTone = new Map<string, { family: number; cells: number[] }>();
    for (; end < cells.length && cells[end]!.depth === depth; end++) {
      const tone = views.tones[end]!;
      let fill = byTone.get(tone);
      if (!fill) byTone.set(tone, (fill = { family: views.families[end]!, cells: [] }));
      fill.cells.push(end);
    }
    layers.push({ start, end, fills: [...byTone].map(([tone, { family, cells }]) => ({ tone, family, cells: Uint32Array.from(cells) })) });
    start = end;
  }
  return layers;
}

/**
 * Whether `layers` is still the paint order of `cells`: the same number of cells, each depth where
 * it was, every cell of the tone it was filled with. Comparing costs a fraction of grouping again.
 */
export function paintsInOrder(layers: readonly FillLayer[], cells: readonly Cell[], views: CellViews): boolean {
  if (layers.at(-1)?.end !== cells.length) return false;
  for (const { start, end, fills } of layers) {
    // Cells come breadth-first, depth never falling: a depth starts and ends where it did.
    const depth = cells[start]!.depth;
    if (cells[end - 1]!.depth !== depth || cells[end]?.depth === depth) return false;
    for (const { tone, cells: indices } of fills) for (const i of indices) if (views.tones[i] !== tone) return false;
  }
  return true;
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

/** Below this many device pixels a cell is filled as part of its tone's path rather than on its own (`fillCells`). */
const smallCellArea = 4;

/**
 * Fills the cells at `indices` with one style. A large cell is a rectangle of its own, which Skia
 * fills directly; the small ones (the many tiny leaves of a big tree) go into one path, filled
 * once. A fillRect is a draw to record and set up however few pixels it covers; a path is cheap
 * to record, but Skia's scan converter costs more the more area it covers. Split so, a
 * 10,000-leaf chart's fills took 0.7× the time of a fillRect each and 0.65–0.8× that of one path
 * (docs/decisions/0014, 2026-11-29).
 */
function fillCells(context: CanvasRenderingContext2D, cells: readonly Cell[], indices: Uint32Array, style: string | CanvasPattern, small: number): void {
  context.fillStyle = style;
  context.beginPath();
  let path = false;
  for (const i of indices) {
    const cell = cells[i]!;
    const width = cell.x1 - cell.x0;
    const height = cell.y1 - cell.y0;
    // Nothing to fill (a cell its parent's padding took whole): not even an empty contour.
    if (!(width > 0 && height > 0)) continue;
    if (width * height < small) {
      context.rect(cell.x0, cell.y0, width, height);
      path = true;
    } else context.fillRect(cell.x0, cell.y0, width, height);
  }
  if (path) context.fill();
}

/**
 * Paints one depth's fills, then the edges and labels of its cells drawn as their own (`own` from
 * `next` on); returns the next own view. `small`: the area in CSS pixels below which a cell joins
 * its tone's path.
 */
function paintDepth(context: CanvasRenderingContext2D, cells: readonly Cell[], own: readonly CellView[], next: number, layer: FillLayer, palette: CanvasPalette, hatches: readonly (CanvasPattern | null)[], small: number): number {
  // One fill colour at a time, set once for all its cells at this depth (and once more its hatch).
  for (const { tone, family, cells: indices } of layer.fills) {
    fillCells(context, cells, indices, palette.fills.get(tone) ?? palette.ink, small);
    const pattern = hatches[family % hatches.length];
    if (pattern) fillCells(context, cells, indices, pattern, small);
  }
  context.strokeStyle = palette.edge;
  context.lineWidth = 1;
  context.fillStyle = palette.ink;
  context.textBaseline = 'alphabetic';
  for (; next < own.length && own[next]!.index < layer.end; next++) {
    const c = own[next]!;
    const { cell, label } = c;
    context.strokeRect(cell.x0, cell.y0, cell.x1 - cell.x0, cell.y1 - cell.y0);
    if (label.lines.length === 0) continue;
    context.font = `${cell.header ? '700 ' : ''}${label.fontSize}px ${palette.font}`;
    label.lines.forEach((line, n) => context.fillText(line, cell.x0 + labelInset, cell.y0 + labelBaseline(label, n)));
    if (label.showValue && !cell.header) context.fillText(c.valueText, cell.x0 + labelInset, cell.y0 + labelBaseline(label, label.lines.length));
  }
  return next;
}
