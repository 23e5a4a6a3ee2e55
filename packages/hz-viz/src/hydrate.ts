/**
 * Hydration of hz-viz elements a server drew (`@hz-viz/ssr`): import this module before any
 * hz-viz element is defined (`import 'hz-viz/hydrate.js'` first; the drop-in bundle loads it by
 * itself on a page with server-drawn elements). Each server-drawn element then adopts the
 * server's drawing instead of drawing again: no node re-created, nothing on the page moves (docs/decisions/0024-hydration.md).
 * @packageDocumentation
 */
import { hydrateIn, installHydration } from './internal/hydration.js';
import { estimateTextWidth } from './layout/text-width.js';

installHydration();
// The widths a server fits treemap labels with: a hydrating treemap's first update fits them
// alike (text-measure-controller.ts reads them under this name; its own file does not carry them).
(globalThis as Record<symbol, unknown>)[Symbol.for('hz-viz/server-widths')] = estimateTextWidth;

/** Server-drawn elements under `root` (the document, or a shadow root) hydrate as their tags are defined. */
export { hydrateIn };

// The document's elements, as the drop-in bundle or a page's own import defines them.
void hydrateIn(document);
