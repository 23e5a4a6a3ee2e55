import { hzTags } from './elements.js';

/**
 * What an `hz-*` tag looks like before its file has run (`:not(:defined)`): a quiet dashed frame
 * of the size the element will take, so nothing on the page moves when it is defined and the
 * place is never blank. The heights are the ones each element holds while it waits for a report
 * (`--_pending-height` in its styles), in the same font size, so the element's own loading state
 * takes over the frame exactly, in the same colours (the elements' border token and scheme).
 * `<hz-report>` has no frame: the elements inside show theirs.
 *
 * A constructable sheet on `document.adoptedStyleSheets`: a CSP's `style-src` does not apply to
 * it, so it works on pages that forbid inline styles.
 */
const leaves = hzTags.filter((tag) => tag !== 'hz-report');
// A server-drawn element (`defer-hydration`, @hz-viz/ssr) already shows itself: no frame over it.
const undefinedTag = (tags: readonly string[], extra = '') => tags.map((tag) => `${tag}:not(:defined,[defer-hydration])${extra}`).join(',');

export const placeholderCss = `
${undefinedTag(hzTags)}{display:block;box-sizing:border-box;color-scheme:var(--hz-color-scheme);font-size:var(--hz-font-size,15px);line-height:1.6}
${undefinedTag(hzTags, '[text-size=large]')}{--hz-font-size:var(--hz-font-size-large,19px)}
${undefinedTag(hzTags, '[text-size=normal]')}{--hz-font-size:var(--hz-font-size-normal,15px)}
${undefinedTag(hzTags, '[hidden]')}{display:none}
${undefinedTag(leaves)}{border:1px dashed var(--hz-color-border,light-dark(#d5dbe2,#3a424d));border-radius:var(--hz-radius,10px);overflow:hidden}
${undefinedTag(['hz-metric-card'])}{height:8.1em;min-width:10rem}
${undefinedTag(['hz-metric-grid'])}{min-height:8.1em}
${undefinedTag(['hz-metric-bar'])}{height:5.4em;min-width:8rem}
${undefinedTag(['hz-bar-list'])}{height:16em;min-width:14rem}
${undefinedTag(['hz-achievement-card'])}{height:20em;min-width:14rem}
${undefinedTag(['hz-department-treemap'])}{height:var(--hz-treemap-height,460px);min-height:240px;min-width:280px}
${undefinedTag(['hz-rank-badge'])}{display:inline-block;vertical-align:middle;height:1.6em;width:6em;max-width:100%;line-height:1.3;border-radius:0.9em}
@media (forced-colors:active){${undefinedTag(leaves)}{border-color:CanvasText}}
`;

/** Adds the placeholder rules to the page, once per copy of the drop-in. */
export function installPlaceholders(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(placeholderCss);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
