/**
 * Stories are plain functions of their args. `element()` turns args into an element: strings,
 * numbers and booleans become attributes (as hand-written HTML would set them), objects become
 * properties (as a developer would), `on…` functions become event listeners, and undefined
 * leaves a field unset.
 */
export function element(tag: string, args: Record<string, unknown>, children: (Node | string)[] = []): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false) continue;
    // Storybook passes an action for each documented event (onhz-select …): listen with it.
    if (typeof value === 'function' && name.startsWith('on')) el.addEventListener(name.slice(2), value as EventListener);
    else if (typeof value === 'object') (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}

/** Wraps elements in the Huzhou 2024 report (or another `src`). */
export function inReport(children: Node[], attributes: Record<string, string> = {}): HTMLElement {
  return element('hz-report', attributes, children);
}

/** A URL whose fetch never settles, so a story can show the loading state for as long as it is open. */
export const pendingUrl = '/__hz-viz-stories__/pending.json';
const originalFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
  String(input).endsWith(pendingUrl) ? new Promise<Response>(() => {}) : originalFetch(input, init)) as typeof fetch;

/** A grid for showing several variants side by side. */
export function grid(children: Node[], min = '240px'): HTMLElement {
  const div = document.createElement('div');
  div.style.display = 'grid';
  div.style.gap = '16px';
  div.style.gridTemplateColumns = `repeat(auto-fill, minmax(${min}, 1fr))`;
  div.append(...children);
  return div;
}

export const longLabel = '这是一个非常长的指标名称，用于检验换行与截断是否正常：科学家精神“三进”活动惠及人次（含线上线下）';
