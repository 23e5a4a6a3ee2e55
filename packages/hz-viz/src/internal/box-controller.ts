import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The size of an element inside a shadow root, kept current. Pass `observe` as a `ref()`: it
 * measures the element at once, while the first render commits, so the update it asks for runs
 * before the first paint and the first painted frame is the laid-out one; a ResizeObserver keeps
 * it current after. Only a change of a whole pixel re-renders, so there is no resize loop.
 */
export class BoxController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  readonly observe = (element: Element | undefined): void => {
    if (!element || element === this.target) return;
    this.observer?.disconnect();
    this.target = element;
    const box = element.getBoundingClientRect();
    this.set(box.width, box.height);
    this.observer = new ResizeObserver(([entry]) => entry && this.set(entry.contentRect.width, entry.contentRect.height));
    this.observer.observe(element);
  };

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
  }
}
