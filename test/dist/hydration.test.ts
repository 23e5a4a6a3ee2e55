import { expect } from '@open-wc/testing';
import { frame, frames, removeFrames, until } from './helpers.js';
import type { FrameWindow } from './helpers.js';

/**
 * Hydration (decision 0024): the static report page hz-viz-render writes, opened with JavaScript
 * on. Its copy of the drop-in loads, every server-drawn element hydrates, and the page does not
 * change: no node added or removed in any element, no text or attribute rewritten to another
 * value, no element's box moved or resized; then the elements respond (treemap drill, bar-list
 * sort). The page is the CLI's, from the built packages (scripts/test/build-fixtures.mjs).
 */

/** What test/pages/hydration-watch.js saw. */
interface Watch {
  changes: string[];
  /** The server-drawn elements whose box changed since the page was parsed, from what to what. */
  moved: () => string[];
  warnings: string[];
}



type HzElement = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/** Every hz-viz element of the page, those inside other elements' shadow roots too. */
function hzElements(root: ParentNode): HzElement[] {
  const found: HzElement[] = [];
  for (const element of root.querySelectorAll<HzElement>('*')) {
    if (element.localName.startsWith('hz-')) found.push(element);
    if (element.shadowRoot) found.push(...hzElements(element.shadowRoot));
  }
  return found;
}

async function hydratedPage(site: string) {
  const html = await (await fetch(`/tmp/fixtures/ssr/${site}/index.html`)).text();
  expect(html.includes('<script src="hz-viz/hz-viz.min.js" defer></script>'), 'the page links its copy of the drop-in').to.equal(true);
  // The page as written, with test/pages/hydration-watch.js after its last element.
  const loaded = await frame({ src: `/__hz-test__/watched/${site}.html`, width: 1280 });
  const { window: win, document: doc } = loaded;
  const elements = hzElements(doc);
  expect(elements.length, 'server-drawn elements').to.be.greaterThan(40);
  await until(() => hzElements(doc).every((element) => element.hasUpdated) && !doc.querySelector('[defer-hydration]'), 'every element hydrated', 20_000);
  for (const element of hzElements(doc)) await element.updateComplete;
  // What elements measure after they draw (the treemap's box, its label widths) lands a frame or two later.
  await frames(6);
  return { ...loaded, watch: (win as FrameWindow & { __watch: Watch }).__watch, elements: hzElements(doc) };
}

describe('the static report page, hydrated (JavaScript on)', () => {
  afterEach(removeFrames);

  for (const site of ['hydrated-site', 'hydrated-site-en']) {
    it(`changes nothing as its elements hydrate: no node re-created, no layout shift (${site})`, async () => {
      const page = await hydratedPage(site);
      const kinds = new Set(page.elements.map((element) => element.localName));
      expect([...kinds].sort(), 'every kind of element on the page hydrated').to.deep.equal(['hz-achievement-card', 'hz-bar-list', 'hz-department-treemap', 'hz-metric-card', 'hz-rank-badge', 'hz-report']);
      // The live region of <hz-report> is written its own words again when the report arrives ("报告已加载"): the same text.
      expect(page.watch.changes, 'what hydration changed').to.deep.equal([]);
      expect(page.watch.moved(), 'what hydration moved or resized').to.deep.equal([]);
      expect(page.watch.warnings, 'no element drew again').to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('responds once hydrated: the treemap drills in, the bar list sorts', async () => {
    const { document: doc, window: win, errors } = await hydratedPage('hydrated-site');
    const treemap = doc.querySelector<HzElement & { path: string[] }>('hz-department-treemap:not(.print-table)')!;
    const tree = treemap.shadowRoot!.querySelector<HTMLElement>('[role=tree]')!;
    const drills: unknown[] = [];
    treemap.addEventListener('hz-drill', (event) => drills.push((event as CustomEvent).detail));
    tree.focus();
    const first = treemap.shadowRoot!.getElementById(tree.getAttribute('aria-activedescendant')!)!.dataset.id!;
    tree.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await treemap.updateComplete;
    expect(treemap.path).to.deep.equal([first]);
    expect(drills).to.deep.equal([{ path: [first], id: first }]);
    expect(treemap.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('第 1 /');

    const list = doc.querySelector<HzElement & { sort: string }>('hz-bar-list')!;
    const values = () => [...list.shadowRoot!.querySelectorAll('.value')].map((value) => value.textContent!.trim());
    const before = values();
    expect(list.sort).to.equal('value-desc');
    list.shadowRoot!.querySelector<HTMLButtonElement>('button.sort')!.click();
    await list.updateComplete;
    expect(list.sort).to.equal('value-asc');
    expect(values()).to.deep.equal([...before].reverse());
    expect(errors).to.deep.equal([]);
  });
});
