import type { Locale } from '@hz-viz/schema';
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../internal/events.js';
import type { TreemapMessages as Messages } from './treemap-messages.js';
import { hitTest } from '../../layout/treemap/geometry.js';
import { isNavigationKey, keyTarget } from '../../layout/treemap/navigation.js';
import type { Cell } from '../../layout/treemap/squarify.js';
import type { ChartModel } from './treemap-model.js';
import type { CellView } from './treemap-view.js';

/** What the interaction reads from its element. */
export interface TreemapHost extends ReactiveControllerHost, HTMLElement {
  path: string[];
  /** The chart on screen and the nodes from the root to the shown one; undefined while none. */
  readonly shown: { readonly chart: ChartModel; readonly active?: CellView; readonly trailText: string; readonly rootId: string } | undefined;
  readonly words: { readonly locale: Locale; readonly messages: Messages };
}

/**
 * How a reader moves through a treemap, the same over SVG and canvas: one tab stop with an active
 * cell (roving by `aria-activedescendant`), arrows/Home/End to move, Enter or Space to drill or
 * select, Backspace or Escape to climb, click and hover found from the layout. Drilling and
 * climbing change the controlled `path` and fire `hz-drill`; the live region says where you are.
 */
export class TreemapInteraction {
  activeId?: string;
  hoverId?: string;
  focused = false;
  announcement = '';
  /** The cell a drill started from, for the zoom animation of the next update. */
  zoomFrom?: { x0: number; y0: number; x1: number; y1: number };

  constructor(private readonly host: TreemapHost) {}

  private set<K extends 'activeId' | 'hoverId' | 'focused' | 'announcement'>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
  }

  focusCell(cell: CellView): void {
    this.set('activeId', cell.cell.id);
    this.set('announcement', cell.spoken);
  }

  private drill(cell: CellView): void {
    this.zoomFrom = cell.cell;
    this.host.path = [...this.host.path, cell.cell.id];
    this.set('activeId', undefined);
    emit(this.host, 'hz-drill', { path: [...this.host.path], id: cell.cell.id });
    void this.announceAfterUpdate();
  }

  readonly climb = (to = this.host.path.length - 1): void => {
    const { host } = this;
    if (host.path.length === 0 || to < 0) return;
    this.set('activeId', host.path[to]);
    host.path = host.path.slice(0, to);
    emit(host, 'hz-drill', { path: [...host.path], id: host.path.at(-1) ?? host.shown?.rootId ?? '' });
    void this.announceAfterUpdate();
  };

  private async announceAfterUpdate(): Promise<void> {
    await this.host.updateComplete;
    const shown = this.host.shown;
    const trail = shown?.trailText ?? '';
    this.set('announcement', shown?.active ? `${trail}${this.host.words.messages.colon}${shown.active.spoken}` : trail);
  }

  private activate(cell: CellView): void {
    if (cell.cell.drillable) this.drill(cell);
    else emit(this.host, 'hz-select', { id: cell.cell.id, label: cell.name });
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const shown = this.host.shown;
    const active = shown?.active;
    if (!shown || !active) return;
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      const navigable = shown.chart.navigable;
      const next = keyTarget(navigable.map((c) => c.cell), active.cell, event.key);
      const target = navigable.find((c) => c.cell === next);
      if (target) this.focusCell(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(active);
    } else if ((event.key === 'Backspace' || event.key === 'Escape') && this.host.path.length > 0) {
      event.preventDefault();
      this.climb();
    }
  };

  /** The cell under the pointer, found from the layout: one lookup for SVG groups, paths and canvas alike. */
  private cellAt(event: MouseEvent): Cell | undefined {
    const chart = this.host.shown?.chart;
    if (!chart?.width || !chart.height) return undefined;
    // In the chart's own pixels, also when a page scales the element with a CSS transform.
    const box = (event.currentTarget as Element).getBoundingClientRect();
    return chart.cells[hitTest(chart.cells, ((event.clientX - box.left) * chart.width) / box.width, ((event.clientY - box.top) * chart.height) / box.height)];
  }

  readonly onClick = (event: MouseEvent): void => {
    const cell = this.cellAt(event);
    if (!cell) return;
    // A click anywhere in a block acts on the block at the navigable level: the ancestor at depth 1,
    // or the cell itself at depth 1 (the index then runs one past its ancestors).
    const blockId = cell.ancestors[cell.ancestors.length - cell.depth + 1] ?? cell.id;
    const block = this.host.shown?.chart.navigable.find((c) => c.cell.id === blockId);
    if (block) {
      this.focusCell(block);
      this.activate(block);
    }
  };

  readonly onPointerMove = (event: PointerEvent): void => this.set('hoverId', this.cellAt(event)?.id);
  readonly onPointerLeave = (): void => this.set('hoverId', undefined);
  readonly onFocus = (): void => {
    this.set('focused', true);
    const active = this.host.shown?.active;
    if (active) this.set('announcement', active.spoken);
  };
  readonly onBlur = (): void => this.set('focused', false);
}
