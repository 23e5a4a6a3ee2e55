import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/achievement-card/hz-achievement-card.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, recordEvents, reportSettled, shadow, settle, problemsText } from './helpers.js';

type Card = HTMLElementTagNameMap['hz-achievement-card'];

async function card(id: string, attributes = ''): Promise<Card> {
  const report = await mount(`<hz-report><hz-achievement-card initiative="${id}" ${attributes}></hz-achievement-card></hz-report>`);
  await reportSettled(report);
  return report.querySelector('hz-achievement-card')!;
}

describe('<hz-achievement-card>', () => {
  afterEach(cleanup);

  it('shows department, title and the paragraph verbatim with every figure highlighted in place', async () => {
    const el = await card('kexie.zhixing');
    expect(shadow(el, '[part=department]')!.textContent).to.equal('市科协');
    expect(shadow(el, '[part=title]')!.textContent).to.equal('实施“智行天下赋能典范”行动');
    const text = shadow(el, '[part=text]')!;
    const marks = [...text.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.slice(0, 3)).to.deep.equal(['2600多人次', '48场次', '4.51万人次']);
    // The paragraph reads exactly as the source once the tooltips are set aside.
    const clone = text.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.tooltip').forEach((tip) => tip.remove());
    expect(clone.textContent!.replace(/\s+/g, '')).to.equal(
      '开展红色领航培训2600多人次，组织科学家精神“三进”活动48场次惠及4.51万人次。成功举办第三届绿色低碳创新大会，10个国家的700余位嘉宾开展学术交流25场，首发“2023年度中国碳达峰碳中和十大科技创新”，推动低温装备联合实验室等项目落地湖州。深化院士专属服务，来湖院士180人次。举办世界科学家与湖州青少年科普活动，策划《爱森林向绿色》的主题临展。',
    );
  });

  it('gives each highlight a tooltip with its label and normalized value', async () => {
    const el = await card('kexie.zhixing');
    const mark = [...el.shadowRoot!.querySelectorAll('mark')].find((m) => m.textContent === '4.51万人次')!;
    const tip = el.shadowRoot!.getElementById(mark.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent).to.equal('科学家精神“三进”活动惠及：4.51万人次（45,100 人次）');
    expect(mark.tabIndex).to.equal(0);
  });

  it('collapses long text behind 展开 and expands with the keyboard-reachable button', async () => {
    const toggles = recordEvents('hz-toggle');
    const el = await card('kexie.zhixing');
    const button = shadow(el, '[part=toggle]')!;
    expect(button.textContent!.trim()).to.equal('展开');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el, '[part=text]')!.classList.contains('collapsed')).to.be.true;
    button.click();
    await settle(el);
    expect(shadow(el, '[part=toggle]')!.textContent!.trim()).to.equal('收起');
    expect(shadow(el, '[part=toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggles.at(-1)!.detail.expanded).to.be.true;
  });

  it('offers 展开 only while the paragraph is clamped: not on a card wide enough to show it all', async () => {
    const report = await mount('<hz-report><hz-achievement-card initiative="kexie.zhixing" collapse-at="20" style="width:2400px"></hz-achievement-card></hz-report>');
    await reportSettled(report);
    const el = report.querySelector('hz-achievement-card')!;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(el);
    expect(shadow(el, '[part=toggle]'), 'no toggle while three lines hold the paragraph').to.equal(null);
    expect(shadow(el, '[part=text]')!.classList.contains('collapsed')).to.be.false;
    // Narrowed, the same paragraph overflows its three lines and the toggle appears.
    el.style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(el);
    expect(shadow(el, '[part=toggle]')!.textContent!.trim()).to.equal('展开');
  });

  it('shows honors as rank badges and headline figures as big numbers', async () => {
    const el = await card('fagaiwei.energy');
    expect(el.shadowRoot!.querySelectorAll('hz-rank-badge')).to.have.length(2);
    const headlines = [...el.shadowRoot!.querySelectorAll('.headline .number')].map((n) => n.textContent);
    expect(headlines.slice(0, 2)).to.deep.equal(['6.6', '12.7']);
  });

  it('uses English titles and labels on an English page, keeping the Chinese paragraph marked as Chinese', async () => {
    const report = await mount('<hz-report><hz-achievement-card initiative="jiaotong.port"></hz-achievement-card></hz-report>', { lang: 'en' });
    await reportSettled(report);
    const el = report.querySelector('hz-achievement-card')!;
    expect(shadow(el, '[part=title]')!.textContent).to.equal('A first-class inland port');
    expect(shadow(el, '[part=text]')!.getAttribute('lang')).to.equal('zh-CN');
  });

  it('says which initiative id is unknown', async () => {
    const el = await card('jiaotong.nope');
    expect(shadow(el, '[role=alert]')!.textContent).to.contain('initiative：未找到举措 "jiaotong.nope"');
  });

  it('validates an initiative object given as a property', async () => {
    const el = await mount<Card>('<hz-achievement-card></hz-achievement-card>');
    el.initiative = { id: 'x', title: 't', text: 'abc', metrics: 'none', honors: [] };
    await el.updateComplete;
    expect(problemsText(el)).to.contain('initiative.metrics: expected an array, received "none"');
  });

  for (const attributes of ['', 'expanded', 'theme="dark" expanded', 'text-size="large"']) {
    it(`passes axe ${attributes || '(default)'}`, async () => expectAccessible(await card('jianshe.waste-sorting', attributes)));
  }
});
