import type { Problem, Report, Terms } from '@hz-viz/schema';
import { describeValue, parseReport, problem } from '@hz-viz/schema';
import type { PropertyValues } from 'lit';
import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../internal/style-properties.js';
import { emit } from '../../internal/events.js';
import type { Resolved } from '../../internal/hz-element.js';
import type { Messages } from '../../internal/messages.js';
import { messagesWithTerms } from '../../internal/terms-messages.js';
import { HzElement } from '../../internal/hz-element.js';
import type { MeasureText } from '../../layout/treemap/labels.js';
import type { Direction } from '../../layout/treemap/navigation.js';
import { neighbour, readingOrder } from '../../layout/treemap/navigation.js';
import { toneClass } from '../../layout/treemap/palette.js';
import type { Cell, SummedTree } from '../../layout/treemap/squarify.js';
import { layoutTreemap, sumTree } from '../../layout/treemap/squarify.js';
import type { SizeRule, TreeNode } from '../../layout/treemap/tree.js';
import { informativeSizeRule, normalizeGenericTree, reportTree, sizeRules } from '../../layout/treemap/tree.js';
import { treemapStyles } from './hz-department-treemap.styles.js';
import type { TableRow, TableSort } from './treemap-table.js';
import { tableRows } from './treemap-table.js';
import type { CellView } from './treemap-view.js';
import { cellViews, headerHeight, nodeName, sizeText } from './treemap-view.js';

/** The summed tree, its size rule, and the report's words for its levels when it is a report. */
interface BuiltTree {
  readonly tree: SummedTree;
  readonly rule?: SizeRule;
  readonly terms?: Terms;
}

export interface TreemapView {
  readonly tree: SummedTree;
  readonly rule?: SizeRule;
  /** The nodes from the root to the focused one. */
  readonly trail: readonly TreeNode[];
  readonly cells: readonly CellView[];
  readonly families: readonly { readonly id: string; readonly name: string; readonly tone: string }[];
  readonly rows: readonly TableRow[];
  readonly width: number;
  readonly height: number;
}

/** `path="economy/jingxin"` ⇄ `['economy', 'jingxin']`. */
const pathConverter = {
  fromAttribute: (value: string | null) => (value ? value.split('/').filter(Boolean) : []),
  // A host may assign anything; reflecting must never throw (the problem is shown instead).
  toAttribute: (value: unknown) => (Array.isArray(value) ? value.filter((id) => typeof id === 'string').join('/') : typeof value === 'string' ? value : null),
};

const arrowDirections: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export const treemapViewModes = ['chart', 'table'] as const;
export type TreemapViewMode = (typeof treemapViewModes)[number];

/**
 * @summary The whole report in one picture: groups → departments → initiatives as a squarified
 * treemap you can drill into with mouse or keyboard, with a breadcrumb, tooltips, a live region
 * and a sortable table view of the same hierarchy.
 *
 * @csspart base - The chart area (`role="tree"`, the one tab stop).
 * @csspart breadcrumb - The path back up.
 * @csspart legend - The sizing rule and colour key.
 * @csspart view-toggle - The chart/table switch.
 * @csspart table - The table view.
 * @csspart tooltip - The hover and focus tooltip.
 * @csspart error - The error state.
 *
 * @fires {CustomEvent<HzDrillDetail>} hz-drill - The focused node changed by drilling in or climbing out. `detail: { path, id }`.
 * @fires {CustomEvent<HzSelectDetail>} hz-select - A leaf was chosen by click, Enter or Space. `detail: { id, label }`.
 * @fires {CustomEvent<HzErrorDetail>} hz-error - The data or `path` is invalid. `detail: { problems }`.
 *
 * @cssproperty --hz-treemap-height - The element's height (default 460px).
 * @cssproperty --hz-color-focus - The focus ring.
 */
export class HzDepartmentTreemapElement extends HzElement<TreemapView> {
  static override styles = treemapStyles;

  /** A report object, or any `{ name, value?, children? }` tree. Without it, the surrounding `<hz-report>`. */
  @property({ attribute: false }) data?: unknown;

  /**
   * What a cell's area counts: `figures`, `initiatives`, `honors` or `money` (yuan). Without it, the
   * first of figures, initiatives and honors under which the report's departments differ.
   */
  @property({ attribute: 'size-by' }) sizeBy?: SizeRule;

  /**
   * Ids from the top to the shown node, e.g. `economy/jingxin`. Set it to drive the treemap. A
   * report whose top level is one node (one group) starts below it, and so do its paths.
   */
  @property({ converter: pathConverter, reflect: true }) path: string[] = [];

  /** Levels shown below the current node, 1–4 (default 2). */
  @property() depth?: string;

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: TreemapViewMode = 'chart';

  /** Add a hatch pattern per colour family, for print and colour-blind readers. */
  @property({ type: Boolean, reflect: true }) patterns = false;

  @state() private box = { width: 0, height: 0 };
  @state() private activeId?: string;
  @state() private hoverId?: string;
  @state() private tableSort: TableSort = 'value';
  @state() private announcement = '';
  @state() private chartFocused = false;

  private resizeObserver?: ResizeObserver;
  private observedChart?: Element;
  private zoomFrom?: { x0: number; y0: number; x1: number; y1: number };
  private treeCache?: { source: unknown; sizeBy: string | undefined; locale: string; result: Resolved<BuiltTree> };
  private measureCache = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private font?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedChart = undefined;
  }

  /** Watches the chart's box; only a change of at least a pixel re-lays out, so no resize loop. */
  private observeChart = (element: Element | undefined) => {
    if (!element || element === this.observedChart) return;
    this.resizeObserver?.disconnect();
    this.observedChart = element;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      if (Math.abs(width - this.box.width) >= 1 || Math.abs(height - this.box.height) >= 1) this.box = { width, height };
    });
    this.resizeObserver.observe(element);
  };

  /**
   * Text width as the sum of its characters' widths, each measured once on a canvas: Chinese
   * text has no kerning, so this is exact for it and close for Latin, and label fitting stays
   * linear in the label's length however many cells there are.
   */
  private measure: MeasureText = (text, fontSize) => {
    let width = 0;
    for (const char of text) {
      const key = `${fontSize}|${char}`;
      let charWidth = this.measureCache.get(key);
      if (charWidth === undefined) {
        this.context ??= document.createElement('canvas').getContext('2d');
        this.font ??= getComputedStyle(this).fontFamily;
        if (!this.context) return text.length * fontSize;
        this.context.font = `${fontSize}px ${this.font}`;
        charWidth = this.context.measureText(char).width;
        this.measureCache.set(key, charWidth);
      }
      width += charWidth;
    }
    return width;
  };

  private resolveTree(): Resolved<BuiltTree> {
    const source = this.data !== undefined ? this.data : this.reportState;
    const cached = this.treeCache;
    if (cached && cached.source === source && cached.sizeBy === this.sizeBy) return cached.result;
    const result = this.buildTree();
    this.treeCache = { source, sizeBy: this.sizeBy, locale: this.locale, result };
    return result;
  }

  private buildTree(): Resolved<BuiltTree> {
    const sizeBy: unknown = this.sizeBy;
    if (sizeBy !== undefined && !(sizeRules as readonly unknown[]).includes(sizeBy)) {
      return { problems: [problem('size-by', `expected one of ${sizeRules.join(', ')}, received ${JSON.stringify(sizeBy)}`)] };
    }
    const chosen = this.sizeBy;
    const data = this.data;
    if (data !== undefined) {
      if (data && typeof data === 'object' && 'departments' in data) {
        const parsed = parseReport(data);
        if (!parsed.ok) return { problems: parsed.problems.map((p) => problem(`data.${p.path}`.replace(/\.$/, ''), p.detail)) };
        const rule = chosen ?? informativeSizeRule(parsed.value);
        return { view: { tree: sumTree(reportTree(parsed.value, rule)), rule, terms: parsed.value.terms } };
      }
      const generic = normalizeGenericTree(data);
      if ('problems' in generic) return { problems: generic.problems.map((p) => problem(p.path === '(root)' ? 'data' : `data.${p.path}`, p.detail)) };
      return { view: { tree: sumTree(generic.tree) } };
    }
    const found = this.fromReport('data', 'report', (index) => index.report, this.messages.department);
    if (!('view' in found)) {
      if ('problems' in found) return { problems: [problem('data', 'expected a report: set .data or place the treemap inside <hz-report>')] };
      return found;
    }
    const report = found.view as Report;
    const rule = chosen ?? informativeSizeRule(report);
    return { view: { tree: sumTree(reportTree(report, rule)), rule, terms: report.terms } };
  }

  /** The messages in the report's own words for its levels: 区县, 领域 … (report.terms). */
  protected override get messages(): Messages {
    const built = this.treeCache?.result;
    return messagesWithTerms(super.messages, built && 'view' in built ? built.view.terms : undefined, this.locale);
  }

  protected override resolve(): Resolved<TreemapView> {
    const resolvedTree = this.resolveTree();
    if (!('view' in resolvedTree)) return resolvedTree;
    const { tree, rule } = resolvedTree.view;
    if (!tree.root.children?.length || !tree.root.value) return { empty: true };
    const problems: Problem[] = [];
    const path: unknown = this.path;
    if (!Array.isArray(path) || path.some((id) => typeof id !== 'string')) {
      return { problems: [problem('path', `expected an array of node ids such as ["economy", "jingxin"], received ${describeValue(path)}`)] };
    }
    // The path must walk down the tree: each id a child of the one before.
    let focus = tree.root;
    this.path.forEach((id, i) => {
      const child = focus.children?.find((c) => c.data.id === id);
      if (!child) problems.push(problem(`path[${i}]`, `"${id}" is not a child of "${focus.data.id}"`));
      else focus = child;
    });
    const depth = this.depth === undefined ? 2 : Number(this.depth);
    if (!Number.isInteger(depth) || depth < 1 || depth > 4) problems.push(problem('depth', `expected 1, 2, 3 or 4, received ${JSON.stringify(this.depth)}`));
    if (problems.length > 0) return { problems };

    const locale = this.locale;
    const messages = this.messages;
    const families = (tree.root.children ?? []).map((child, i) => ({ id: child.data.id, name: nodeName(child.data, locale), tone: toneClass(i, 0) }));
    const { width, height } = this.box;
    const cells: Cell[] = width > 0 && height > 0 ? layoutTreemap(tree, focus.data.id, { width, height, depth, headerHeight, padding: 2 }) : [];
    return {
      view: {
        tree,
        ...(rule && { rule }),
        trail: focus.ancestors().reverse().map((a) => a.data),
        cells: cellViews(cells, families.map((f) => f.id), rule, locale, messages, this.measure),
        families,
        rows: this.view === 'table' ? tableRows(focus, this.tableSort) : [],
        width,
        height,
      },
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resolved = this.resolved;
    if (!('view' in resolved)) return;
    const navigable = resolved.view.cells.filter((c) => c.navigable);
    if (navigable.length > 0 && !navigable.some((c) => c.cell.id === this.activeId)) this.activeId = readingOrder(navigable.map((c) => c.cell))[0]!.id;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const from = this.zoomFrom;
    const group = this.renderRoot.querySelector<SVGGElement>('.zoom');
    if (from && group && this.box.width > 0) {
      this.zoomFrom = undefined;
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
        const sx = (from.x1 - from.x0) / this.box.width;
        const sy = (from.y1 - from.y0) / this.box.height;
        group.animate([{ transform: `translate(${from.x0}px, ${from.y0}px) scale(${sx}, ${sy})` }, { transform: 'none' }], { duration: 380, easing: 'cubic-bezier(.2,.7,.2,1)' });
      }
    }
  }

  private get current(): TreemapView | undefined {
    return 'view' in this.resolved ? this.resolved.view : undefined;
  }

  private navigableCells(): CellView[] {
    return this.current?.cells.filter((c) => c.navigable) ?? [];
  }

  private focusCell(cell: CellView): void {
    this.activeId = cell.cell.id;
    this.announcement = cell.spoken;
  }

  /** Drill into a node: the controlled `path` changes and `hz-drill` says where to. */
  private drill(cell: CellView): void {
    this.zoomFrom = cell.cell;
    this.path = [...this.path, cell.cell.id];
    this.activeId = undefined;
    emit(this, 'hz-drill', { path: [...this.path], id: cell.cell.id });
    this.announceAfterUpdate();
  }

  private climb(to = this.path.length - 1): void {
    if (this.path.length === 0 || to < 0) return;
    const cameFrom = this.path[to];
    this.path = this.path.slice(0, to);
    this.activeId = cameFrom;
    emit(this, 'hz-drill', { path: [...this.path], id: this.path.at(-1) ?? this.current?.tree.root.data.id ?? '' });
    this.announceAfterUpdate();
  }

  private async announceAfterUpdate(): Promise<void> {
    await this.updateComplete;
    const active = this.navigableCells().find((c) => c.cell.id === this.activeId);
    const trail = this.current?.trail.map((node) => nodeName(node, this.locale)).join(' › ') ?? '';
    this.announcement = active ? `${trail}${this.messages.colon}${active.spoken}` : trail;
  }

  private activate(cell: CellView): void {
    if (cell.cell.drillable) this.drill(cell);
    else emit(this, 'hz-select', { id: cell.cell.id, label: cell.name });
  }

  private onKeydown(event: KeyboardEvent): void {
    const cells = this.navigableCells();
    const active = cells.find((c) => c.cell.id === this.activeId) ?? cells[0];
    if (!active) return;
    const ordered = readingOrder(cells.map((c) => c.cell));
    const byCell = (cell: Cell | undefined) => cells.find((c) => c.cell === cell);
    const direction = arrowDirections[event.key];
    let next: CellView | undefined;
    if (direction) {
      const spatial = neighbour(cells.map((c) => c.cell), active.cell, direction);
      // Nothing in that direction: follow reading order, so every cell stays reachable.
      const step = direction === 'right' || direction === 'down' ? 1 : -1;
      next = byCell(spatial ?? ordered[ordered.indexOf(active.cell) + step]);
    } else if (event.key === 'Home') next = byCell(ordered[0]);
    else if (event.key === 'End') next = byCell(ordered.at(-1));
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(active);
      return;
    } else if (event.key === 'Backspace' || event.key === 'Escape') {
      if (this.path.length > 0) {
        event.preventDefault();
        this.climb();
      }
      return;
    } else return;
    event.preventDefault();
    if (next) this.focusCell(next);
  }

  private onPointer(event: PointerEvent): void {
    const target = (event.target as Element).closest<SVGGElement>('[data-id]');
    this.hoverId = target?.dataset.id;
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as Element).closest<SVGGElement>('[data-id]');
    const cells = this.current?.cells ?? [];
    const clicked = cells.find((c) => c.cell.id === target?.dataset.id);
    if (!clicked) return;
    // A click anywhere in a block acts on the block at the navigable level.
    const top = clicked.navigable ? clicked : cells.find((c) => c.navigable && clicked.cell.ancestors.includes(c.cell.id));
    if (top) {
      this.focusCell(top);
      this.activate(top);
    }
  }

  protected override renderView(view: TreemapView) {
    const messages = this.messages;
    const locale = this.locale;
    const rootName = nodeName(view.tree.root.data, locale);
    return html`<div class="frame"><div class="toolbar">
        <nav part="breadcrumb" aria-label=${messages.breadcrumb}>
          <ol>
            ${view.trail.map((node, i) =>
              i === view.trail.length - 1
                ? html`<li aria-current="location">${i === 0 ? messages.all : nodeName(node, locale)}</li>`
                : html`<li><button type="button" @click=${() => this.climb(i)}>${i === 0 ? messages.all : nodeName(node, locale)}</button></li>`,
            )}
          </ol>
        </nav>
        <ul part="legend" class="legend">
          ${view.rule ? html`<li>${messages.area}${messages.colon}${messages.sizeRules[view.rule]}</li>` : nothing}
          ${view.families.map((f) => html`<li><span class="swatch ${f.tone}"></span>${f.name}</li>`)}
        </ul>
        <button part="view-toggle" class="toggle" type="button" @click=${() => (this.view = this.view === 'table' ? 'chart' : 'table')}>
          ${this.view === 'table' ? messages.showChart : messages.showTable}
        </button>
      </div>
      ${this.view === 'table' ? this.renderTable(view, rootName) : this.renderChart(view, rootName)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div></div>`;
  }

  private renderChart(view: TreemapView, rootName: string) {
    const active = view.cells.find((c) => c.cell.id === this.activeId && c.navigable);
    const hover = view.cells.find((c) => c.cell.id === this.hoverId) ?? (this.chartFocused ? active : undefined);
    return html`<div
      part="base"
      class="chart"
      role="tree"
      tabindex="0"
      aria-label="${this.messages.treemapLabel}${this.messages.colon}${view.trail.map((n) => nodeName(n, this.locale)).join(' › ') || rootName}（${this.messages.drillHint}）"
      aria-activedescendant=${active?.domId ?? nothing}
      ${ref(this.observeChart)}
      @keydown=${this.onKeydown}
      @click=${this.onClick}
      @pointermove=${this.onPointer}
      @pointerleave=${() => (this.hoverId = undefined)}
      @focus=${() => {
        this.chartFocused = true;
        if (active) this.announcement = active.spoken;
      }}
      @blur=${() => (this.chartFocused = false)}
    >
      <svg role="none" width=${view.width} height=${view.height} viewBox="0 0 ${view.width} ${view.height}">
        ${this.patterns ? this.renderPatterns() : nothing}
        <g class="zoom" role="none">
          ${view.cells.map((c) => this.renderCell(c, view))}
        </g>
      </svg>
      ${hover ? this.renderTooltip(hover, view) : nothing}
    </div>`;
  }

  private renderCell(c: CellView, view: TreemapView) {
    const { cell, label } = c;
    const width = cell.x1 - cell.x0;
    const height = cell.y1 - cell.y0;
    // Most cells of a large tree are small, unlabelled leaves: one element each keeps 10,000 cheap.
    if (!c.navigable && label.lines.length === 0 && !this.patterns) {
      return svg`<rect class="cell fill ${c.tone}" data-id=${cell.id} x=${cell.x0} y=${cell.y0} width=${Math.max(0, width)} height=${Math.max(0, height)}></rect>`;
    }
    const familyIndex = view.families.findIndex((f) => f.id === cell.family);
    const isActive = c.navigable && c.cell.id === this.activeId;
    const y = (line: number) => 4 + label.lineHeight * (line + 1) - label.lineHeight * 0.25;
    return svg`<g
      id=${c.domId}
      data-id=${cell.id}
      class="cell ${c.tone} ${isActive ? 'active' : ''}"
      transform="translate(${cell.x0},${cell.y0})"
      role=${c.navigable ? 'treeitem' : 'none'}
      aria-level=${c.navigable ? 1 : nothing}
      aria-label=${c.navigable ? c.spoken : nothing}
      aria-selected=${c.navigable ? String(isActive) : nothing}
      aria-expanded=${c.navigable && cell.drillable ? 'false' : nothing}
    >
      <rect class="fill" width=${Math.max(0, width)} height=${Math.max(0, height)}></rect>
      ${this.patterns && familyIndex >= 0 ? svg`<rect width=${Math.max(0, width)} height=${Math.max(0, height)} fill="url(#hz-pattern-${familyIndex % 4})"></rect>` : nothing}
      ${label.lines.length > 0
        ? svg`<text aria-hidden="true" class=${cell.header ? 'header-text' : ''} font-size=${label.fontSize}>
            ${label.lines.map((line, i) => svg`<tspan x="4" y=${y(i)}>${line}</tspan>`)}
            ${label.showValue && !cell.header ? svg`<tspan class="value-text" x="4" y=${y(label.lines.length)}>${c.valueText}</tspan>` : nothing}
          </text>`
        : nothing}
      ${isActive ? svg`<rect class="focus-ring" x="1.5" y="1.5" width=${Math.max(0, width - 3)} height=${Math.max(0, height - 3)}></rect><rect class="focus-ring inner" x="3.5" y="3.5" width=${Math.max(0, width - 7)} height=${Math.max(0, height - 7)}></rect>` : nothing}
    </g>`;
  }

  private renderPatterns() {
    const marks = ['M0 8L8 0', 'M0 0L8 8', 'M4 0V8', 'M0 4H8'];
    return svg`<defs>${marks.map(
      (d, i) => svg`<pattern id="hz-pattern-${i}" width="8" height="8" patternUnits="userSpaceOnUse"><path class="hatch" d=${d}></path></pattern>`,
    )}</defs>`;
  }

  private renderTooltip(c: CellView, view: TreemapView) {
    const { cell } = c;
    const counts = cell.node.counts;
    const messages = this.messages;
    const left = Math.min(cell.x0 + 8, Math.max(0, view.width - 240));
    const top = cell.y0 + Math.min(cell.y1 - cell.y0, 40) > view.height - 80 ? Math.max(0, cell.y0 - 70) : cell.y0 + Math.min(cell.y1 - cell.y0, 40);
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${styleProperties({ left: `${left}px`, top: `${top}px` })}>
      <strong>${c.name}</strong>
      ${c.valueText}
      ${counts && view.rule !== 'initiatives' ? html`<br />${messages.countOf.initiatives(counts.initiatives)}` : nothing}
      ${counts && view.rule !== 'figures' ? html` · ${messages.countOf.figures(counts.metrics)}` : nothing}
      ${counts && view.rule !== 'honors' && counts.honors > 0 ? html` · ${messages.countOf.honors(counts.honors)}` : nothing}
      ${c.details.length > 0 ? html`<ul class="details">${c.details.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderTable(view: TreemapView, rootName: string) {
    const messages = this.messages;
    const locale = this.locale;
    const sortButton = (sort: TableSort, text: string) => html`<button type="button" @click=${() => (this.tableSort = sort)}>${text}</button>`;
    return html`<div class="table-wrap" part="table" ${ref(this.observeChart)}>
      <table>
        <caption>${nodeName(view.trail.at(-1) ?? view.tree.root.data, locale) || rootName}${view.rule ? ` · ${messages.area}${messages.colon}${messages.sizeRules[view.rule]}` : ''}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort=${this.tableSort === 'name' ? 'ascending' : 'none'}>${sortButton('name', messages.name)}</th>
            <th scope="col">${messages.level}</th>
            <th scope="col" class="number" aria-sort=${this.tableSort === 'value' ? 'descending' : 'none'}>${sortButton('value', messages.value)}</th>
            <th scope="col" class="number">${messages.initiatives}</th>
            <th scope="col" class="number">${messages.figures}</th>
            <th scope="col" class="number">${messages.honors}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            view.rows,
            (row) => row.id,
            (row) => html`<tr data-id=${row.id}>
              <th scope="row" ${styleProperties({ 'padding-inline-start': `${0.6 + (row.depth - 1) * 1.2}em` })}>${nodeName(row.node, locale)}</th>
              <td>${row.node.kind ? messages.kinds[row.node.kind] : row.depth}</td>
              <td class="number">${sizeText(row.value, view.rule, locale, messages)}</td>
              <td class="number">${row.node.counts?.initiatives ?? ''}</td>
              <td class="number">${row.node.counts?.metrics ?? ''}</td>
              <td class="number">${row.node.counts?.honors ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
