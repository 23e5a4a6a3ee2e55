/**
 * What a server render needs from hz-viz besides its elements (all defined by importing this
 * module): `@hz-viz/ssr` loads every lazily loaded part, then renders with the page's language,
 * report and box as the server context. Not for pages: see @hz-viz/ssr.
 * @packageDocumentation
 */
import './index.js';

export { withServerContext } from './internal/server-context.js';
export type { ServerContext } from './internal/server-context.js';
export { loadEveryPart } from './internal/lazy-part.js';
export { indexReport } from './internal/report-index.js';
export type { ReportIndex } from './internal/report-index.js';
