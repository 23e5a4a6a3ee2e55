import type { ReactiveElement } from 'lit';
import type { Locale } from '@hz-viz/schema';
import { resolveLocale } from '@hz-viz/schema';
import { isServer } from 'lit';
import { serverContext } from './server-context.js';

/**
 * The nearest `lang` attribute, walking out of shadow roots: the element's own, a parent's, <html>'s.
 * On the server an element has no parents: its own `lang`, else the page's the render was given.
 */
export function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    // Duck-typed, not `instanceof Element`: the server's DOM shim has no Element or ShadowRoot.
    if ('hasAttribute' in node && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang');
    node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null) ?? null;
  }
  // (isServer is a constant: a browser build drops this branch and the server context with it.)
  return isServer ? (serverContext()?.lang ?? null) : null;
}

export function localeOf(element: Element): Locale {
  return resolveLocale(closestLang(element));
}

/**
 * Elements re-render when any `lang` attribute on the page changes (a language switch in a
 * site's header). One observer serves every element; it stops when none is connected.
 */
const listeners = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export function watchLang(element: ReactiveElement): void {
  listeners.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const listener of listeners) listener.requestUpdate();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(element: ReactiveElement): void {
  listeners.delete(element);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Every connected element renders again: a lazily loaded part of what they say has arrived. */
export function requestUpdateAll(): void {
  for (const listener of listeners) listener.requestUpdate();
}
