import { expect } from '@open-wc/testing';
import { hzVizVersion } from '../../packages/hz-viz/src/internal/define.js';
import { frame, removeFrames, text, until } from './helpers.js';

/** The drop-in bundle under a strict CSP with Trusted Types, and beside another release of itself. */
describe('hardening the drop-in bundle', () => {
  afterEach(removeFrames);

  it("runs every element under script-src 'self'; style-src 'self'; require-trusted-types-for 'script' with no violation", async () => {
    const { window: win, document: doc } = await frame({ src: '/__hz-test__/csp.html' });
    await until(() => text(doc.querySelector('hz-achievement-card')).includes('1.48亿吨'), 'the report to render');
    await until(() => (doc.querySelector('hz-department-treemap')?.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) > 0, 'the treemap');
    // Drive the interactive parts too: drill, sort, expand.
    (doc.querySelector('hz-department-treemap') as HTMLElement & { path: string[] }).path = ['economy'];
    doc.querySelector('hz-bar-list')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=sort]')!.click();
    doc.querySelector('hz-achievement-card')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text(doc.querySelector('hz-metric-card'))).to.contain('265.8亿元');
    expect(doc.querySelectorAll('hz-metric-card')[1]!.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(win.__violations).to.deep.equal([]);
  });

  it('loads beside another release: no throw, one clear warning, and the page keeps working', async () => {
    const { window: win, document: doc, errors } = await frame({ src: '/test/pages/blank.html' });
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    for (const src of ['/packages/hz-viz/dist/cdn/hz-viz-huzhou.min.js', '/__hz-test__/other-version/hz-viz.min.js']) {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = src;
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.body.append(script);
      await loaded;
    }
    doc.body.insertAdjacentHTML('beforeend', '<hz-report><hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report>');
    await until(() => text(doc.querySelector('hz-metric-card')).includes('265.8亿元'), 'the card');
    expect(errors).to.deep.equal([]);
    // The first copy keeps the tags (decision 0017): the other release says so once and loads nothing.
    expect(warnings).to.deep.equal([`hz-viz: hz-viz ${hzVizVersion} is already on this page; this copy (hz-viz 0.0.9) leaves the tags to it.`]);
    expect((win.HzViz as { version: string }).version).to.equal(hzVizVersion);
  });
});
