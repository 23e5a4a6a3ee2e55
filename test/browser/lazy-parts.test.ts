import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { numeralReader } from '../../packages/hz-viz/src/internal/figure-input.js';
import { problemAlert } from '../../packages/hz-viz/src/internal/hz-base.js';
import { reportLinkPart } from '../../packages/hz-viz/src/internal/hz-figure-element.js';
import { cleanup, mount, reportSettled, shadow, shadowText } from './helpers.js';

/*
 * The card's parts loaded only for inputs that need them (docs/decisions/0015-entry-sizes.md):
 * the report link for a metric id, the Chinese numeral reader for 三家. In this order, in one page:
 * a card given digits by attributes loads neither; a part that fails to load (failure set before
 * any load, as a blocked file leaves it) is a visible problem in the page's language; then the
 * part loads and the card shows its figure.
 */
const energy = 'fagaiwei.energy.energy-use-per-unit-of-industrial-value-added';
const value = (card: Element) => shadow(card, '[part=value]')!.textContent!.replace(/\s/g, '');

describe('lazy parts of <hz-metric-card>', () => {
  afterEach(cleanup);

  it('a card given digits by attributes loads none of them, nor the alert', async () => {
    const card = await mount('<hz-metric-card label="惠及" value="4.51万" unit="人次" change="下降1.5"></hz-metric-card>');
    expect(value(card)).to.equal('4.51万人次');
    expect(numeralReader.module).to.equal(undefined);
    expect(reportLinkPart.module).to.equal(undefined);
    expect(problemAlert.module).to.equal(undefined);
  });

  it('a card with a problem waits for the alert part, then shows it with its styles', async () => {
    const card = await mount('<hz-metric-card label="x" value="abc"></hz-metric-card>', { lang: 'en' });
    expect(problemAlert.module).to.not.equal(undefined);
    const alert = shadow(card, '[role=alert]')!;
    expect(alert.textContent).to.contain('value: expected a number');
    // The styles came with the part: the alert's left border is the thick one.
    expect(getComputedStyle(alert).borderLeftWidth).to.equal('4px');
  });

  it('a part that cannot load is a problem in the page language', async () => {
    numeralReader.failure = new Error('blocked');
    reportLinkPart.failure = new Error('blocked');
    const zh = await mount('<div><hz-metric-card label="企业" value="三" unit="家"></hz-metric-card><hz-report><hz-metric-card metric="' + energy + '"></hz-metric-card></hz-report></div>');
    const [numerals, linked] = [...zh.querySelectorAll('hz-metric-card')];
    await reportSettled(zh.querySelector('hz-report')!);
    expect(shadow(numerals!, '[role=alert]')!.textContent).to.contain('无法加载中文数字读取模块');
    expect(shadow(linked!, '[role=alert]')!.textContent).to.contain('无法加载报告连接模块');
    cleanup();
    const en = await mount('<hz-metric-card label="Firms" value="12" unit="家" change="三"></hz-metric-card>', { lang: 'en' });
    expect(shadow(en, '[role=alert]')!.textContent).to.contain('change: could not load the Chinese numeral reader: Error: blocked');
  });

  it('once loaded, the card shows the figure the part read', async () => {
    numeralReader.failure = undefined;
    reportLinkPart.failure = undefined;
    const numerals = await mount('<hz-metric-card label="企业" value="三" unit="家" change="二"></hz-metric-card>');
    expect(numeralReader.module).to.not.equal(undefined);
    expect(value(numerals)).to.equal('3家');
    expect(shadow(numerals, '[part=change]')!.textContent).to.contain('2%');
    cleanup();
    const container = document.createElement('div');
    container.innerHTML = '<hz-report><hz-metric-card metric="' + energy + '"></hz-metric-card></hz-report>';
    document.body.append(container);
    const report = container.firstElementChild!;
    const card = report.querySelector('hz-metric-card')!;
    await new Promise((resolve) => setTimeout(resolve, 0)); // its first update, not the report code's arrival
    // While the report code and the report load: the card's quiet frame, the box of a card.
    const frame = shadow(card, '.status.pending');
    expect(frame, 'the quiet frame while the report loads').to.exist;
    expect(frame!.getBoundingClientRect().height).to.be.closeTo(8.1 * parseFloat(getComputedStyle(card).fontSize), 1);
    await reportSettled(report);
    expect(reportLinkPart.module).to.not.equal(undefined);
    expect(value(card)).to.contain('降低6.6%');
    expect(shadowText(card)).to.contain('市发展改革委');
  });
});
