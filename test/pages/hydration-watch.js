/**
 * Loaded by test/dist/hydration.test.ts's pages (scripts/test/test-endpoints.mjs adds it at the
 * end of the static page's <body>): it runs once the parser has added every element and before
 * the drop-in (a deferred script) runs, and watches every server-drawn element and its shadow
 * root, nested ones included, for what hydration could change; it keeps every element's box as
 * served, to compare after hydration, and the warnings (an element that gives the server's
 * drawing up says so) too.
 */
(() => {
  const watch = (window.__watch = { changes: [], warnings: [] });
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    watch.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  const where = (node) => { const root = node.getRootNode(); return (root.host ? '<' + root.host.localName + '> ' : '') + (node.nodeName || ''); };
  // Every element's box as the server drew it: the parser has added them all and no script has
  // run, so reading one lays the page out as it comes from the server. The layout-shift API would
  // also count what a frame painted halfway through parsing showed (a button before its text
  // arrived, under load), which is the parser's doing, not hydration's.
  const box = (element) => { const r = element.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(','); };
  const everyElement = (root, into = []) => { for (const element of root.querySelectorAll('*')) { into.push(element); if (element.shadowRoot) everyElement(element.shadowRoot, into); } return into; };
  const served = new Map(everyElement(document).map((element) => [element, box(element)]));
  /** The server-drawn elements whose box is not where, or not the size, it was. */
  watch.moved = () => [...served].filter(([element, was]) => element.isConnected && box(element) !== was).map(([element, was]) => where(element) + '.' + (element.getAttribute('class') || '') + ' ' + was + ' -> ' + box(element));
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') watch.changes.push(where(r.target) + ': ' + r.addedNodes.length + ' added, ' + r.removedNodes.length + ' removed ' + JSON.stringify(((r.removedNodes[0] || r.addedNodes[0]).textContent || '').slice(0, 60)));
      else if (r.type === 'characterData' && r.oldValue !== r.target.data) watch.changes.push(where(r.target) + ': text ' + JSON.stringify(r.oldValue) + ' -> ' + JSON.stringify(r.target.data));
      else if (r.type === 'attributes' && r.attributeName !== 'defer-hydration' && r.oldValue !== r.target.getAttribute(r.attributeName)) watch.changes.push(where(r.target) + ': ' + r.attributeName + ' ' + JSON.stringify(r.oldValue) + ' -> ' + JSON.stringify(r.target.getAttribute(r.attributeName)));
    }
  });
  // Each element's shadow root, all of it; the elements themselves, their attributes.
  const options = { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true };
  const observe = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      observer.observe(element, { attributes: true, attributeOldValue: true });
      observer.observe(element.shadowRoot, options);
      observe(element.shadowRoot);
    }
  };
  observe(document);
})();
