import type { Locale } from '@hz-viz/schema';
import { formatYuan, groupedNumber } from '@hz-viz/schema';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import type { LabelFit, MeasureText } from '../../layout/treemap/labels.js';
import { fitLabel } from '../../layout/treemap/labels.js';
import { cellTone, toneClass } from '../../layout/treemap/palette.js';
import { rectsPath } from '../../layout/treemap/geometry.js';
import type { Cell } from '../../layout/treemap/squarify.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';

/**
 * A cell drawn as its own (SVG: its own group), with everything a renderer needs: no layout or
 * formatting happens in render(). Only navigable and labelled cells get one; the rest — most
 * cells of a large tree — are painted from `CellViews.tones`, grouped by tone (SVG: one path per
 * tone and depth; canvas: one fill style per tone and depth).
 */
export interface CellView {
  readonly cell: Cell;
  /** The cell's place among the chart's cells. */
  readonly index: number;
  /** The element id of the cell's group or tree item. */
  readonly domId: string;
  readonly name: string;
  /** The palette class its fill and label colour come from (layout/treemap/palette.ts). */
  readonly tone: string;
  /** Its colour family: the index of its top-level ancestor. */
  readonly family: number;
  readonly label: LabelFit;
  /** Its size said with the rule. */
  readonly valueText: string;
  /** Said when the cell is focused: 市经信局，5 项举措，第 2 / 14. Empty below the navigable level. */
  readonly spoken: string;
  readonly navigable: boolean;
}

/**
 * Every cell's colour, by cell index, and the views of the cells drawn as their own. A view
 * object for each of 10,000 cells took about 5 ms of a 50 ms canvas resize to build, and more
 * for the garbage collector to copy: the colours are two arrays instead.
 */
export interface CellViews {
  /** Each cell's palette class, by cell index. */
  readonly tones: readonly string[];
  /** Every palette class on the chart, once each: the canvas's colour probes. */
  readonly used: readonly string[];
  /** Each cell's colour family (the index of its top-level ancestor), by cell index. */
  readonly families: readonly number[];
  /** The navigable and the labelled cells, in cell order. */
  readonly own: readonly CellView[];
}

export const headerHeight = 20;

export function nodeName(node: TreeNode, locale: Locale): string {
  return locale === 'en' ? (node.nameEn ?? node.name) : node.name;
}

/** A node's size said with its rule: 5 项举措, 265.8亿元, 12. */
export function sizeText(value: number, rule: SizeRule | undefined, locale: Locale, messages: Messages): string {
  if (rule === 'money') return formatYuan(value, locale);
  if (rule) return messages.countOf[rule](value);
  return groupedNumber(value);
}

/** Stable DOM ids for cells: schema ids may hold characters an id reference dislikes. */
export function cellDomId(index: number): string {
  return `cell-${index}`;
}

/**
 * What cell views cost to compute, kept between updates and keyed by their inputs: a fitted label
 * by name, size and kind, a size's text by value. An update or a resize of 10,000 cells mostly
 * hits the memo. The element makes a new memo when the language, size rule or font changes.
 */
export class CellViewMemo {
  private readonly labels = new Map<string, LabelFit>();
  private readonly sizes = new Map<number, string>();

  constructor(
    private readonly rule: SizeRule | undefined,
    private readonly locale: Locale,
    private readonly messages: Messages,
    private readonly measure: MeasureText,
    private readonly measureVersion: number,
  ) {}

  /** Whole pixels: a label fitted to the floor of the box still fits the box. */
  label(name: string, width: number, height: number, header: boolean): LabelFit {
    const w = Math.floor(width);
    const h = Math.floor(header ? Math.min(height, headerHeight + 2) : height);
    const key = `${header ? 'h' : 'c'}${w}x${h}|${name}`;
    let fit = this.labels.get(key);
    if (!fit) {
      // A header's label is set a size smaller (12 px) than a cell's (fitLabel's 13).
      fit = fitLabel(name, { width: w, height: h }, this.measure, header ? 12 : undefined);
      // The value line shows only when it fits too; it is always in the tooltip and the table.
      if (this.labels.size > 50_000) this.labels.clear();
      this.labels.set(key, fit);
    }
    return fit;
  }

  sizeText(value: number): string {
    let text = this.sizes.get(value);
    if (text === undefined) {
      text = sizeText(value, this.rule, this.locale, this.messages);
      if (this.sizes.size > 50_000) this.sizes.clear();
      this.sizes.set(value, text);
    }
    return text;
  }

  matches(rule: SizeRule | undefined, locale: Locale, messages: Messages, measureVersion: number): boolean {
    return rule === this.rule && locale === this.locale && messages === this.messages && measureVersion === this.measureVersion;
  }
}

/** The smallest box any label fits in (two 11 px characters plus insets): smaller cells skip fitting. */
const labelMinimum = { width: 30, height: 21 };
const hidden: LabelFit = { lines: [], fontSize: 13, lineHeight: 16, showValue: false };

export function cellViews(cells: readonly Cell[], families: readonly string[], locale: Locale, messages: Messages, memo: CellViewMemo, measure: MeasureText): CellViews {
  const familyIndex = new Map(families.map((id, i) => [id, i]));
  const navigableCount = cells.filter((cell) => cell.depth === 1).length;
  let position = 0;
  // Cells come breadth-first, siblings next to each other and sharing one ancestor list: a cell's
  // place among its siblings is one more than the cell before it, or 0 where a new family starts.
  let member = -1;
  let siblingsOf: readonly string[] | undefined;
  const separator = locale === 'en' ? ', ' : '，';
  const toneNames: string[][] = [];
  const tones: string[] = [];
  const familyOf: number[] = [];
  const own: CellView[] = [];
  cells.forEach((cell, index) => {
    member = cell.ancestors === siblingsOf ? member + 1 : 0;
    siblingsOf = cell.ancestors;
    // Its colour family: its top-level ancestor's, or its own at the top.
    const family = familyIndex.get(cell.ancestors[1] ?? cell.id) ?? 0;
    const shade = cellTone(cell.depth, member);
    const tone = ((toneNames[family] ??= [])[shade] ??= toneClass(family, shade));
    tones.push(tone);
    familyOf.push(family);
    const width = cell.x1 - cell.x0;
    const height = cell.y1 - cell.y0;
    const navigable = cell.depth === 1;
    // A branch's label goes in its header band; without a band its children cover it, so none.
    const labelled = width >= labelMinimum.width && height >= labelMinimum.height && (cell.header || !cell.branch);
    const name = nodeName(cell.node, locale);
    const fitted = labelled ? memo.label(name, width, height, cell.header) : hidden;
    if (!navigable && fitted.lines.length === 0) return;
    const valueText = memo.sizeText(cell.value);
    const label = fitted.showValue && measure(valueText, fitted.fontSize) > width - 8 ? { ...fitted, showValue: false } : fitted;
    const spoken = navigable ? [name, valueText, messages.position(++position, navigableCount)].join(separator) : '';
    own.push({ cell, index, domId: cellDomId(index), name, tone, family, label, valueText, spoken, navigable });
  });
  // Every tone met, from the few families × shades rather than the 10,000 cells' tones.
  return { tones, used: [...new Set(toneNames.flat())], families: familyOf, own };
}

/** Cells drawn together: the cells of one depth without a view, as one path per tone. */
export interface PathLayer {
  readonly tone: string;
  readonly family: number;
  readonly d: string;
}

/** One depth of the chart, drawn in order so children lie over their parents. */
export interface DepthLayer {
  readonly depth: number;
  readonly own: readonly CellView[];
  readonly paths: readonly PathLayer[];
}

/** The cells by depth: each cell with a view drawn as its own element, the rest merged per tone. */
export function depthLayers(cells: readonly Cell[], { tones, families, own }: CellViews): DepthLayer[] {
  // Indexed by depth (1, 2 …): the layers come out in drawing order, parents first.
  const layers: { depth: number; own: CellView[]; byTone: Map<string, { family: number; cells: Cell[] }> }[] = [];
  let next = 0;
  cells.forEach((cell, index) => {
    const layer = (layers[cell.depth] ??= { depth: cell.depth, own: [], byTone: new Map() });
    if (own[next]?.index === index) layer.own.push(own[next++]!);
    else {
      const tone = tones[index]!;
      let group = layer.byTone.get(tone);
      if (!group) layer.byTone.set(tone, (group = { family: families[index]!, cells: [] }));
      group.cells.push(cell);
    }
  });
  return layers.filter(Boolean).map(({ depth, own, byTone }) => ({ depth, own, paths: [...byTone].map(([tone, { family, cells }]) => ({ tone, family, d: rectsPath(cells) })) }));
}
