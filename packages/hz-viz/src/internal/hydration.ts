import { digestForTemplateResult, hydrate } from '@lit-labs/ssr-client';
import type { PropertyValues, TemplateResult } from 'lit';
import { LitElement, ReactiveElement, render } from 'lit';
import { englishPart } from './english-part.js';
import { HzBase } from './hz-base.js';
import { localeOf } from './lang.js';

/**
 * Hydration of server-drawn hz-viz elements (docs/decisions/0024-hydration.md). Lit's hydration
 * (@lit-labs/ssr-client) adopts a server's drawing on the element's first update, provided that
 * update renders exactly what the server rendered: the same templates, and the same values (it
 * does not write values, it records them, so a value that differs stays wrong on the page until
 * it changes again). An hz-viz element's first update may not be ready for that: its report is
 * still on its way, a part it draws with (the rank badge, the English words …) is still loading.
 * So a server-drawn element's first update waits, here, until a trial render of it needs nothing
 * more and is not a placeholder; then it hydrates. If what it would draw is not what the server
 * drew (the report failed to load here, the page's script is another version), it draws afresh
 * in place of the server's drawing instead of adopting it wrongly.
 *
 * This is a patch of HzBase's lifecycle, installed by hz-viz/hydrate.js (lazily, only on pages
 * with server-drawn elements), so that no element's own file carries hydration.
 */

/** What hydration reads of an element: HzBase's and HzElement's own (TypeScript-private) members. */
interface Drawing {
  /** HzBase.need(): parts this element asked for that have not arrived. */
  partsLoading?: Promise<unknown>;
  /** HzElement: what the inputs resolved to, `{ pending: true }` while the report or a part loads. */
  resolved?: object;
  resolve?(): object;
  render(): unknown;
  readonly renderRoot: ParentNode;
  readonly renderOptions: object;
  readonly localName: string;
}

type Lifecycle = {
  connectedCallback(this: HzBase): void;
  attributeChangedCallback(this: HzBase, name: string, old: string | null, value: string | null): void;
  createRenderRoot(this: HzBase): ParentNode;
  scheduleUpdate(this: HzBase): void | Promise<unknown>;
  requestUpdate(this: HzBase, ...args: unknown[]): void;
  update(this: HzBase, changed: PropertyValues): void;
};

/**
 * Elements whose first update is to hydrate a server's drawing: their shadow root was there
 * before Lit asked for one (Lit's hydration support then keeps it, and hydrates it in that update).
 */
const serverDrawn = new WeakSet<object>();

/** Elements waiting for their report: woken by their next update request (the report's arrival). */
const waiting = new WeakMap<object, () => void>();

/** The marker the server wrote for the element's root template: `lit-part <digest>`. */
function serverMarker(root: ParentNode): string | undefined {
  for (const node of root.childNodes) if (node instanceof Comment && node.data.startsWith('lit-part')) return node.data;
  return undefined;
}

/** The marker a server would have written for `value` (@lit-labs/ssr's digest of a template's strings). */
function markerFor(value: unknown): string {
  const template = value !== null && typeof value === 'object' && '_$litType$' in value;
  return template ? `lit-part ${digestForTemplateResult(value as TemplateResult)}` : 'lit-part';
}

/** Elements in a trial render: what it sets (`resolved` is reactive) asks for an update that must not wake them. */
const trying = new WeakSet<object>();

/** The element's first render, tried without drawing it: what it would draw, and the parts it asks for on the way. */
function trialRender(element: Drawing): unknown {
  trying.add(element);
  try {
    if (element.resolve) element.resolved = element.resolve();
    return element.render();
  } catch {
    // The real update shows the problem (HzElement.willUpdate); the server's drawing cannot be kept.
    return undefined;
  } finally {
    trying.delete(element);
  }
}

/** Waits until the element's first render would draw what the server drew, or gives the drawing up. */
async function readyToHydrate(element: Drawing): Promise<void> {
  const drawn = serverMarker(element.renderRoot);
  if (localeOf(element as unknown as Element) === 'en') await englishPart.load();
  for (;;) {
    const woken = new Promise<void>((resolve) => waiting.set(element, resolve));
    const value = trialRender(element);
    const loading = element.partsLoading;
    if (loading) {
      // Awaited here; updateComplete need not wait for it again.
      element.partsLoading = undefined;
      await loading;
      continue;
    }
    if (element.resolved && 'pending' in element.resolved) {
      await woken;
      continue;
    }
    waiting.delete(element);
    if (markerFor(value) !== drawn) drawAfresh(element, `its first render (${markerFor(value)}) is not the server's (${drawn ?? 'none'})`);
    return;
  }
}

/**
 * Gives the server's drawing up: the element renders into its shadow root as if it were new.
 * The server's styles stay: they are the element's (a kept shadow root adopts none).
 */
function drawAfresh(element: Drawing, why: string): void {
  serverDrawn.delete(element);
  for (const node of [...element.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
  console.warn(`hz-viz: <${element.localName}> was drawn again in place of the server's drawing: ${why}.`);
}

/**
 * Installs hydration on HzBase, once, before any hz-viz element is defined: Lit's own glue
 * (@lit-labs/ssr-client/lit-element-hydrate-support.js) in hz-viz's classes only, around Lit's
 * `hydrate()`, with the wait and the fallback above. Not Lit's module itself: it patches every
 * LitElement on the page, must run before Lit does, and keeps its flag under a minified name
 * neither the wait nor the fallback could read (decision 0024).
 */
export function installHydration(): void {
  const proto = HzBase.prototype as unknown as Lifecycle & { hzHydrates?: true };
  if (proto.hzHydrates) return;
  proto.hzHydrates = true;
  const { connectedCallback, attributeChangedCallback, createRenderRoot, scheduleUpdate, requestUpdate, update } = proto;
  const reactiveUpdate = (Object.getPrototypeOf(LitElement.prototype) as Lifecycle).update;
  const observed = Object.getOwnPropertyDescriptor(ReactiveElement, 'observedAttributes')!.get!;
  Object.defineProperty(HzBase, 'observedAttributes', {
    configurable: true,
    get(this: typeof HzBase) {
      return [...(observed.call(this) as string[]), 'defer-hydration'];
    },
  });
  // Under `defer-hydration` an element waits; once it goes, it connects.
  proto.connectedCallback = function () {
    if (!this.hasAttribute('defer-hydration')) connectedCallback.call(this);
  };
  proto.attributeChangedCallback = function (name, old, value) {
    if (name === 'defer-hydration' && value === null && this.isConnected) connectedCallback.call(this);
    attributeChangedCallback.call(this, name, old, value);
  };
  // A shadow root already there is a server's drawing (declarative shadow DOM): kept, with its styles.
  proto.createRenderRoot = function () {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    serverDrawn.add(this);
    return this.shadowRoot;
  };
  proto.scheduleUpdate = function () {
    const element = this as unknown as Drawing;
    if (!serverDrawn.has(element)) return scheduleUpdate.call(this);
    return readyToHydrate(element).then(() => scheduleUpdate.call(this));
  };
  proto.requestUpdate = function (...args) {
    requestUpdate.apply(this, args);
    if (!trying.has(this)) waiting.get(this)?.();
  };
  proto.update = function (changed) {
    const element = this as unknown as Drawing & { renderOptions: { isConnected?: boolean } };
    if (!serverDrawn.has(element)) return update.call(this, changed);
    serverDrawn.delete(element);
    const value = element.render();
    element.renderOptions.isConnected = this.isConnected;
    reactiveUpdate.call(this, changed);
    try {
      hydrate(value, element.renderRoot as HTMLElement, element.renderOptions);
    } catch (error) {
      // A template deeper down differs from the server's: Lit stops hydrating midway.
      drawAfresh(element, error instanceof Error ? error.message : String(error));
      render(value, element.renderRoot as HTMLElement, element.renderOptions);
    }
  };
}

/**
 * Lets every server-drawn hz-viz element under `root` hydrate as soon as its tag is defined: each
 * waits under `defer-hydration` (@hz-viz/ssr writes it) until then. Outer elements first, as the
 * document lists them, so a `<hz-report>` provides its report before the elements inside ask.
 */
export function hydrateIn(root: ParentNode): Promise<void> {
  const deferred = [...root.querySelectorAll('[defer-hydration]')].filter((element) => element.localName.startsWith('hz-'));
  const hydrate = (element: Element, defined: CustomElementConstructor & { observedAttributes?: readonly string[] }) => {
    // Defined before Lit's hydration support was installed: the class never hears the attribute go.
    if (!defined.observedAttributes?.includes('defer-hydration')) console.warn(`hz-viz: <${element.localName}> was defined before hz-viz/hydrate.js was imported: it cannot hydrate the server's drawing.`);
    element.removeAttribute('defer-hydration');
  };
  return Promise.all(deferred.map((element) => customElements.whenDefined(element.localName).then((defined) => hydrate(element, defined)))).then(() => undefined);
}
