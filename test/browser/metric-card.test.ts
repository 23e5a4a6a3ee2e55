import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, recordEvents, reportSettled, shadow, shadowText, expectNoMatch, problemsText } from './helpers.js';

type Card = HTMLElementTagNameMap['hz-metric-card'];

describe('<hz-metric-card>', () => {
  afterEach(cleanup);

  it('works from attributes alone, with no report', async () => {
    const card = await mount('<hz-metric-card label="规上工业增加值" value="7.3" unit="%" change="7.3"></hz-metric-card>');
    expect(shadow(card, '[part=label]')!.textContent).to.equal('规上工业增加值');
    expect(shadow(card, '[part=number]')!.textContent).to.equal('7.3');
    expect(shadow(card, '[part=unit]')!.textContent).to.equal('%');
    const change = shadow(card, '[part=change]')!;
    expect(change.textContent).to.contain('增长 7.3%');
    expect(change.classList.contains('tone-good')).to.be.true;
    expect(change.querySelector('.arrow')!.textContent).to.equal('▲');
  });

  it('says when a running total is cumulative (累计), so it never reads as the year\'s output', async () => {
    const report = await mount('<hz-report><hz-metric-card metric="wenlian.rural-arts.provincial-featured-art-villages"></hz-metric-card></hz-report>');
    await reportSettled(report);
    expect(shadow(report.querySelector('hz-metric-card')!, '[part=period]')!.textContent).to.equal('累计');
    report.setAttribute('lang', 'en');
    await reportSettled(report);
    expect(shadow(report.querySelector('hz-metric-card')!, '[part=period]')!.textContent).to.equal('cumulative');
  });

  it('shows a value faithfully and scales a plain number the Chinese way', async () => {
    const printed = await mount('<hz-metric-card label="惠及" value="4.51万" unit="人次"></hz-metric-card>');
    expect(shadow(printed, '[part=value]')!.textContent!.replace(/\s/g, '')).to.equal('4.51万人次');
    expect(shadow(printed, '[part=value]')!.title).to.equal('45,100 人次');
    cleanup();
    const plain = await mount('<hz-metric-card label="港口货物吞吐量" value="148000000" unit="吨"></hz-metric-card>');
    expect(shadow(plain, '[part=value]')!.textContent!.replace(/\s/g, '')).to.equal('1.48亿吨');
  });

  it('writes English when the page is English', async () => {
    const card = await mount('<hz-metric-card label="Port cargo" value="1.48" unit="亿吨" change="-2" polarity="higher-is-better"></hz-metric-card>', { lang: 'en' });
    expect(shadow(card, '[part=value]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('148 million t');
    const change = shadow(card, '[part=change]')!;
    expect(change.textContent).to.contain('down 2%');
    expect(change.classList.contains('tone-bad')).to.be.true;
  });

  it('reads a metric id from the surrounding report: value, period, honor and department', async () => {
    const report = await mount('<hz-report><hz-metric-card metric="fagaiwei.energy.energy-use-per-unit-of-industrial-value-added"></hz-metric-card></hz-report>');
    await reportSettled(report);
    const card = report.querySelector('hz-metric-card')!;
    expect(shadow(card, '[part=value]')!.textContent!.replace(/\s/g, '')).to.contain('降低6.6%');
    expect(shadow(card, '[part=period]')!.textContent).to.equal('1-11月');
    expect(shadow(card, '[part=caption]')!.textContent).to.equal('市发展改革委');
    const badge = card.shadowRoot!.querySelector('hz-rank-badge')!;
    await badge.updateComplete;
    expect(shadowText(badge)).to.equal('居全省第1');
    // A fall in energy use is good news: the tone says so in words as well as colour.
    expect(shadow(card, '.trend')!.classList.contains('tone-good')).to.be.true;
    expect(shadow(card, '.trend .arrow')!.getAttribute('role')).to.equal('img');
    expect(shadow(card, '.trend .arrow')!.getAttribute('aria-label')).to.equal('向好');
  });

  it('takes a metric object as a property', async () => {
    const card = await mount<Card>('<hz-metric-card></hz-metric-card>');
    card.metric = { label: '完成率', kind: 'completion', value: 190, unit: '%', printed: '190%', polarity: 'higher-is-better' };
    await card.updateComplete;
    expect(shadow(card, '[part=number]')!.textContent).to.equal('190');
  });

  it('says which metric id the report lacks, and fires hz-error', async () => {
    const errors = recordEvents('hz-error');
    const report = await mount('<hz-report><hz-metric-card metric="jingxin.x"></hz-metric-card></hz-report>');
    await reportSettled(report);
    const card = report.querySelector('hz-metric-card')!;
    expect(shadow(card, '[role=alert]')!.textContent).to.contain('metric：未找到指标 "jingxin.x"');
    expect(errors.some((e) => e.target === card)).to.be.true;
  });

  it('says what is wrong with each bad attribute, and where', async () => {
    const card = await mount('<hz-metric-card label="x" value="12万x" unit="%" change="abc" rank="很好"></hz-metric-card>');
    const text = problemsText(card);
    expect(shadow(card, '[role=alert]')!.textContent).to.contain('value：应为数字（如 7.3 或 4.51万），实际为 "12万x"');
    expect(text).to.contain('value: expected a number such as 7.3 or 4.51万, received "12万x"');
    expect(text).to.contain('change: expected a number');
    expect(text).to.contain('rank: expected an honor');
  });

  it('needs a report for a metric id', async () => {
    const card = await mount('<hz-metric-card metric="a.b"></hz-metric-card>');
    expect(shadow(card, '[role=alert]')!.textContent).to.contain('metric="a.b" 需要放在 <hz-report> 内');
  });

  it('renders hostile strings as text', async () => {
    const card = await mount('<hz-metric-card value="1" unit="%"></hz-metric-card>');
    card.setAttribute('label', '<img src=x onerror=alert(1)>');
    card.setAttribute('caption', '"><script>alert(1)</script>');
    await (card as Card).updateComplete;
    expectNoMatch(card.shadowRoot, 'img, script', 'injected markup');
    expect(shadowText(card)).to.contain('<img src=x onerror=alert(1)>');
  });

  for (const markup of [
    '<hz-metric-card label="固定资产投资" value="2.6" unit="%" change="2.6" rank="居全省第1" caption="市发展改革委" period="1-11月"></hz-metric-card>',
    '<hz-metric-card label="固定资产投资" value="2.6" unit="%" theme="dark" change="-1"></hz-metric-card>',
    '<hz-metric-card label="长文本标签长文本标签长文本标签长文本标签长文本标签长文本标签" value="2600多" unit="人次" size="compact" text-size="large"></hz-metric-card>',
    '<hz-metric-card label="x" value="oops"></hz-metric-card>',
  ]) {
    it(`passes axe: ${markup.slice(0, 70)}`, async () => expectAccessible(await mount(markup)));
  }
});
