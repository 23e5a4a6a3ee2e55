import type { MetricKind, Problem } from '@hz-viz/schema';
import { metricKinds, problem } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { NarrowStateController } from '../../internal/narrow-state.js';
import { styleProperties } from '../../internal/style-properties.js';
import { emit } from '../../internal/events.js';
import { emptyMessages } from '../../internal/empty-messages.js';
import type { Resolved } from '../../internal/hz-element.js';
import { HzReportReader } from '../../internal/hz-report-reader.js';
import type { ReportIndex } from '../../internal/report-index.js';
import type { BarListItem, BarListSort } from '../../layout/bar-list.js';
import { barListLayout, barListSorts, groupByUnit } from '../../layout/bar-list.js';
import { checkOneUnit, itemsFromJson, itemsFromProperty } from './bar-list-input.js';
import type { BarListGroupView, BarListRowView, BarListView } from './bar-list-view.js';
import { barListView, unitCaption } from './bar-list-view.js';
import { barListStyles } from './hz-bar-list.styles.js';
import type { FigureMessages } from '../../internal/figure-messages.js';
import { figureMessages } from '../../internal/figure-messages.js';
import { linkMessages } from '../../internal/link-messages.js';
import type { CoreMessages } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import type { BarListMessages } from './bar-list-messages.js';
import { barListMessages } from './bar-list-messages.js';

const messages = messageSet(figureMessages, barListMessages);

const nextSort: Readonly<Record<BarListSort, BarListSort>> = { source: 'value-desc', 'value-desc': 'value-asc', 'value-asc': 'source' };

/**
 * A group's zero and target lines are drawn once for its list (narrow: by every row's track) at
 * the fractions set on the group's list, so a row carries no binding and no nested template for
 * them (a 50-list page had 1,000 of each).
 */
const linesClass = (group: BarListGroupView) => [group.zeroAt !== undefined && 'has-zero', group.targetAt !== undefined && 'has-target'].filter(Boolean).join(' ');
const linesAt = (group: BarListGroupView) => ({
  ...(group.zeroAt !== undefined && { '--_zero-at': String(group.zeroAt) }),
  ...(group.targetAt !== undefined && { '--_target-at': String(group.targetAt) }),
});

/**
 * @summary Several figures compared as labelled bars on one scale — the five completion rates
 * of 市残联, every growth rate of a report — sortable, with focusable, selectable rows.
 *
 * @csspart base - The figure around the list.
 * @csspart caption - The caption with the sort control.
 * @csspart sort - The sort button.
 * @csspart row - Each row (`role="option"`).
 * @csspart bar - Each bar.
 * @csspart error - The error state.
 *
 * @fires {CustomEvent<HzSelectDetail>} hz-select - A row was chosen by click, Enter or Space. `detail: { id, label, index }`.
 * @fires {CustomEvent<HzErrorDetail>} hz-error - An input is invalid. `detail: { problems }`.
 *
 * @cssstate narrow - Narrower than 26rem: each track sits under its label and value.
 *
 * @cssproperty --hz-color-accent - Bars.
 * @cssproperty --hz-color-bad - Bars below zero.
 */
export class HzBarListElement extends HzReportReader<BarListView> {

  protected override get messages(): CoreMessages & FigureMessages & BarListMessages {
    return messages[this.locale];
  }

  static override styles = barListStyles;

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    metrics: {},
    department: {},
    kind: {},
    unit: {},
    items: {},
    label: {},
    sort: { reflect: true },
    selected: {},
    activeIndex: { state: true, attribute: false },
  };

  /** Metric ids in the surrounding report, separated by spaces (attribute); or metric objects (property). */
  metrics?: string | readonly unknown[];

  /** With a report: every metric of this department (by id)… */
  department?: string;

  /** …and/or of this kind: `completion`, `change`, `share` … */
  kind?: MetricKind;

  /** With `kind`: only figures in this unit (%, 个百分点). */
  unit?: string;

  /** For hand-written HTML: a JSON array of `{label, value, unit}`. */
  items?: string;

  /** The list's caption and accessible name. */
  label?: string;

  /** `source` (default), `value-desc` or `value-asc`. */
  sort: BarListSort = 'source';

  /** The id (or row key) of the selected row. */
  selected?: string;

  private activeIndex = 0;
  private focusAfterRender = false;

  /**
   * Under 26rem the tracks go under their labels (`:host(:state(narrow))` in the styles); the
   * caption is measured: as wide as the list, and as tall either way.
   */
  private readonly narrow = new NarrowStateController(this, 26, 'figcaption');

  protected override resolve(): Resolved<BarListView> {
    if (!(barListSorts as readonly string[]).includes(this.sort)) {
      return { problems: [problem('sort', `expected one of ${barListSorts.join(', ')}, received ${JSON.stringify(this.sort)}`)] };
    }
    const source = this.resolveItems();
    if (!('view' in source)) return source;
    const { items, index, chosen } = source.view;
    if (items.length === 0) return { empty: emptyMessages[this.locale].empty };
    // Figures the page listed one by one must compare; a department's or a kind's figures are
    // shown as one list per unit.
    if (chosen) {
      const unitProblems = checkOneUnit(items);
      if (unitProblems.length > 0) return { problems: unitProblems };
    }
    const multipleDepartments = index && new Set(items.map((item) => index.metrics.get(item.id ?? '')?.department.id)).size > 1;
    const locale = this.locale;
    const detailOf = (id: string | undefined) => {
      if (!multipleDepartments || !id) return undefined;
      const department = index.metrics.get(id)?.department;
      return locale === 'en' ? (department?.nameEn ?? department?.name) : department?.name;
    };
    const layouts = groupByUnit(items).map((group) => ({ unit: unitCaption(group[0]!.figure, locale), layout: barListLayout(group, this.sort) }));
    return { view: barListView(layouts, this.sort, locale, detailOf) };
  }

  /** The items, their report, and whether the page chose them one by one (then they must share a unit). */
  private resolveItems(): Resolved<{ items: BarListItem[]; index?: ReportIndex; chosen: boolean }> {
    const metrics = this.metrics;
    if (Array.isArray(metrics)) {
      const read = itemsFromProperty(metrics);
      return 'problems' in read ? read : { view: { items: read.items, chosen: true } };
    }
    if (this.items !== undefined) {
      const read = itemsFromJson(this.items);
      return 'problems' in read ? read : { view: { items: read.items, chosen: true } };
    }
    const ids = typeof metrics === 'string' ? metrics.split(/\s+/).filter(Boolean) : [];
    if (ids.length === 0 && !this.department && !this.kind) {
      return { problems: [problem('metrics', 'expected metric ids, department or kind (with a report), or items (JSON)')] };
    }
    if (this.kind && !(metricKinds as readonly string[]).includes(this.kind)) {
      return { problems: [problem('kind', `expected one of ${metricKinds.join(', ')}, received ${JSON.stringify(this.kind)}`)] };
    }
    const attribute = ids.length > 0 ? 'metrics' : this.department ? 'department' : 'kind';
    const found = this.fromReport(attribute, ids.join(' ') || this.department || this.kind || '', (index) => index, this.messages.metric);
    if (!('view' in found)) return found;
    const index = found.view;
    if (ids.length > 0) {
      const problems: Problem[] = [];
      const items = ids.flatMap((id, i) => {
        const entry = index.metrics.get(id);
        if (!entry) problems.push(problem(`metrics[${i}]`, linkMessages[this.locale].notFound(this.messages.metric, id)));
        return entry ? [{ id, figure: entry.metric }] : [];
      });
      return problems.length > 0 ? { problems } : { view: { items, index, chosen: true } };
    }
    if (this.department && !index.departments.has(this.department)) {
      const terms = index.report.terms?.department;
      const unit = terms ? (this.locale === 'en' ? terms.en : terms.zh) : this.messages.department;
      return { problems: [problem('department', linkMessages[this.locale].notFound(unit, this.department))] };
    }
    const items = [...index.metrics.values()]
      .filter(({ metric, department }) => (!this.department || department.id === this.department) && (!this.kind || metric.kind === this.kind) && (this.unit === undefined || metric.unit === this.unit))
      .map(({ metric }) => ({ id: metric.id, figure: metric }));
    return { view: { items, index, chosen: false } };
  }

  /**
   * The rows in the order shown: a row's index is its position here, so rows carry no index
   * attribute to rewrite when they move (a resort of 50 lists rewrote 700).
   */
  private rowElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.rowElements()[this.activeIndex]?.focus();
    }
  }

  private choose(row: BarListRowView, index: number): void {
    this.selected = row.key;
    this.activeIndex = index;
    emit(this, 'hz-select', { ...(row.id && { id: row.id }), label: row.label, index });
  }

  /** One listener for every row (a row's own would be replaced on each render): the row under the click. */
  private onClick(event: MouseEvent): void {
    const view = this.resolved;
    const rowElement = (event.target as Element).closest?.('[role="option"]');
    if (!('view' in view) || !rowElement) return;
    const index = this.rowElements().indexOf(rowElement as HTMLElement);
    const row = view.view.rows[index];
    if (row) this.choose(row, index);
  }

  private onKeydown(event: KeyboardEvent): void {
    const view = this.resolved;
    if (!('view' in view)) return;
    const last = view.view.rows.length - 1;
    const moves: Record<string, number> = { ArrowDown: this.activeIndex + 1, ArrowUp: this.activeIndex - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(last, moves[event.key]!));
      // Only a real move focuses after the update; otherwise no update comes to clear the flag.
      if (next !== this.activeIndex) {
        this.activeIndex = next;
        this.focusAfterRender = true;
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = view.view.rows[this.activeIndex];
      if (row) this.choose(row, this.activeIndex);
    }
  }

  private cycleSort(): void {
    this.sort = nextSort[this.sort];
    this.activeIndex = 0;
  }

  protected override renderView(view: BarListView) {
    const messages = this.messages;
    const sortName = { source: messages.sortSource, 'value-desc': messages.sortValueDesc, 'value-asc': messages.sortValueAsc }[view.sort];
    const active = Math.min(this.activeIndex, view.rows.length - 1);
    const label = this.label ?? messages.listLabel;
    return html`<figure part="base">
      <figcaption part="caption">
        <span>${label}</span>
        <button type="button" part="sort" class="sort" @click=${this.cycleSort}>
          <span aria-hidden="true">⇅ </span><span class="sr-only">${messages.sortBy}：</span>${sortName}
        </button>
      </figcaption>
      ${view.groups.length === 1
        ? html`<ul role="listbox" aria-label=${label} class="rows ${linesClass(view.groups[0]!)}" style=${styleProperties({ '--_value-col': view.valueColumn, ...linesAt(view.groups[0]!) })} @keydown=${this.onKeydown} @click=${this.onClick}
            >${this.renderRows(view.groups[0]!, active)}</ul
          >`
        : // One listbox, a labelled group per unit: positions and selection run across the units.
          html`<div role="listbox" aria-label=${label} class="rows" style=${styleProperties({ '--_value-col': view.valueColumn })} @keydown=${this.onKeydown} @click=${this.onClick}>
            ${view.groups.map(
              (group) => html`<div role="group" class="unit-group" aria-labelledby="unit-${group.offset}">
                <p class="unit" id="unit-${group.offset}">${messages.unitGroup(group.unit)}</p>
                <ul role="none" class=${linesClass(group)} style=${styleProperties(linesAt(group))}>${this.renderRows(group, active)}</ul>
              </div>`,
            )}
          </div>`}
    </figure>`;
  }

  /**
   * The rows of one unit, on one scale; row indices run on across units. Few bindings per row
   * (a 50-list page clones and commits 1,000 rows): its focus stop, its selection, the label
   * (with its department, when the list spans several, in the same part), the bar and the value.
   */
  private renderRows(group: BarListGroupView, active: number) {
    return repeat(
      group.rows,
      (row) => row.key,
      (row, i) => {
        const index = group.offset + i;
        return html`<li part="row" class="row" role="option" tabindex=${index === active ? 0 : -1} aria-selected=${this.selected === row.key ? 'true' : 'false'}>
          <span class="row-label">${row.detail ? html`${row.label}<small>${row.detail}</small>` : row.label}</span>
          <span class="track" aria-hidden="true"
            ><span part="bar" class="bar tone-${row.tone}" style=${styleProperties(row.barStyle)}></span
          ></span>
          <span class="row-value">${row.valueText}</span>
        </li>`;
      },
    );
  }
}
