/** Helpers for the tests of built artefacts: each page runs in its own iframe. */

export type FrameWindow = Window & typeof globalThis & Record<string, unknown>;

/**
 * Loads a page (a URL, or HTML as srcdoc) in a fresh iframe and records its errors; with
 * `scripts: false` the frame runs no script at all, as a browser with JavaScript off.
 */
export async function frame(page: ({ src: string } | { html: string }) & { scripts?: boolean; width?: number }): Promise<{ window: FrameWindow; document: Document; errors: string[] }> {
  const iframe = document.createElement('iframe');
  if (page.scripts === false) iframe.sandbox.add('allow-same-origin');
  if (page.width) iframe.style.width = `${page.width}px`;
  iframe.style.width ||= '1000px';
  iframe.style.height = '900px';
  document.body.append(iframe);
  const errors: string[] = [];
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    if ('src' in page) iframe.src = page.src;
    else iframe.srcdoc = page.html;
  });
  const win = iframe.contentWindow as FrameWindow;
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { window: win, document: iframe.contentDocument!, errors };
}

export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits `n` animation frames: what an element measures after it draws lands a frame or two later. */
export const frames = (n: number): Promise<void> => new Promise<void>((resolve) => (n === 0 ? resolve() : requestAnimationFrame(() => void frames(n - 1).then(resolve))));

/** An element's shadow text with all whitespace removed. */
export const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, '');

export const removeFrames = () => document.querySelectorAll('iframe').forEach((f) => f.remove());
