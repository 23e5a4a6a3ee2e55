/**
 * Loaded by test/dist/hydration.test.ts's pages (scripts/test/test-endpoints.mjs adds it at the
 * end of the static page's <body>): it runs once the parser has added every element and before
 * the drop-in (a deferred script) runs, and watches every server-drawn element and its shadow
 * root, nested ones included, for what hydration could change; it sums the layout shifts and
 * keeps the warnings (an element that gives the server's drawing up says so) too.
 */
(() => {
  const watch = (window.__watch = { changes: [], shift: 0, warnings: [] });
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    watch.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) watch.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const where = (node) => { const root = node.getRootNode(); return (root.host ? '<' + root.host.localName + '> ' : '') + (node.nodeName || ''); };
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
