import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import { serverContext } from './server-context.js';

/**
 * The content size of the element in the host's shadow root that `selector` finds, kept current.
 * It is looked up and measured after every update that rendered it (`hostUpdated`): the update
 * that asks for runs before the browser paints, so the first painted frame is the laid-out one.
 * A ResizeObserver keeps the size current after. Both read the content box; only a change of a
 * whole pixel re-renders, so there is no resize loop. (A selector rather than Lit's `ref()`
 * directive: that one brings the async-directive machinery, ~1 KB of a treemap's bundle.)
 */
export class BoxController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;
  private measured?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot?: ParentNode },
    private readonly selector: string,
  ) {
    host.addController(this);
    // A server render has no box to measure: it draws at the size it was given.
    const box = isServer && serverContext()?.box;
    if (box) ({ width: this.width, height: this.height } = box);
  }

  private observe(element: Element | undefined): void {
    if (element === this.target) return;
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = element;
    if (!element) return;
    this.observer = new ResizeObserver(([entry]) => entry && this.set(entry.contentRect.width, entry.contentRect.height));
    this.observer.observe(element);
  }

  private find(): Element | undefined {
    return this.host.renderRoot?.querySelector(this.selector) ?? undefined;
  }

  /**
   * Back in the page: what was rendered before is observed again (its size may have changed).
   * Connected with a server's drawing to hydrate (decision 0024), the first update must draw at
   * the drawing's size, which its `svg` says; the box measured after that update takes over.
   */
  hostConnected(): void {
    const target = this.find();
    const drawn = !this.width && target?.querySelector('svg[width]');
    if (drawn) [this.width, this.height] = [+drawn.getAttribute('width')!, +drawn.getAttribute('height')!];
    this.observe(target);
  }

  hostUpdated(): void {
    this.observe(this.find());
    const target = this.target;
    if (!target || target === this.measured || !target.isConnected) return;
    this.measured = target;
    // The used size, fractional like the ResizeObserver's contentRect. Not clientWidth/Height:
    // they round, so a 464.7 px box measured 465 here and 464 there and was laid out twice.
    const style = getComputedStyle(target);
    const px = (name: string) => Number.parseFloat(style.getPropertyValue(name)) || 0;
    const borderBox = style.boxSizing === 'border-box';
    const inset = (a: string, b: string) => (borderBox ? px(`padding-${a}`) + px(`padding-${b}`) + px(`border-${a}-width`) + px(`border-${b}-width`) : 0);
    this.set(px('width') - inset('left', 'right'), px('height') - inset('top', 'bottom'));
  }

  private set(width: number, height: number): void {
    const w = Math.floor(width);
    const h = Math.floor(height);
    if (Math.abs(w - this.width) < 1 && Math.abs(h - this.height) < 1) return;
    this.width = w;
    this.height = h;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = undefined;
    this.measured = undefined;
  }
}
