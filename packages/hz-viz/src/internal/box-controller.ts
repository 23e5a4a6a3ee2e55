import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import { serverContext } from './server-context.js';

/**
 * The content size of the element in the host's shadow root that `selector` finds, kept current.
 * It is looked up and measured after every update that rendered it (`hostUpdated`): the update
 * that asks for runs before the browser paints, so the first painted frame is the laid-out one.
 * A ResizeObserver keeps the size current after. Both read the content box the same way; only a
 * change of a whole pixel re-renders, so there is no resize loop. (A selector rather than Lit's `ref()`
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
    // The observer says when the box changed; the size is read the same way as after an update.
    this.observer = new ResizeObserver(() => this.target && this.measure(this.target));
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
    this.measure(target);
  }

  /**
   * The content box, read the same way after an update and on a resize, so the two never disagree
   * (clientHeight rounds 464.7 to 465, the observer's contentRect does not, and a chart measured
   * one way and then the other was laid out and painted twice): the used width and height,
   * fractional, less padding and borders where they are part of it (border-box); 0 when not
   * rendered. The chart box has no scrollbar (overflow: hidden); the table's is observed only to
   * know when it changes.
   */
  private measure(target: Element): void {
    const style = getComputedStyle(target);
    const px = (name: string) => Number.parseFloat(style.getPropertyValue(name)) || 0;
    const borderBox = style.boxSizing === 'border-box';
    const inset = (a: string, b: string) => (borderBox ? px(`padding-${a}`) + px(`padding-${b}`) + px(`border-${a}-width`) + px(`border-${b}-width`) : 0);
    this.set(Math.max(0, px('width') - inset('left', 'right')), Math.max(0, px('height') - inset('top', 'bottom')));
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
