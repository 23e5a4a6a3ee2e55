import { expect } from '@open-wc/testing';
import { frame, removeFrames, text, until } from './helpers.js';

/**
 * The built artefacts, used as a new user would: the README's drop-in snippet in a plain page,
 * properties set before the bundle loads, a React 19 page, and two copies of the bundle.
 * Each page runs in its own iframe so registrations do not leak between tests.
 */
const bundle = '/packages/hz-viz/dist/cdn/hz-viz.min.js';
const huzhouBundle = '/packages/hz-viz/dist/cdn/hz-viz-huzhou.min.js';

const page = (html: string) => frame({ html });

describe('the built drop-in bundle', () => {
  afterEach(removeFrames);

  it('works in a plain HTML page exactly as the README shows', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /<!-- drop-in -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'README drop-in snippet').to.be.a('string');
    const html = `<!doctype html><html lang="zh-CN"><body>${snippet!.replace('https://unpkg.com/hz-viz/dist/cdn/hz-viz-huzhou.min.js', huzhouBundle)}</body></html>`;
    const { document: doc, errors } = await page(html);
    const cards = () => [...doc.querySelectorAll('hz-metric-card')];
    await until(() => text(cards()[0]).includes('265.8亿元'), 'the report card');
    await until(() => (doc.querySelector('hz-department-treemap')?.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) === 4, 'the treemap');
    await until(() => text(doc.querySelector('hz-achievement-card')).includes('1.48亿吨'), 'the achievement card');
    expect(text(cards()[1])).to.contain('规上工业增加值7.3%');
    expect(errors).to.deep.equal([]);
  });

  it('hz-viz.min.js self-hosted: a card from attributes and a report from src; it fetches nothing but its own lazy files', async () => {
    const requested: string[] = [];
    const { document: doc, window: win, errors } = await page(`<!doctype html><html lang="zh-CN"><body>
      <script src="${bundle}"></script>
      <hz-metric-card label="规上工业增加值" value="7.3" unit="%"></hz-metric-card>
      <hz-report src="/data/huzhou-2024.json"><hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report>
      <hz-report id="none"><hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report>
    </body></html>`);
    await until(() => text(doc.querySelectorAll('hz-metric-card')[0]!).includes('7.3%'), 'the attribute card');
    await until(() => text(doc.querySelectorAll('hz-metric-card')[1]!).includes('265.8亿元'), 'the card from the fetched report');
    // Without src, and without the Huzhou drop-in, a report says what it needs: never a failed chunk.
    await until(() => text(doc.getElementById('none')).includes('没有报告'), 'the message of a report with nothing to show');
    requested.push(...win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    const scripts = requested.filter((path) => path.endsWith('.js'));
    expect(scripts[0]).to.equal(bundle);
    // Later only files beside it, in lazy/ (decision 0013): here the Chinese wording of the report's problem.
    for (const path of scripts.slice(1)) expect(path).to.match(/^\/packages\/hz-viz\/dist\/cdn\/lazy\/[\w.-]+\.js$/);
    expect(errors).to.deep.equal([]);
  });

  it('imported from a module script (no document.currentScript), finds its lazy files beside itself', async () => {
    const { document: doc, window: win, errors } = await page(`<!doctype html><html lang="zh-CN"><body>
      <script type="module">import '${huzhouBundle}';</script>
      <hz-report><hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report>
    </body></html>`);
    await until(() => text(doc.querySelector('hz-metric-card')).includes('265.8亿元'), 'the card from the lazily loaded dataset');
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
    expect(scripts.some((path) => /\/cdn\/lazy\/dataset-huzhou-2024-[\w-]+\.js$/.test(path))).to.be.true;
    expect(errors).to.deep.equal([]);
  });

  it('fetches the Huzhou dataset at once, beside the first file, and nothing else before the report is painted', async () => {
    const { document: doc, window: win, errors } = await page(`<!doctype html><html lang="zh-CN"><head><script src="${huzhouBundle}"></script></head><body>
      <hz-report><hz-department-treemap></hz-department-treemap></hz-report>
    </body></html>`);
    await until(() => (doc.querySelector('hz-department-treemap')?.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) === 4, 'the treemap');
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
    expect(scripts[0]).to.equal(huzhouBundle);
    expect(scripts[1]).to.match(/^\/packages\/hz-viz\/dist\/cdn\/lazy\/dataset-huzhou-2024-[\w-]+\.js$/);
    expect(errors).to.deep.equal([]);
  });

  it('paints a report that is wrong only where the full validation looks, then replaces it with the problems', async () => {
    const report = { title: '示例', year: 2024, departments: [{ id: 'Not A Slug', name: '示例局', initiatives: [{ id: 'x', title: '举措', metrics: [{ id: 'x.m', label: '项目', value: 12, unit: '个' }] }] }] };
    const { document: doc, errors } = await page(`<!doctype html><html lang="zh-CN"><body>
      <script src="${bundle}"></script>
      <hz-report src="/__hz-test__/text?body=${encodeURIComponent(JSON.stringify(report))}"><hz-metric-card metric="x.m"></hz-metric-card></hz-report>
    </body></html>`);
    const el = doc.querySelector('hz-report')!;
    await until(() => Boolean(el.shadowRoot?.querySelector('[role=alert]')), 'the problem list');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('departments[0].id');
    expect(text(doc.querySelector('hz-metric-card'))).to.not.contain('12个');
    expect(errors).to.deep.equal([]);
  });

  it('renders properties set before the bundle loads (lazy upgrade)', async () => {
    const { window: win, document: doc, errors } = await page('<!doctype html><html lang="zh-CN"><body><hz-metric-card id="early"></hz-metric-card></body></html>');
    const early = doc.getElementById('early') as HTMLElement & { metric?: unknown };
    early.metric = { label: '新增残疾人就业', kind: 'count', value: 816, unit: '人', polarity: 'higher-is-better' };
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = bundle;
    doc.body.append(script);
    await until(() => Boolean(win.customElements.get('hz-metric-card')), 'registration');
    await until(() => text(early).includes('816人'), 'the upgraded card');
    expect(errors).to.deep.equal([]);
  });

  it('does not throw when two copies are loaded on one page, and keeps working', async () => {
    const { window: win, document: doc, errors } = await page(
      `<!doctype html><html lang="zh-CN"><body>
        <script type="module" src="${bundle}"></script>
        <script type="module" src="${bundle}?copy=2"></script>
        <hz-metric-card label="规上工业增加值" value="7.3" unit="%"></hz-metric-card>
      </body></html>`,
    );
    await until(() => text(doc.querySelector('hz-metric-card')).includes('7.3%'), 'the card');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors).to.deep.equal([]);
    // The first copy keeps the tags and the global; the second leaves them to it, silently (same release).
    const hz = win.HzViz as { load: (tag: string) => Promise<unknown> };
    await hz.load('hz-report');
    expect(win.customElements.get('hz-report')).to.exist;
  });

  it('works in a React 19 page with no wrapper: object properties in, hz-* events out', async () => {
    const { document: doc, errors } = await page('<!doctype html><html lang="zh-CN"><body><div id="root"></div><script type="module" src="/tmp/fixtures/react-page.js"></script></body></html>');
    await until(() => text(doc.querySelector('hz-metric-card')).includes('190%'), 'the React-fed card');
    const list = doc.querySelector('hz-bar-list')!;
    await until(() => (list.shadowRoot?.querySelectorAll('[role=option]').length ?? 0) === 2, 'the React-fed list');
    list.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')[1]!.click();
    await until(() => doc.getElementById('selected')!.textContent === '辅具适配完成率', 'the hz-select event in React state');
    expect(errors).to.deep.equal([]);
  });
});
