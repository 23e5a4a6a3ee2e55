/**
 * What an `hz-*` tag shows when its file cannot be loaded (offline, a copy hosted without its
 * lazy/ folder, a CSP that blocks it): an alert in the page's language that says which element,
 * which file and what to do, instead of an empty frame. It is drawn in a shadow root the
 * undefined element does not have yet, with a slot so the elements inside an `<hz-report>` still
 * show. If the file loads later (`HzViz.load()` tries again), the alert is cleared first and the
 * element draws into the same root: Lit reuses a shadow root it finds (as it does after server
 * rendering).
 *
 * This lives in the first file, which carries no Lit and no message table: the two sentences
 * below are all it says. Styles through a constructable sheet, which a CSP does not block.
 */
const sheetText = `:host{color-scheme:var(--hz-color-scheme);border-style:solid!important;border-color:light-dark(#b3261e,#ff8a80)!important;height:auto!important;min-height:0!important;overflow:visible!important}
[role=alert]{padding:var(--hz-space,12px);color:var(--hz-color-text,light-dark(#1b1f24,#e8ecf1));background:var(--hz-color-surface,light-dark(#fff,#161b22));border-radius:var(--hz-radius,10px);font-family:var(--hz-font-family,'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif)}
strong{color:var(--hz-color-bad,light-dark(#b3261e,#ff8a80))}
code{font-family:ui-monospace,Menlo,monospace;font-size:.9em;overflow-wrap:anywhere}
@media (forced-colors:active){:host{border-color:CanvasText!important}strong{color:CanvasText}}`;
let sheet: CSSStyleSheet | undefined;

/** The nearest `lang` out of the element, as the elements read it (internal/lang.ts): en or Chinese. */
function isEnglish(element: Element): boolean {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  return /^en\b/i.test(lang.trim());
}

export function wording(tag: string, detail: string, english: boolean): { title: string; detail: string; advice: string } {
  return english
    ? { title: `<${tag}> could not be loaded.`, detail, advice: 'Check the connection and reload the page. If you host hz-viz yourself, copy the whole dist/cdn/ folder, lazy/ included.' }
    : { title: `无法加载 <${tag}>。`, detail, advice: '请检查网络后刷新页面。如自行部署 hz-viz，请复制整个 dist/cdn/ 文件夹（包括其中的 lazy/）。' };
}

/** Shows the failure in every undefined `tag` element under `root`. */
export function showLoadFailure(root: ParentNode, tag: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  for (const element of root.querySelectorAll(tag)) {
    if (customElements.get(tag) && element.matches(':defined')) continue;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(sheetText);
    }
    shadow.adoptedStyleSheets = [sheet];
    const text = wording(tag, detail, isEnglish(element));
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.setAttribute('part', 'error');
    const title = document.createElement('strong');
    title.textContent = text.title;
    const advice = document.createElement('p');
    advice.textContent = text.advice;
    const code = document.createElement('code');
    code.textContent = text.detail;
    alert.append(title, advice, code);
    shadow.replaceChildren(alert, document.createElement('slot'));
  }
}

/** Before a file is tried again: the elements go back to their placeholder frame. */
export function clearLoadFailure(root: ParentNode, tag: string): void {
  for (const element of root.querySelectorAll(tag)) {
    if (element.matches(':not(:defined)') && element.shadowRoot?.querySelector('[role=alert][part=error]')) {
      element.shadowRoot.replaceChildren();
      element.shadowRoot.adoptedStyleSheets = [];
    }
  }
}
