import { expect } from '@open-wc/testing';
import { frame, frames, removeFrames, until } from './helpers.js';

/**
 * The server renderer (@hz-viz/ssr), as the built packages render (scripts/test/build-fixtures.mjs
 * writes tmp/fixtures/ssr/): every element in its main states, in Chinese and English, loaded
 * with JavaScript off, shows the same text as the same element drawn by the drop-in bundle.
 */
interface Case {
  readonly name: string;
  readonly tag: string;
  readonly lang: string;
  readonly attributes?: Record<string, string>;
  readonly properties?: Record<string, unknown>;
  readonly report?: boolean;
  readonly server: string;
}

const bundle = '/packages/hz-viz/dist/cdn/hz-viz-huzhou.min.js';

/**
 * The text a reader sees in an element, shadow roots and slots followed, in tree order: text in a
 * rendered box (screen-reader-only words included, which are rendered too), whitespace collapsed.
 */
export function visibleText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.checkVisibility({ visibilityProperty: true })) out.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (element.localName === 'style' || element.localName === 'template') return;
    if (element.localName === 'slot') return (element as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
    (element.shadowRoot ?? element).childNodes.forEach(walk);
  };
  walk(root);
  return out.join('').replace(/\s+/g, ' ').trim();
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function clientMarkup(c: Case): string {
  const attributes = Object.entries(c.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const element = `<${c.tag}${attributes}></${c.tag}>`;
  return c.report ? `<hz-report>${element}</hz-report>` : element;
}

const cases: Case[] = await (await fetch('/tmp/fixtures/ssr/cases.json')).json();

describe('server-rendered elements with JavaScript off', () => {
  afterEach(removeFrames);

  for (const c of cases) {
    it(`show what the browser draws: ${c.name} (${c.lang})`, async () => {
      const server = await frame({ html: `<!doctype html><html lang="${c.lang}"><body>${c.server}</body></html>`, scripts: false });
      const serverElement = server.document.querySelector(c.tag)!;
      expect(serverElement.shadowRoot, 'a declarative shadow root, attached with no script').to.not.equal(null);

      const client = await frame({ html: `<!doctype html><html lang="${c.lang}"><body>${clientMarkup(c)}<script src="${bundle}"></script></body></html>` });
      const element = client.document.querySelector(c.tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      await until(() => !!client.window.customElements.get(c.tag), `${c.tag} defined`);
      Object.assign(element, c.properties ?? {});
      // Settled: drawn (or its problem shown) and no placeholder left.
      await until(() => !!element.shadowRoot && !element.shadowRoot.querySelector('.status.pending') && visibleText(element) !== '', `${c.tag} drawn`);
      await element.updateComplete;
      // What the element measures after it draws (an achievement card's paragraph, whether it
      // needs its 展开 toggle) lands a frame or two later: wait until its text stops changing.
      for (let last = '', i = 0; i < 40; i++) {
        await frames(3);
        const now = visibleText(element);
        if (now === last) break;
        last = now;
      }

      // A chart is drawn at the same size, or its labels could not be the same.
      const viewBox = (root: Element) => root.shadowRoot!.querySelector('svg.chart, .chart svg')?.getAttribute('viewBox');
      expect(viewBox(serverElement), 'the chart drawn at the same size').to.equal(viewBox(element));
      expect(visibleText(serverElement)).to.equal(visibleText(element));
      expect(client.errors).to.deep.equal([]);
    });
  }
});

describe('the static report page hz-viz-render writes', () => {
  afterEach(removeFrames);

  it('passes axe with no script run, in light and in dark', async () => {
    for (const scheme of ['light', 'dark']) {
      // The page itself has no script: a frame that runs none shows it as a reader with
      // JavaScript off sees it. axe is then added to that frame to check it.
      const { document: doc, window: win } = await frame({ src: '/tmp/fixtures/ssr/site/index.html', width: 1280 });
      // (The test server adds its own web-socket client to every HTML page it serves.)
      const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
      expect(scripts.map((s) => s.outerHTML.slice(0, 200)), 'the page carries no script').to.deep.equal([]);
      expect(doc.querySelector('hz-metric-card')!.matches(':defined'), 'no hz-viz element is defined: all is server-rendered').to.equal(false);
      expect(doc.querySelector('hz-department-treemap')!.shadowRoot!.querySelector('svg'), 'the treemap is drawn').to.not.equal(null);
      doc.documentElement.style.colorScheme = scheme;
      doc.documentElement.style.setProperty('--hz-color-scheme', scheme);
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        doc.head.append(script);
      });
      const axe = (win as unknown as { axe: typeof window.axe }).axe;
      const result = await axe.run(doc.documentElement, { resultTypes: ['violations'] });
      const said = result.violations.map((v) => `${v.id} (${v.help}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      expect(said, `${scheme}`).to.deep.equal([]);
      removeFrames();
    }
  });
});
