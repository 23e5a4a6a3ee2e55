import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/metric-grid/hz-metric-grid.js';
import '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, problemsText, recordEvents, reportSettled, settle } from './helpers.js';

type Grid = HTMLElementTagNameMap['hz-metric-grid'];

const items = (round: number) => [
  { id: 'a', label: '规上工业增加值', value: `${7 + round}.3`, unit: '%', change: '7.3' },
  { id: 'b', label: '科学家精神“三进”活动惠及', value: '4.51万', unit: '人次', period: '1-11月' },
  { id: 'c', label: '港口货物吞吐量', value: '148000000', unit: '吨', caption: '市交通运输局' },
];

async function grid(metrics: unknown, attributes: Record<string, string> = {}): Promise<Grid> {
  const el = await mount<Grid>('<hz-metric-grid></hz-metric-grid>', attributes);
  el.metrics = metrics as Grid['metrics'];
  await settle(el);
  return el;
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('ul.grid > li')];
const cardText = (li: Element) => (li.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<hz-metric-grid>', () => {
  afterEach(cleanup);

  it('draws each item as the same card <hz-metric-card> draws, in one list', async () => {
    const el = await grid(items(0));
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('主要数据');
    expect(cards(el).length).to.equal(3);
    // The same lines as a standalone card with the same fields (minus the card's slots); the item is the card.
    expect(cards(el)[1]!.getAttribute('part')).to.equal('item base');
    const card = await mount<HTMLElementTagNameMap['hz-metric-card']>('<hz-metric-card label="科学家精神“三进”活动惠及" value="4.51万" unit="人次" period="1-11月"></hz-metric-card>');
    // …but for the value's tooltip, which the grid writes only on the value the pointer is over.
    const strip = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<slot[^>]*><\/slot>/g, '').replace(/ title="[^"]*"/g, '').replace(/\s+/g, ' ');
    expect(strip(cards(el)[1]!.innerHTML)).to.equal(strip(card.shadowRoot!.querySelector('article')!.innerHTML));
    expect(card.shadowRoot!.querySelector('[part=value]')!.getAttribute('title')).to.equal('45,100 人次');
    expect(cardText(cards(el)[2]!)).to.contain('1.48亿吨');
    expect(cardText(cards(el)[2]!)).to.contain('市交通运输局');
  });

  it("says a card's tone in words as its arrow's name, with no visually hidden box to lay out or paint", async () => {
    const el = await grid([...items(0), { id: 'd', label: '单位能耗', value: '3.1', unit: '%', change: '-2.4', polarity: 'lower-is-better' }, { id: 'e', label: '人口', value: '3', unit: '万人', change: '1', polarity: 'neutral' }]);
    const arrow = (li: Element) => li.querySelector<HTMLElement>('[part=change] .arrow')!;
    // A rise where higher is better is good news; a fall in energy use too; a neutral change has no tone to say.
    expect([0, 3, 4].map((i) => [arrow(cards(el)[i]!).getAttribute('role'), arrow(cards(el)[i]!).getAttribute('aria-label'), arrow(cards(el)[i]!).getAttribute('aria-hidden')])).to.deep.equal([
      ['img', '向好', null],
      ['img', '向好', null],
      [null, null, 'true'],
    ]);
    expect(cardText(cards(el)[3]!)).to.contain('下降 2.4%');
    // A clipped box per card (the usual visually hidden text) was a paint property each: a quarter of 1,000 cards' first paint.
    expect(el.shadowRoot!.querySelectorAll('.sr-only').length).to.equal(0);
    await expectAccessible(el);
  });

  it("shows a value's normalized figure as its tooltip, written on the value the pointer is over, and kept true when it changes", async () => {
    const el = await grid(items(0));
    const values = () => cards(el).map((li) => li.querySelector<HTMLElement>('[part=value]')!);
    expect(values().map((v) => v.getAttribute('title'))).to.deep.equal([null, null, null]);
    values()[2]!.querySelector('[part=number]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(values().map((v) => v.getAttribute('title'))).to.deep.equal([null, null, '148,000,000 吨']);
    el.metrics = [items(0)[0]!, items(0)[1]!, { ...items(0)[2]!, value: '2.5亿' }];
    await settle(el);
    expect(values()[2]!.getAttribute('title')).to.equal('250,000,000 吨');
    values()[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(values()[1]!.getAttribute('title')).to.equal('45,100 人次');
  });

  it('updates in place, keyed by id: the same nodes after a value change, an unchanged item not re-rendered', async () => {
    const el = await grid(items(0));
    const before = cards(el);
    const numbers = before.map((li) => li.querySelector('[part=number]')!);
    const unchangedText = numbers[1]!.firstChild;
    el.metrics = items(1);
    await settle(el);
    const after = cards(el);
    expect(after).to.deep.equal(before);
    expect(after.map((li) => li.querySelector('[part=number]'))).to.deep.equal(numbers);
    expect(numbers[0]!.textContent).to.equal('8.3');
    expect(numbers[1]!.firstChild).to.equal(unchangedText);
    // Reordered: the elements move with their ids.
    el.metrics = [...items(1)].reverse();
    await settle(el);
    expect(cards(el)).to.deep.equal([...before].reverse());
    // An unchanged item is not read again: a metric object given again (in a new array) is not re-validated.
    let reads = 0;
    const metric = { id: 'm', kind: 'count', value: 816, unit: '人', polarity: 'higher-is-better', get label() { reads++; return '新增残疾人就业'; } };
    el.metrics = [metric];
    await settle(el);
    const readsOnce = reads;
    expect(readsOnce).to.be.greaterThan(0);
    el.metrics = [metric];
    await settle(el);
    expect(reads).to.equal(readsOnce);
  });

  it('reads ids from the surrounding report, with department and honor, in the page language', async () => {
    const report = await mount('<hz-report><hz-metric-grid metrics="fagaiwei.energy.energy-use-per-unit-of-industrial-value-added caizheng.resources.local-government-bonds-issued"></hz-metric-grid></hz-report>');
    await reportSettled(report);
    const el = report.querySelector('hz-metric-grid')!;
    const [first, second] = cards(el);
    expect(cardText(first!)).to.contain('降低6.6%');
    expect(cardText(first!)).to.contain('市发展改革委');
    const badge = first!.querySelector('hz-rank-badge')!;
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain('居全省第1');
    expect(second!.querySelector('[part=caption]')!.textContent).to.equal('市财政局');
    report.setAttribute('lang', 'en');
    await reportSettled(report);
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Key figures');
    expect(cards(el)[1]!.querySelector('[part=caption]')!.textContent).not.to.equal('市财政局');
    await expectAccessible(el);
  });

  it('shows a bad item\'s problem in its place, in the page language, and still draws the others', async () => {
    const errors = recordEvents('hz-error');
    const el = await grid([items(0)[0], { label: '坏', value: '12万x', unit: '个' }, 'no.such.metric', 42, items(0)[2]]);
    const [good, bad, id, number, last] = cards(el);
    expect(cardText(good!)).to.contain('7.3');
    expect(cardText(last!)).to.contain('1.48亿吨');
    expect(bad!.querySelector('[role=alert]')!.textContent).to.contain('数据有误');
    expect(bad!.querySelector('[role=alert]')!.textContent).to.contain('metrics[1].value');
    expect(id!.querySelector('[role=alert]')!.textContent).to.contain('metrics[2]');
    expect(number!.querySelector('[role=alert]')!.textContent).to.contain('metrics[3]');
    expect(problemsText(el)).to.match(/^metrics\[1\]\.value: .*\nmetrics\[2\]: .*\nmetrics\[3\]: /);
    // Once for the grid before it had metrics, once for its three bad items.
    expect(errors.at(-1)!.detail.problems.length).to.equal(3);
    await expectAccessible(el);
  });
});
