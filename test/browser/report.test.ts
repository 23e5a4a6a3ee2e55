import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.js';
import { defaultReport, provideDefaultReport } from '../../packages/hz-viz/src/internal/default-report.js';
import { cleanup, expectNoMatch, mount, recordEvents, reportSettled, shadow, shadowText } from './helpers.js';

type Report = HTMLElementTagNameMap['hz-report'];
/** The state the report provides to its children (internal: the tests read it to check transitions). */
const status = (report: Report) => (report as unknown as { reportState: { status: string } }).reportState.status;
const card = '<hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card>';

async function report(attributes: string): Promise<Report> {
  const el = await mount<Report>(`<hz-report ${attributes}>${card}</hz-report>`);
  await reportSettled(el);
  return el;
}

describe('<hz-report>', () => {
  let rejections: PromiseRejectionEvent[];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'unhandled rejections').to.have.length(0);
    cleanup();
  });

  it('shows the default report a dataset module provides, with nothing else given', async () => {
    const loads = recordEvents('hz-load');
    const el = await report('');
    expect(status(el)).to.equal('ready');
    expect(loads.at(-1)!.detail.reportId).to.equal('huzhou-2024');
    expect(shadowText(el.querySelector('hz-metric-card')!)).to.contain('265.8亿元');
  });

  /** Runs a test on a page with no dataset loaded, then puts the Huzhou default back. */
  async function withoutDataset(test: (huzhou: unknown) => Promise<void>): Promise<void> {
    const huzhou = defaultReport();
    provideDefaultReport(undefined);
    try {
      await test(huzhou);
    } finally {
      provideDefaultReport(huzhou);
    }
  }

  it('says what it needs when there is no src, no .report and no dataset loaded', () =>
    withoutDataset(async () => {
      const el = await report('');
      expect(status(el)).to.equal('error');
      expect(shadow(el, '[role=alert]')!.textContent).to.contain('没有报告：请给 <hz-report> 设置 src="报告.json" 或 .report');
    }));

  it('shows a dataset loaded after it, as a lazy chunk would provide it', () =>
    withoutDataset(async (huzhou) => {
      const el = await report('');
      expect(status(el)).to.equal('error');
      provideDefaultReport(huzhou);
      await reportSettled(el);
      expect(status(el)).to.equal('ready');
      expect(el.problems).to.deep.equal([]);
      expect(shadowText(el.querySelector('hz-metric-card')!)).to.contain('265.8亿元');
    }));

  it('loads src', async () => {
    const el = await report('src="/data/huzhou-2024.json"');
    expect(status(el)).to.equal('ready');
  });

  it('takes a report object as a property', async () => {
    const data = await (await fetch('/data/huzhou-2024.json')).json();
    const el = await mount<Report>(`<hz-report>${card}</hz-report>`);
    el.report = data;
    await reportSettled(el);
    expect(status(el)).to.equal('ready');
  });

  for (const [name, src, expected] of [
    ['a 404', '/__hz-test__/status/404', 'src: could not load "/__hz-test__/status/404": the server answered HTTP 404'],
    ['a 500', '/__hz-test__/status/500', 'HTTP 500'],
    ['invalid JSON', '/__hz-test__/text?body=%7B%22id%22%3A', 'invalid JSON at line 1, column 7'],
    ['a valid-JSON invalid report', '/__hz-test__/text?body=%7B%22id%22%3A%22x%22%7D', 'title: required'],
  ] as const) {
    it(`shows ${name} as an error that says what and where, and fires hz-error`, async () => {
      const errors = recordEvents('hz-error');
      const el = await report(`src="${src}"`);
      expect(status(el)).to.equal('error');
      expect(shadow(el, '[role=alert]')!.textContent!.trim()).to.not.equal('');
      if (name === 'a 404') expect(shadow(el, '[role=alert]')!.textContent).to.contain('src：无法获取 "/__hz-test__/status/404"：服务器返回 HTTP 404');
      expect(errors.some((e) => e.target === el)).to.be.true;
      // The elements inside are not blank: they say quietly that they have nothing; the one
      // alert is the report's, and only the report fires hz-error.
      const card = el.querySelector('hz-metric-card')!;
      expect(shadowText(card)).to.contain('所在报告未能加载');
      expectNoMatch(card.shadowRoot, '[role=alert], [role=status]', 'a second alert or live region');
      expect(errors.map((e) => (e.target as Element).localName)).to.deep.equal(['hz-report']);
      expect(el.problems.map((p) => p.message).join('\n')).to.contain(expected);
      expect((card as HTMLElementTagNameMap['hz-metric-card']).problems).to.deep.equal([]);
      const loaded = await el.loaded;
      expect(loaded.ok).to.equal(false);
      if (!loaded.ok) expect(loaded.problems[0]!.message).to.contain(expected);
    });
  }

  it('paints after the cheap check, validates fully afterwards, and replaces what it showed when that finds problems', async () => {
    const data = await (await fetch('/data/huzhou-2024.json')).json();
    // Right in every type, wrong where only the full validation looks: a duplicated id.
    const initiatives = data.departments[0].initiatives;
    initiatives[1].id = initiatives[0].id;
    const el = await mount<Report>(`<hz-report>${card}</hz-report>`);
    await reportSettled(el);
    const loads = recordEvents('hz-load');
    const errors = recordEvents('hz-error');
    el.report = data;
    await el.updateComplete;
    // Painted at once from the cheap check, before the full validation has run.
    expect(status(el)).to.equal('ready');
    const loaded = await el.loaded;
    expect(loaded.ok).to.equal(false);
    await reportSettled(el);
    expect(status(el)).to.equal('error');
    expect(el.problems.map((p) => p.message).join('\n')).to.contain(`duplicate id "${initiatives[0].id}"`);
    expect(shadow(el, '[role=alert]')!.textContent).to.contain('重复');
    // No wrong number kept: the card no longer shows its figure.
    const inside = el.querySelector('hz-metric-card')!;
    expect(shadowText(inside)).to.contain('所在报告未能加载');
    expect(shadowText(inside)).to.not.contain('265.8亿元');
    expect(errors.some((e) => e.target === el)).to.be.true;
    expect(loads.filter((e) => e.target === el)).to.have.length(0);
  });

  it('never paints input the cheap check turns down: it stays loading until the full validation says why', async () => {
    const el = await mount<Report>(`<hz-report>${card}</hz-report>`);
    await reportSettled(el);
    const seen: string[] = [];
    el.addEventListener('hz-error', () => seen.push(status(el)));
    el.report = { title: '示例', year: 2024, departments: [{ name: '甲', initiatives: [{ title: '乙', metrics: [{ label: '丙', value: '很多' }] }] }] };
    await el.updateComplete;
    expect(status(el)).to.equal('loading');
    const loaded = await el.loaded;
    expect(loaded.ok).to.equal(false);
    await reportSettled(el);
    expect(status(el)).to.equal('error');
    expect(seen).to.deep.equal(['error']);
    expect(el.problems[0]!.path).to.equal('departments[0].initiatives[0].metrics[0].value');
  });

  it('resolves loaded and fires hz-load once the full validation has passed', async () => {
    const loads = recordEvents('hz-load');
    const el = await mount<Report>(`<hz-report>${card}</hz-report>`);
    const loaded = await el.loaded;
    expect(loaded.ok && loaded.value.id).to.equal('huzhou-2024');
    expect(loads.filter((e) => e.target === el)).to.have.length(1);
  });

  it('announces loading once while a slow response is on its way, and the late reader gets the report', async () => {
    const el = await mount<Report>(`<hz-report src="/__hz-test__/slow?ms=400">${card}${card}</hz-report>`);
    expect(status(el)).to.equal('loading');
    const liveRegions = () => [el, ...el.querySelectorAll('hz-metric-card')].flatMap((e) => [...e.shadowRoot!.querySelectorAll('[role=status], [aria-live]')]);
    expect(liveRegions().map((r) => r.textContent)).to.deep.equal(['加载中…']);
    await reportSettled(el);
    expect(status(el)).to.equal('ready');
    // A listener added after hz-load fired (a framework's effect) still reads the outcome.
    const loaded = await el.loaded;
    expect(loaded.ok && loaded.value.id).to.equal('huzhou-2024');
    expect(el.problems).to.deep.equal([]);
  });

  it('lets the newest src win over a slower, older response', async () => {
    const el = await mount<Report>(`<hz-report src="/__hz-test__/slow?ms=500">${card}</hz-report>`);
    el.src = '/__hz-test__/status/404';
    await reportSettled(el);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(status(el)).to.equal('error');
    expect(shadow(el, '[role=alert]')!.textContent).to.contain('HTTP 404');
  });

  it('aborts its request when removed, and loads again when re-attached', async () => {
    const el = await mount<Report>(`<hz-report src="/__hz-test__/slow?ms=300">${card}</hz-report>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(status(el)).to.equal('loading');
    parent.append(el);
    await reportSettled(el);
    expect(status(el)).to.equal('ready');
  });

  it('recovers when a retry succeeds', async () => {
    const key = `k${Math.random()}`;
    const el = await report(`src="/__hz-test__/flaky?key=${key}"`);
    expect(status(el)).to.equal('error');
    el.src = `/__hz-test__/flaky?key=${key}&retry=1`;
    await reportSettled(el);
    expect(status(el)).to.equal('ready');
  });

  it('keeps other elements on the page working when one report fails', async () => {
    const page = await mount(`<div><hz-report src="/__hz-test__/status/404">${card}</hz-report><hz-report>${card}</hz-report></div>`);
    const [bad, good] = [...page.querySelectorAll('hz-report')];
    await reportSettled(bad!);
    await reportSettled(good!);
    expect(status(good as Report)).to.equal('ready');
    expect(shadowText(good!.querySelector('hz-metric-card')!)).to.contain('265.8亿元');
    expect(bad!.shadowRoot!.querySelector('[part=error] code')!.textContent, 'the header names the element as written').to.equal('<hz-report src="/__hz-test__/status/404">');
  });
});
