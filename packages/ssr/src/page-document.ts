import type { Result } from '@hz-viz/schema';
import { parseReport, success } from '@hz-viz/schema';
import { renderToString } from './render.js';
// The document's head is written here, not by Lit: its two values escaped as the share images' text is.
import { escapeXml } from './share/xml.js';
import type { ReportPageOptions } from './report-page.js';
import { reportHeading, reportLead, reportPageTemplate } from './report-page.js';
import { reportPageStyles } from './report-page-styles.js';

export interface ReportPageDocumentOptions extends Partial<Pick<ReportPageOptions, 'heading' | 'lead' | 'badge' | 'treemapHeight'>> {
  /** The page language: `zh-CN` (default) or `en`. */
  readonly lang?: string;
  /** Where a browser's `<hz-report>` reads the report (the CLI writes it there): `report.json`. */
  readonly src?: string;
  /**
   * The width of the treemap's chart, in CSS pixels: by default the page's column at its widest
   * (1200). The chart is drawn at this width and `treemapHeight` less the treemap's bar of
   * breadcrumb, legend and switch; a browser as wide draws the same (hydration then changes
   * nothing), a narrower one scales it with scripts off and lays it out again with them on.
   */
  readonly treemapWidth?: number;
  /**
   * The drop-in bundle's URL (`…/hz-viz.min.js`): with scripts on, the page loads it and the
   * elements hydrate, interactive without drawing again. Without it the page has no script.
   */
  readonly script?: string;
}

/**
 * The height the treemap's bar (breadcrumb, legend and switch, one line on the page's column)
 * takes from `treemapHeight` in the elements' 15px type: its switch, 29px, and the gap under it,
 * 6px (hz-department-treemap.styles.ts keeps both whole pixels, so every browser agrees).
 */
const treemapBarHeight = 35;

/** The document's own colours and font, around the report page's rules. */
const documentStyles = `
:root {
  color-scheme: light dark;
  font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif;
}
body {
  margin: 0;
  background: light-dark(#f6f8fa, #0d1117);
  color: light-dark(#1b1f24, #e8ecf1);
}`;


/**
 * The report page as one HTML document, complete with JavaScript off: every element server-
 * rendered (declarative shadow DOM), the page's styles and print rules inline. An invalid report
 * gives its problems, each with its path, and no page.
 */
export async function renderReportPage(input: unknown, options: ReportPageDocumentOptions = {}): Promise<Result<string>> {
  const parsed = parseReport(input);
  if (!parsed.ok) return parsed;
  const report = parsed.value;
  const lang = options.lang ?? 'zh-CN';
  const heading = options.heading ?? reportHeading(report, lang);
  const treemapHeight = options.treemapHeight ?? 560;
  const body = await renderToString(
    reportPageTemplate(report, {
      heading,
      lead: options.lead ?? reportLead(report, lang),
      lang,
      ...(options.badge && { badge: options.badge }),
      src: options.src ?? 'report.json',
      treemapHeight,
    }),
    { lang, report, width: options.treemapWidth ?? 1200, height: treemapHeight - treemapBarHeight },
  );
  return success(`<!doctype html>
<html lang="${escapeXml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(heading)}</title>
${options.script ? `<script src="${escapeXml(options.script)}" defer></script>
` : ''}<style>${documentStyles}
${reportPageStyles}</style>
</head>
<body>
${body}
</body>
</html>
`);
}
