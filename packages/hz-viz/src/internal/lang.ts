import type { ReactiveElement } from 'lit';
import type { Locale } from '@hz-viz/schema';
import { resolveLocale } from '@hz-viz/schema';

/** The nearest `lang` attribute, walking out of shadow roots: the element's own, a parent's, <html>'s. */
export function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
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
