import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A custom state, `:host(:state(narrow))`, on an element narrower than a number of rem: the rule
 * a container query would give (`@container (max-width: 26rem)`), at a fraction of its price. A
 * container query makes Chromium recalculate the style of each container's subtree inside
 * layout; on a page of 50 bar lists that was about an eighth of its style and layout time
 * (docs/decisions/0016-metric-grid-and-lighter-bar-lists.md, third pass).
 *
 * One ResizeObserver serves every element. Its callback runs after layout and before paint, so an
 * element that starts narrow is painted narrow in its first frame. It watches an element of the
 * shadow root (`selector`) that is as wide as the host's content box and whose height the state
 * does not change: watching the host, whose height the state changes, would leave the browser a
 * second resize to report in the same frame ("ResizeObserver loop completed with undelivered
 * notifications"). `rem` is the root element's font size, as in a container query.
 */
const watched = new WeakMap<Element, { rem: number; states: CustomStateSet }>();
let observer: ResizeObserver | undefined;

function setStates(entries: ResizeObserverEntry[]): void {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  for (const entry of entries) {
    const host = watched.get(entry.target);
    if (!host) continue;
    if (entry.contentRect.width < host.rem * rem) host.states.add('narrow');
    else host.states.delete('narrow');
  }
}

export class NarrowStateController implements ReactiveController {
  private readonly states: CustomStateSet | undefined;
  private target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Narrow below this many rem of width. */
    private readonly belowRem: number,
    /** The element measured: as wide as the host's content box, its height the same either way. */
    private readonly selector: string,
  ) {
    // Browsers without custom states keep the wide layout, which still fits (min-width applies).
    this.states = host.attachInternals?.().states;
    host.addController(this);
  }

  private watch(element: Element | undefined): void {
    if (element === this.target || !this.states) return;
    if (this.target) {
      observer?.unobserve(this.target);
      watched.delete(this.target);
    }
    this.target = element;
    if (!element) return;
    watched.set(element, { rem: this.belowRem, states: this.states });
    (observer ??= new ResizeObserver(setStates)).observe(element);
  }

  /** After every update: the measured element may be new (a state without it removes it). */
  hostUpdated(): void {
    this.watch(this.host.shadowRoot?.querySelector(this.selector) ?? undefined);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.watch(undefined);
  }
}
