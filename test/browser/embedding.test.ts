import '../../packages/hz-viz/src/index.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanup, expectAccessible, mount, reportSettled, settle, shadow } from './helpers.js';

/**
 * What an embedder writes in the first hour: a theme on the report, the page's own sizes on a
 * host. Every element of the report page is inside one dark <hz-report>.
 */
const everyElement = `
  <hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card>
  <hz-metric-bar metric="canlian.assistive-devices.device-fitting-completion-rate"></hz-metric-bar>
  <hz-bar-list initiative="caizheng.resources"></hz-bar-list>
  <hz-rank-badge honor="jiaotong.port.total-port-throughput-among-inland-ports-top"></hz-rank-badge>
  <hz-achievement-card initiative="caizheng.resources"></hz-achievement-card>
  <hz-department-treemap></hz-department-treemap>`;

/** sRGB relative luminance of a computed `rgb(…)` / `color(srgb …)` value. */
function luminance(color: string): number {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const transparent = (color: string) => color === 'rgba(0, 0, 0, 0)' || color === 'transparent';

describe('theme and text size reach every element inside <hz-report>', () => {
  afterEach(cleanup);

  it('theme="dark" on the report: every painted surface inside is dark, every label reads at 4.5:1 (axe)', async () => {
    const report = await mount(`<hz-report theme="dark">${everyElement}</hz-report>`);
    await reportSettled(report);
    expect(luminance(getComputedStyle(report).backgroundColor)).to.be.below(0.05);
    const children = [...report.children];
    expect(children).to.have.length(6);
    for (const child of children) {
      // Surfaces: the card or frame, and anything text sits on (a bar or a swatch is a data mark).
      const holdsText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const painted = [...child.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((el) => !el.closest('.tooltip') && (el.matches('.card, [part=base]') || holdsText(el)))
        .map((el) => [el, getComputedStyle(el).backgroundColor] as const)
        .filter(([, color]) => !transparent(color));
      for (const [el, color] of painted) {
        expect(luminance(color), `${child.localName} ${el.className}: ${color}`).to.be.below(0.2);
      }
      expect(luminance(getComputedStyle(child).color), `${child.localName} text`).to.be.above(0.6);
    }
    const cells = [...report.querySelector('hz-department-treemap')!.shadowRoot!.querySelectorAll('rect.fill')];
    expect(cells.length).to.be.above(10);
    for (const cell of cells) expect(luminance(getComputedStyle(cell).fill), 'a treemap cell').to.be.below(0.2);
    await expectAccessible(report);
  });

  it('a theme on an element inside wins over the report’s', async () => {
    const report = await mount(`<hz-report theme="dark"><hz-metric-card theme="light" metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report>`);
    await reportSettled(report);
    const card = shadow(report.querySelector('hz-metric-card')!, '.card')!;
    expect(luminance(getComputedStyle(card).backgroundColor)).to.be.above(0.9);
  });

  it('--hz-color-scheme on any ancestor themes the elements without a theme attribute', async () => {
    const page = await mount(`<div style="--hz-color-scheme: dark"><hz-report>${everyElement}</hz-report></div>`);
    const report = page.querySelector('hz-report')!;
    await reportSettled(report);
    const card = shadow(report.querySelector('hz-metric-card')!, '.card')!;
    expect(luminance(getComputedStyle(card).backgroundColor)).to.be.below(0.05);
  });

  it('text-size="large" on the report enlarges the text of every element inside', async () => {
    const report = await mount(`<hz-report text-size="large">${everyElement}</hz-report>`);
    await reportSettled(report);
    for (const child of report.children) expect(getComputedStyle(child).fontSize, child.localName).to.equal('19px');
    const normal = report.querySelector('hz-metric-card')!;
    normal.setAttribute('text-size', 'normal');
    await settle(report);
    expect(getComputedStyle(normal).fontSize).to.equal('15px');
  });
});

describe('the colour scheme: the page’s, unless a theme pins one', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ colorScheme: 'light' });
    cleanup();
  });

  it('a reader who prefers dark, on a page without a dark mode: dark text on its light background', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const report = await mount(`<hz-report>${everyElement}</hz-report>`);
    await reportSettled(report);
    for (const child of report.children) expect(luminance(getComputedStyle(child).color), `${child.localName} text`).to.be.below(0.05);
    await expectAccessible(report);
  });

  it('a page that declares color-scheme: light dark: the elements follow the reader', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const report = await mount(`<hz-report>${everyElement}</hz-report>`);
    await reportSettled(report);
    for (const child of report.children) expect(luminance(getComputedStyle(child).color), `${child.localName} text`).to.be.above(0.6);
    await emulateMedia({ colorScheme: 'light' });
    for (const child of report.children) expect(luminance(getComputedStyle(child).color), `${child.localName} text`).to.be.below(0.05);
  });
});

describe('the page’s own styles on a host', () => {
  afterEach(cleanup);

  for (const style of ['display:block;height:600px', 'display:flex;height:600px', 'display:grid;height:600px;width:900px']) {
    it(`a treemap styled ${style} fills the height it is given`, async () => {
      const report = await mount(`<hz-report><hz-department-treemap style="${style}"></hz-department-treemap></hz-report>`);
      await reportSettled(report);
      const treemap = report.querySelector('hz-department-treemap')!;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await settle(report);
      expect(treemap.getBoundingClientRect().height).to.equal(600);
      const svg = shadow(treemap, 'svg')!;
      expect(svg.getBoundingClientRect().height, 'the drawn chart').to.be.at.least(540);
    });
  }
});

describe('loading without jumps', () => {
  afterEach(cleanup);

  it('holds each element’s place while the report loads: one live region, layout shift ≤ 0.01 when it arrives', async () => {
    // The README's drop-in page, with text after it that would jump if anything above it grew.
    const page = await mount(`<main style="width:780px">
      <hz-report src="/__hz-test__/slow?ms=800">
        <hz-department-treemap></hz-department-treemap>
        <div style="display:grid;grid-template-columns:1fr 1fr;gap:12px">
          <hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card>
          <hz-metric-bar metric="canlian.assistive-devices.device-fitting-completion-rate"></hz-metric-bar>
        </div>
        <p>段落：<hz-rank-badge honor="jiaotong.port.total-port-throughput-among-inland-ports-top"></hz-rank-badge>。</p>
      </hz-report>
      <p id="after">报告之后的正文。</p>
    </main>`);
    const report = page.querySelector('hz-report')!;
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift', buffered: false });
    await settle(page);
    const liveRegions = [report, ...report.querySelectorAll('*')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[role=status], [role=alert], [aria-live]') ?? [])]);
    expect(liveRegions.filter((r) => r.textContent!.trim() !== '').map((r) => r.textContent!.trim())).to.deep.equal(['加载中…']);
    const before = document.getElementById('after')!.getBoundingClientRect().top;
    await reportSettled(report);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const total = shifts.reduce((sum, value) => sum + value, 0);
    expect(total, `layout shifts ${JSON.stringify(shifts)}; the text after moved ${document.getElementById('after')!.getBoundingClientRect().top - before}px`).to.be.at.most(0.01);
  });
});
