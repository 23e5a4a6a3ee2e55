/**
 * @hz-viz/ssr: hz-viz on the server. Every element renders to declarative shadow DOM (the same
 * markup, styles and accessible names as in a browser), so a page shows its figures with
 * JavaScript off; `renderReportPage` writes the whole report page, and `hz-viz-render` does that
 * from the command line (docs/decisions/0022).
 * @packageDocumentation
 */
export { loadElements, renderElement, renderToString } from './render.js';
export type { ElementInput, ServerRenderOptions } from './render.js';
export { renderReportPage } from './page-document.js';
export type { ReportPageDocumentOptions } from './page-document.js';
export { reportHeading, reportLead, reportPageTemplate } from './report-page.js';
export type { ReportPageOptions } from './report-page.js';
export { reportPageStyles } from './report-page-styles.js';
export { drawShareImages, escapeXml, shareImages, svgToPng } from './share/index.js';
export type { Png, ShareImage, ShareImageOptions } from './share/index.js';
