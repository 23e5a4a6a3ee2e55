import { expect } from '@open-wc/testing';
import { hzVizVersion } from '../../packages/hz-viz/src/internal/define.js';
import type { FrameWindow } from './helpers.js';
import { frame, removeFrames, text, until } from './helpers.js';

/**
 * The drop-in's autoloader (decision 0017): the first file defines no element; it loads each
 * `hz-*` tag's file from lazy/ when the tag appears, shows a sized frame until then, and a
 * visible error in the page's language when the file cannot be loaded.
 */
const bundle = '/packages/hz-viz/dist/cdn/hz-viz.min.js';
const huzhouBundle = '/packages/hz-viz/dist/cdn/hz-viz-huzhou.min.js';
const page = (html: string) => frame({ html });
const scriptsOf = (win: FrameWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));

interface HzVizGlobal {
  version: string;
  tags: readonly string[];
  ready: Promise<void>;
  load(tag: string): Promise<CustomElementConstructor>;
  discover(root?: ParentNode): Promise<void>;
  api(): Promise<Record<string, unknown>>;
}

describe('the drop-in autoloader', () => {
  afterEach(removeFrames);

  it('loads only the files of the tags on the page: one card fetches no treemap, report or validator', async () => {
    const { document: doc, window: win, errors } = await page(`<!doctype html><html lang="zh-CN"><head><script src="${bundle}"></script></head><body>
      <hz-metric-card label="规上工业增加值" value="7.3" unit="%"></hz-metric-card></body></html>`);
    await until(() => text(doc.querySelector('hz-metric-card')).includes('7.3%'), 'the card');
    const scripts = scriptsOf(win);
    expect(scripts[0]).to.equal(bundle);
    expect(scripts.some((path) => path.includes('/lazy/hz-metric-card-'))).to.be.true;
    // Nor the English part (decision 0019): a Chinese page never needs it.
    for (const other of ['hz-department-treemap-', 'hz-report-', 'hz-bar-list-', 'report-validator-', 'dataset-', '/lazy/english-']) expect(scripts.some((path) => path.includes(other)), other).to.be.false;
    expect(Boolean(win.customElements.get('hz-department-treemap'))).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('fetches the English part beside the files of an English element (en-GB inside a zh page), not after them', async () => {
    const { document: doc, window: win, errors } = await page(`<!doctype html><html lang="zh-CN"><head><script src="${bundle}"></script></head><body>
      <div lang="en-GB"><hz-metric-card label="Port cargo" value="1.48亿" unit="吨"></hz-metric-card></div></body></html>`);
    await until(() => text(doc.querySelector('hz-metric-card')).includes('148milliont'), 'the English card');
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const card = entries.find((entry) => entry.name.includes('/lazy/hz-metric-card-'))!;
    const english = entries.find((entry) => entry.name.includes('/lazy/english-'));
    expect(english, 'the English part').to.not.equal(undefined);
    // Requested before the card's file had arrived: the same round trip, not one more after it.
    expect(english!.startTime).to.be.below(card.responseEnd);
    expect(errors).to.deep.equal([]);
  });

  it('upgrades tags a script adds later, also inside an <hz-report> added later, and inside one already defined', async () => {
    const { document: doc, errors } = await page(`<!doctype html><html lang="zh-CN"><body><script src="${huzhouBundle}"></script>
      <hz-report id="first"></hz-report></body></html>`);
    const first = doc.getElementById('first')!;
    await until(() => Boolean(first.shadowRoot), 'the first report');
    // Later, by script: a new report holding a card, and a treemap inside the defined report.
    doc.body.insertAdjacentHTML('beforeend', '<div><hz-report><hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report></div>');
    const map = doc.createElement('hz-department-treemap');
    first.append(map);
    await until(() => text(doc.querySelector('hz-metric-card')).includes('265.8亿元'), 'the late card in the late report');
    await until(() => (map.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) === 4, 'the late treemap');
    expect(errors).to.deep.equal([]);
  });

  it('HzViz: version and tags at once; ready, load, discover and api through promises', async () => {
    const { document: doc, window: win, errors } = await page(`<!doctype html><html lang="en"><head><script src="${bundle}"></script></head><body>
      <hz-metric-bar label="Completion" value="96" unit="%"></hz-metric-bar><div id="host"></div></body></html>`);
    const hz = win.HzViz as HzVizGlobal;
    expect(hz.version).to.equal(hzVizVersion);
    expect(hz.tags).to.include.members(['hz-report', 'hz-metric-card', 'hz-department-treemap']);
    await hz.ready;
    expect(Boolean(win.customElements.get('hz-metric-bar'))).to.equal(true);
    expect(Boolean(win.customElements.get('hz-rank-badge'))).to.equal(false);
    // load: one element now, resolved with its class once defined.
    const Badge = await hz.load('hz-rank-badge');
    expect(Badge === win.customElements.get('hz-rank-badge')).to.equal(true);
    // discover: a page's own shadow root, which the observer does not see.
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<hz-achievement-card></hz-achievement-card>';
    await hz.discover(shadow);
    expect(Boolean(win.customElements.get('hz-achievement-card'))).to.equal(true);
    // api: the npm index's exports; the classes are the defined ones.
    const api = await hz.api();
    expect(api.layoutTreemap).to.be.a('function');
    expect(api.HzMetricBarElement === win.customElements.get('hz-metric-bar')).to.equal(true);
    expect(Boolean(win.customElements.get('hz-department-treemap'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  for (const [lang, title, advice] of [
    ['zh-CN', '无法加载<hz-metric-card>。', '请复制整个dist/cdn/文件夹'],
    ['en', '<hz-metric-card>couldnotbeloaded.', 'copythewholedist/cdn/folder'],
  ] as const) {
    it(`an element whose file is missing says so where it stands, in the page's language (${lang}); the others draw`, async () => {
      const base = '/__hz-test__/without/hz-metric-card-';
      const { document: doc, errors } = await page(`<!doctype html><html lang="${lang}"><body><script src="${base}/hz-viz.min.js"></script>
        <hz-metric-card label="x" value="1"></hz-metric-card><hz-metric-bar label="y" value="50" unit="%"></hz-metric-bar></body></html>`);
      const card = doc.querySelector('hz-metric-card')!;
      await until(() => Boolean(card.shadowRoot?.querySelector('[role=alert]')), 'the visible error');
      expect(text(card)).to.contain(title);
      expect(text(card)).to.contain(advice);
      expect(text(card)).to.contain('/lazy/hz-metric-card-');
      expect(card.getBoundingClientRect().height).to.be.greaterThan(40);
      await until(() => text(doc.querySelector('hz-metric-bar')).includes('50%'), 'the bar, whose file is there');
      expect(errors).to.deep.equal([]);
    });
  }

  it('frames every tag at its coming size before its file runs: the page does not move when it is defined', async () => {
    // The lazy files come 400 ms late; the page notes where things stand before any has run.
    const { document: doc, window: win } = await page(`<!doctype html><html lang="zh-CN"><body style="width: 600px">
      <script>new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shifts ??= []).push(e.value))).observe({ type: 'layout-shift', buffered: true });</script>
      <script src="/__hz-test__/slow-cdn/hz-viz-huzhou.min.js"></script>
      <hz-report>
        <hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card><p id="a">a</p>
        <hz-metric-bar metric="canlian.assistive-devices.device-fitting-completion-rate"></hz-metric-bar><p id="b">b</p>
        <hz-department-treemap style="--hz-treemap-height: 300px"></hz-department-treemap><p id="c">c</p>
      </hz-report>
      <script>
        const y = (id) => document.getElementById(id).getBoundingClientRect().top;
        window.before = { defined: Boolean(customElements.get('hz-metric-card')), tops: ['a', 'b', 'c'].map(y), map: document.querySelector('hz-department-treemap').getBoundingClientRect().height };
      </script></body></html>`);
    const before = win.before as unknown as { defined: boolean; tops: number[]; map: number };
    expect(before.defined, 'defined before its file could arrive').to.equal(false);
    expect(before.map).to.equal(300);
    const map = doc.querySelector('hz-department-treemap')!;
    await until(() => (map.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) === 4 && text(doc.querySelector('hz-metric-card')).includes('265.8亿元'), 'the report drawn');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!.getBoundingClientRect().top);
    for (const [i, top] of after.entries()) expect(Math.abs(top - before.tops[i]!), `paragraph ${'abc'[i]} moved`).to.be.below(8);
    expect(((win.shifts ?? []) as number[]).reduce((a, b) => a + b, 0)).to.be.below(0.01);
  });
});
