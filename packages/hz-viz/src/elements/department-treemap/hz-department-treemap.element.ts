import type { Report } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { html } from 'lit';
import { BoxController } from '../../internal/box-controller.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { emptyMessages } from '../../internal/empty-messages.js';
import type { Resolved } from '../../internal/hz-element.js';
import { HzReportReader } from '../../internal/hz-report-reader.js';
import { TextMeasureController } from '../../internal/text-measure-controller.js';
import { readingOrder } from '../../layout/treemap/navigation.js';
import { toneClass } from '../../layout/treemap/palette.js';
import type { SizeRule } from '../../layout/treemap/tree.js';
import { treemapStyles } from './hz-department-treemap.styles.js';
import type { TreemapMessages } from './treemap-messages.js';
import { messagesWithTerms, treemapMessages } from './treemap-messages.js';
import { chartArea, tableArea } from './treemap-chart.js';
import { TreemapInteraction } from './treemap-interaction.js';
import type { CanvasPainter } from './treemap-canvas.js';
import type { TreemapRenderer, TreemapView, TreemapViewMode } from './treemap-model.js';
import { canvasAbove, ChartModelCache, pathConverter } from './treemap-model.js';
import { shownNode, TreeSourceCache } from './treemap-source.js';
import type { TableSort } from './treemap-table.js';
import { toolbar } from './treemap-toolbar.js';
import { tooltipDetails, tooltipView } from './treemap-tooltip.js';
import { CellViewMemo, nodeName } from './treemap-view.js';

export type { TreemapRenderer } from './treemap-model.js';
export { canvasAbove, treemapRenderers } from './treemap-model.js';

export type { TreemapView, TreemapViewMode } from './treemap-model.js';
export { treemapViewModes } from './treemap-model.js';

/** The canvas renderer: fetched when a tree big enough for it arrives, waited for when a chart is drawn on canvas. */
const canvasRenderer = new LazyPart(() => import('./treemap-canvas.js'));

/** The table view: fetched the first time the table shows. */
const tablePart = new LazyPart(() => import('./treemap-table.js'));


/**
 * @summary The whole report in one picture: groups → departments → initiatives as a squarified
 * treemap you can drill into with mouse or keyboard, with a breadcrumb, tooltips, a live region
 * and a sortable table view of the same hierarchy. Large trees draw on canvas with the same
 * keyboard model, names and tooltips.
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
export class HzDepartmentTreemapElement extends HzReportReader<TreemapView> {
  static override styles = treemapStyles;


  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    report: { attribute: false },
    sizeBy: { attribute: 'size-by' },
    path: { converter: pathConverter, reflect: true },
    depth: {},
    view: { reflect: true },
    renderer: {},
    patterns: { type: Boolean, reflect: true },
    tableSort: { state: true, attribute: false },
  };

  /** Any `{ name, value?, children? }` tree. A report goes to `.report` or a surrounding `<hz-report>`. */
  data?: unknown;

  /** A report from `parseReport`. Without it (and without `.data`), the surrounding `<hz-report>`'s. */
  report?: Report;

  /** What a cell's area counts in a report: `figures`, `initiatives`, `honors` or `money` (yuan). Without it, the first of figures, initiatives and honors under which the departments differ. */
  sizeBy?: SizeRule;

  /** Ids from the top to the shown node, e.g. `economy/jingxin`. A report whose top level is one node starts below it, and so do its paths. */
  path: string[] = [];

  /** Levels shown below the current node, 1–4 (default 2). */
  depth?: string;

  /** `chart` (default) or `table`. */
  view: TreemapViewMode = 'chart';

  /** `svg` or `canvas`. Without it, canvas above 2,000 cells (`canvasAbove`), SVG below. */
  renderer?: TreemapRenderer;

  /** Add a hatch pattern per colour family, for print and colour-blind readers. */
  patterns = false;

  private tableSort: TableSort = 'value';

  /** The chart's or the table's box: the chart is laid out to it. */
  private readonly box = new BoxController(this, '.chart, .table-wrap');
  private readonly text = new TextMeasureController(this);
  private readonly interaction = new TreemapInteraction(this);
  private readonly charts = new ChartModelCache();
  private memo?: CellViewMemo;
  private readonly sources = new TreeSourceCache();
  private painter?: CanvasPainter;
  private readonly picture = () => {
    const chart = this.current?.chart;
    return chart?.renderer === 'canvas' && this.view !== 'table' ? { ...chart, patterns: this.patterns } : undefined;
  };

  /** What the interaction reads: the chart on screen. @internal */
  get shown() {
    const view = this.current;
    return view && { chart: view.chart, ...(view.active && { active: view.active }), trailText: view.trailText, rootId: view.built.tree.root.data.id };
  }

  /** @internal */
  get words() {
    return { locale: this.locale, messages: this.messages };
  }

  private get current(): TreemapView | undefined {
    return 'view' in this.resolved ? this.resolved.view : undefined;
  }

  /** The messages in the report's own words for its levels: 区县, 领域 … (report.terms). */
  protected override get messages(): TreemapMessages {
    const built = this.sources.result;
    return messagesWithTerms(treemapMessages[this.locale], built && 'view' in built ? built.view.terms : undefined, this.locale);
  }

  protected override resolve(): Resolved<TreemapView> {
    const fromReport = () => this.fromReport('data', 'report', (index) => index.report, this.messages.department);
    const built = this.sources.get({ data: this.data, report: this.report, sizeBy: this.sizeBy, fromReport }, this.reportState);
    if (!('view' in built)) return built;
    const { tree, rule, familyIds } = built.view;
    if (!tree.root.children?.length || !tree.root.value) return { empty: emptyMessages[this.locale].empty };
    const shown = shownNode(tree, this.path, this.depth, this.renderer);
    if ('problems' in shown) return shown;
    const { focus, depth } = shown;
    const { locale, messages, interaction } = this;
    if (!this.memo?.matches(rule, locale, messages, this.text.version)) this.memo = new CellViewMemo(rule, locale, messages, this.text.measure, this.text.version);
    const charting = this.view !== 'table';
    const chart = this.charts.get({ tree, focusId: focus.data.id, width: charting ? this.box.width : 0, height: charting ? this.box.height : 0, depth, families: familyIds, renderer: this.renderer, locale, messages, memo: this.memo, measure: this.text.measure });
    const { navigable } = chart;
    const first = readingOrder(navigable.map((n) => n.cell))[0];
    const active = navigable.find((c) => c.cell.id === interaction.activeId) ?? navigable.find((c) => c.cell === first);
    const hovered = chart.cells.find((cell) => cell.id === interaction.hoverId) ?? (interaction.focused ? active?.cell : undefined);
    // The source's top-level nodes, in the order of familyIds.
    const families = (tree.root.data.children ?? []).map((child, i) => ({ id: child.id, name: nodeName(child, locale), tone: toneClass(i, 0) }));
    const trail = focus.ancestors().reverse().map((a) => a.data);
    const trailText = trail.map((node) => nodeName(node, locale)).join(' › ');
    const table = this.view === 'table' ? this.need(tablePart) : undefined;
    return {
      view: {
        built: built.view,
        families,
        trail,
        trailText,
        label: `${messages.treemapLabel}${messages.colon}${trailText}（${messages.drillHint}）`,
        caption: `${nodeName(focus.data, locale)}${rule ? ` · ${messages.area}${messages.colon}${messages.sizeRules[rule]}` : ''}`,
        focus,
        chart,
        ...(active && { active }),
        ...(hovered && { tooltip: tooltipView(hovered, nodeName(hovered.node, locale), chart, this.memo, tooltipDetails(hovered.node, locale, messages, (part) => this.need(part))) }),
        ...(table && { rows: table.tableRows(focus, this.tableSort) }),
      },
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Kept while loading, failing or showing the table: the reader comes back to the same cell.
    const current = this.current;
    if (current?.chart.navigable.length) this.interaction.activeId = current.active?.cell.id;
    if (!this.painter && (this.renderer === 'canvas' || (current?.built.tree.byId.size ?? 0) > canvasAbove)) void canvasRenderer.load();
    if (!this.painter && current?.chart.renderer === 'canvas' && this.view !== 'table') {
      const canvas = this.need(canvasRenderer);
      if (canvas) this.painter = new canvas.CanvasPainter(this, this.picture);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const chart = this.current?.chart;
    const from = this.interaction.zoomFrom;
    const zoom = this.renderRoot.querySelector('.zoom');
    this.interaction.zoomFrom = undefined;
    if (!from || !zoom || !chart?.width || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const transform = `translate(${from.x0}px, ${from.y0}px) scale(${(from.x1 - from.x0) / chart.width}, ${(from.y1 - from.y0) / chart.height})`;
    zoom.animate([{ transform, transformOrigin: '0 0' }, { transform: 'none', transformOrigin: '0 0' }], { duration: 380, easing: 'cubic-bezier(.2,.7,.2,1)' });
  }

  protected override renderView(view: TreemapView) {
    const { messages, locale, interaction } = this;
    const showingTable = this.view === 'table';
    const { rule } = view.built;
    return html`<div class="frame">
      ${toolbar({ trail: view.trail, rule, families: view.families, showingTable, locale, messages, climb: interaction.climb, toggle: () => (this.view = showingTable ? 'chart' : 'table') })}
      ${showingTable
        ? tableArea(tablePart.module ?? (tablePart.failure ? 'failed' : undefined), () => ({ rows: view.rows ?? [], caption: view.caption, sort: this.tableSort, rule, locale, messages, onSort: (sort: TableSort) => (this.tableSort = sort) }), messages)
        : chartArea({ chart: view.chart, active: view.active, tooltip: view.tooltip, label: view.label, rule, patterns: this.patterns, messages, interaction, canvas: this.painter ? { draw: canvasRenderer.module!, colourChanged: this.painter.changed } : canvasRenderer.failure ? 'failed' : undefined })}
      <div class="sr-only" role="status" aria-live="polite">${interaction.announcement}</div>
    </div>`;
  }
}
