import 'axe-core/axe.min.js';
import type { LitElement } from 'lit';
// The tests read the Huzhou report as a page's default, the way hz-viz-huzhou.min.js provides it.
import '../../packages/hz-viz/src/datasets/huzhou-2024.js';

declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
  }
}

/** Mounts HTML in a fresh container and waits until every hz-* element inside has rendered. */
export async function mount<T extends Element = HTMLElement>(markup: string, attributes: Record<string, string> = {}): Promise<T> {
  const container = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
  container.innerHTML = markup;
  document.body.append(container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits for pending Lit updates (and a report load) under `root`. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((el): el is LitElement => el.localName.startsWith('hz-') && 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Resolves when `<hz-report>` has loaded (or failed): its public `loaded` promise. */
export async function reportSettled(report: Element): Promise<void> {
  // A src set just now starts loading in the element's next update: wait for it first.
  await (report as unknown as LitElement).updateComplete;
  const loaded = (report as unknown as { loaded: Promise<unknown> }).loaded;
  // Up to 10 s: a loaded 2-core CI machine can take seconds to serve and parse a report.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([loaded, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer);
  await settle(report);
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(element: Element, selector: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** Runs axe-core on an element (including its shadow tree) and fails with the violations. */
export async function expectAccessible(element: Element): Promise<void> {
  const result = await window.axe.run(element, { resultTypes: ['violations'] });
  if (result.violations.length > 0) {
    throw new Error(`axe: ${result.violations.map((v) => `${v.id} (${v.help}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('; ')}`);
  }
}

/** Records hz-* events fired on the document. */
export function recordEvents(type: string): CustomEvent[] {
  const events: CustomEvent[] = [];
  document.addEventListener(type, (event) => events.push(event as CustomEvent));
  return events;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/**
 * Fails, with the offending markup as text, when `selector` matches under `root`. (chai's
 * `expect(element).to.equal(null)` formats a failing DOM node by walking it, which can hang the
 * browser instead of failing the test.)
 */
export function expectNoMatch(root: ParentNode | null | undefined, selector: string, what: string): void {
  const found = root?.querySelector(selector);
  if (found) throw new Error(`${what}: found ${found.outerHTML.slice(0, 300)}`);
}

/**
 * An element's current problems as their messages (the stable English ones for the schema's
 * problems, as `problems` and hz-error carry them; the page shows them in its own language).
 */
export function problemsText(element: Element): string {
  return ((element as unknown as { problems?: readonly { message: string }[] }).problems ?? []).map((p) => p.message).join('\n');
}
