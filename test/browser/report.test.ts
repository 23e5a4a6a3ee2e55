import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.js';
import { cleanup, mount, recordEvents, reportSettled, shadow, shadowText } from './helpers.js';

type Report = HTMLElementTagNameMap['hz-report'];
const status = (report: Report) => report.reportState.status;
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

  it('shows the bundled Huzhou 2024 report with nothing else given', async () => {
    const loads = recordEvents('hz-load');
    const el = await report('');
    expect(status(el)).to.equal('ready');
    expect(loads.at(-1)!.detail.reportId).to.equal('huzhou-2024');
    expect(shadowText(el.querySelector('hz-metric-card')!)).to.contain('265.8亿元');
  });

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
    ['a 404', '/__hz-test__/status/404', 'src: HTTP 404'],
    ['a 500', '/__hz-test__/status/500', 'src: HTTP 500'],
    ['invalid JSON', '/__hz-test__/text?body=%7B%22id%22%3A', 'invalid JSON at line 1, column 7'],
    ['a valid-JSON invalid report', '/__hz-test__/text?body=%7B%22id%22%3A%22x%22%7D', 'title: required'],
  ] as const) {
    it(`shows ${name} as an error that says what and where, and fires hz-error`, async () => {
      const errors = recordEvents('hz-error');
      const el = await report(`src="${src}"`);
      expect(status(el)).to.equal('error');
      expect(shadow(el, '[role=alert]')!.textContent).to.contain(expected);
      expect(errors.some((e) => e.target === el)).to.be.true;
      // The elements inside are not blank: they say the report is unavailable.
      expect(shadowText(el.querySelector('hz-metric-card')!)).to.contain('所在报告未能加载');
    });
  }

  it('shows loading while a slow response is on its way', async () => {
    const el = await mount<Report>(`<hz-report src="/__hz-test__/slow?ms=400">${card}</hz-report>`);
    expect(status(el)).to.equal('loading');
    expect(shadow(el, '[role=status]')!.textContent).to.equal('加载中…');
    expect(shadow(el.querySelector('hz-metric-card')!, '[role=status]')).to.exist;
    await reportSettled(el);
    expect(status(el)).to.equal('ready');
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
