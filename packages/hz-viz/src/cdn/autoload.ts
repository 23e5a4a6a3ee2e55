import type { HzTag } from './elements.js';
import { elementFiles, hzTags, isHzTag } from './elements.js';
import { clearLoadFailure, showLoadFailure } from './load-failure.js';

/**
 * The autoloader (decision 0017), in the manner of Shoelace's: it finds `hz-*` tags that are not
 * defined yet and loads each one's file from lazy/; elements that share code share its chunks,
 * which the chunk loader fetches side by side with the element's file (no waterfall). It looks
 * when the first file runs, while the parser adds elements (a MutationObserver, which also sees
 * tags a script adds later), and at DOMContentLoaded; it stops watching once every tag is defined.
 * Elements inside a page's own shadow roots are out of its sight: `HzViz.discover(root)`.
 */
const loading = new Map<HzTag, Promise<CustomElementConstructor>>();
let observer: MutationObserver | undefined;

/**
 * On a page a server drew (`@hz-viz/ssr` writes `defer-hydration` on its elements), Lit's
 * hydration support must patch LitElement before an element's file defines its class: element
 * files wait for it. Without it (its file failed) the elements draw again, as on any page.
 */
let hydration: Promise<unknown> | undefined;

/**
 * A server-drawn page is complete before its script runs: its elements load once its first
 * contentful paint is on screen, not beside it (on two cores, compiling them delayed that paint
 * by a tenth of a second), or after a second where the browser reports no paint (a tab in the
 * background, a browser without paint timing).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length > 0 && done());
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timeout below.
    }
    setTimeout(done, 1000);
  });
}

/** Loads a tag's file (once; again after a failure) and resolves with its class once defined. */
export function loadElement(tag: HzTag): Promise<CustomElementConstructor> {
  const defined = customElements.get(tag);
  if (defined) return Promise.resolve(defined);
  let pending = loading.get(tag);
  if (!pending) {
    clearLoadFailure(document, tag);
    const load: () => Promise<unknown> = elementFiles[tag];
    const file = hydration ? hydration.catch(() => undefined).then(load) : load();
    pending = file.then(() => customElements.whenDefined(tag));
    loading.set(tag, pending);
    pending.then(stopWhenAllDefined, (error: unknown) => {
      // Tried again the next time the tag is needed; meanwhile the page says what went wrong.
      loading.delete(tag);
      showLoadFailure(document, tag, error);
    });
  }
  return pending;
}

/**
 * The English part (decision 0019): an element whose language is English waits for it before it
 * draws, so the autoloader starts it beside the element's files, not after them. Fetched once.
 */
let englishStarted = false;
const loadEnglish = () => import('../internal/english.js');

/**
 * Whether an element's language is English: its nearest `lang`, out of shadow roots, read as
 * internal/lang.ts and the schema's resolveLocale read it (repeated here: the first file may not
 * share a module with the lazy files; test/dist/autoload.test.ts checks both agree).
 */
function speaksEnglish(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return /^en\b/i.test(node.getAttribute('lang')!.trim());
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

function foundTag(element: Element, found: Set<HzTag>): void {
  if (!isHzTag(element.localName) || customElements.get(element.localName)) return;
  found.add(element.localName);
  if (!hydration && element.hasAttribute('defer-hydration')) hydration = afterFirstPaint().then(() => import('../hydrate.js'));
  if (!englishStarted && speaksEnglish(element)) {
    englishStarted = true;
    // A failure is the elements' to show (each asks for the part again and says why it is missing).
    loadEnglish().catch(() => (englishStarted = false));
  }
}

function tagsIn(root: ParentNode, found: Set<HzTag>): void {
  if (root instanceof Element) foundTag(root, found);
  for (const element of root.querySelectorAll(':not(:defined)')) foundTag(element, found);
}

/**
 * Loads every undefined `hz-*` tag under `root` (the document, or a shadow root the observer does
 * not see); resolves when each is defined or shows why it could not be.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const found = new Set<HzTag>();
  tagsIn(root, found);
  return Promise.allSettled([...found].map(loadElement)).then(() => undefined);
}

function stopWhenAllDefined(): void {
  if (observer && hzTags.every((tag) => customElements.get(tag))) {
    observer.disconnect();
    observer = undefined;
  }
}

/** Starts watching the document: tags the parser or a script adds are loaded as they appear. */
export function autoload(doc: Document): Promise<void> {
  observer = new MutationObserver((records) => {
    const found = new Set<HzTag>();
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) tagsIn(node, found);
    for (const tag of found) void loadElement(tag).catch(() => undefined);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // What the parser has added before this script (a script at the end of <body>).
  void discover(doc);
  // `ready`: every tag in the document once it is parsed, defined (or shown as failed).
  return new Promise<void>((resolve) => {
    const all = () => void discover(doc).then(resolve);
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', all, { once: true });
    else all();
  });
}
