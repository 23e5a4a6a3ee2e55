import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/department-treemap/hz-department-treemap.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, recordEvents, reportSettled, settle, shadow, problemsText } from './helpers.js';

type Treemap = HTMLElementTagNameMap['hz-department-treemap'];

async function treemap(attributes = '', lang = ''): Promise<Treemap> {
  const report = await mount(`<hz-report ${lang}><hz-department-treemap ${attributes} style="width:900px;--hz-treemap-height:520px"></hz-department-treemap></hz-report>`);
  await reportSettled(report);
  const el = report.querySelector('hz-department-treemap')!;
  // The first layout waits for the ResizeObserver.
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[role=treeitem]') && !el.shadowRoot!.querySelector('table, [role=alert]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await settle(el);
  return el;
}

const chart = (el: Treemap) => shadow(el, '[role=tree]')!;
const items = (el: Treemap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role=treeitem]')];
const active = (el: Treemap) => el.shadowRoot!.getElementById(chart(el).getAttribute('aria-activedescendant')!)!;
async function press(el: Treemap, key: string) {
  chart(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await settle(el);
}

describe('<hz-department-treemap>', () => {
  afterEach(cleanup);

  it('draws the four groups of the report, each with its departments inside', async () => {
    const el = await treemap();
    expect(items(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('.cell')).to.have.length(4 + 14);
    // Every department has five initiatives: by default the areas count figures, which differ.
    expect(shadow(el, '.legend')!.textContent).to.contain('面积：数据项数');
    const areas = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role=treeitem] rect.fill')].map((r) => Math.round(r.getBBox().width * r.getBBox().height));
    expect(new Set(areas).size).to.equal(4);
  });

  it('keeps every label inside its cell (checked geometrically)', async () => {
    for (const path of ['', 'economy', 'economy/jingxin']) {
      const el = await treemap(path ? `path="${path}"` : '');
      for (const cell of el.shadowRoot!.querySelectorAll<SVGGElement>('g.cell')) {
        const rect = cell.querySelector('rect.fill')!.getBoundingClientRect();
        for (const tspan of cell.querySelectorAll('tspan')) {
          const box = tspan.getBoundingClientRect();
          expect(box.left, tspan.textContent!).to.be.at.least(rect.left - 0.5);
          expect(box.right, tspan.textContent!).to.be.at.most(rect.right + 0.5);
          expect(box.top, tspan.textContent!).to.be.at.least(rect.top - 0.5);
          expect(box.bottom, tspan.textContent!).to.be.at.most(rect.bottom + 0.5);
        }
      }
      cleanup();
    }
  });

  it('is one tab stop whose arrow keys reach every cell, with Home and End', async () => {
    const el = await treemap('path="economy"');
    expect([...el.shadowRoot!.querySelectorAll('[tabindex="0"]')]).to.have.length(1);
    chart(el).focus();
    const all = new Set(items(el).map((item) => item.dataset.id));
    // Breadth-first over arrow moves from every reached cell.
    const reached = new Set<string>([active(el).dataset.id!]);
    const queue = [...reached];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
        // Start from `from`, as the reader would after moving there.
        (el as unknown as { interaction: { activeId?: string } }).interaction.activeId = from;
        el.requestUpdate();
        await settle(el);
        await press(el, key);
        const to = active(el).dataset.id!;
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).to.deep.equal([...all].sort());
    await press(el, 'End');
    const last = active(el).dataset.id;
    await press(el, 'Home');
    expect(active(el).dataset.id).not.to.equal(last);
  });

  it('drills in with Enter and climbs with Backspace, updating path and firing hz-drill', async () => {
    const drills = recordEvents('hz-drill');
    const el = await treemap();
    chart(el).focus();
    await press(el, 'Home');
    const first = active(el).dataset.id!;
    await press(el, 'Enter');
    expect(el.path).to.deep.equal([first]);
    expect(el.getAttribute('path')).to.equal(first);
    expect(drills.at(-1)!.detail).to.deep.equal({ path: [first], id: first });
    expect(shadow(el, '[role=status]')!.textContent).to.contain('第 1 /');
    await press(el, 'Backspace');
    expect(el.path).to.deep.equal([]);
    expect(drills.at(-1)!.detail.path).to.deep.equal([]);
    expect(active(el).dataset.id).to.equal(first);
  });

  it('announces where you are: name, size and position', async () => {
    const el = await treemap('path="economy"');
    chart(el).focus();
    await press(el, 'Home');
    expect(shadow(el, '[role=status]')!.textContent).to.match(/^市.+，\d+ 个数据，第 1 \/ 4$/);
  });

  it('shows a tooltip on focus with the initiative\'s formatted figures and honors', async () => {
    const el = await treemap('path="economy/fagaiwei"');
    chart(el).focus();
    await press(el, 'Home');
    for (let i = 0; i < 10 && active(el).dataset.id !== 'fagaiwei.energy'; i++) await press(el, 'ArrowRight');
    expect(active(el).dataset.id).to.equal('fagaiwei.energy');
    const tip = shadow(el, '[part=tooltip]')!;
    expect(tip.textContent).to.contain('深化能耗“双控”攻坚行动');
    expect(tip.textContent).to.contain('单位工业增加值能耗降低率（1-11月）：降低6.6%');
    expect(tip.textContent).to.contain('全省第1名');
  });

  it('keeps every tooltip inside the chart: on its cell where there is room above it, from the top where not', async () => {
    // English and three levels: the initiatives' tooltips, with their figures and honors, are tall.
    const el = await treemap('depth="3"', 'lang="en"');
    const area = chart(el).getBoundingClientRect();
    let tall = 0;
    let standing = 0;
    // The initiatives (ids "department.initiative"), the leaves: the cell under their centre is their own.
    for (const g of el.shadowRoot!.querySelectorAll<SVGGElement>('g.cell[data-id*="."]')) {
      const box = g.querySelector('rect.fill')!.getBoundingClientRect();
      chart(el).dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
      await settle(el);
      const tip = shadow(el, '[part=tooltip]')!.getBoundingClientRect();
      if (tip.height > area.height / 3) tall++;
      expect(tip.top, g.dataset.id).to.be.at.least(area.top - 0.5);
      expect(tip.bottom, g.dataset.id).to.be.at.most(area.bottom + 0.5);
      if (tip.height <= box.top - area.top) {
        expect(tip.bottom, g.dataset.id).to.be.closeTo(box.top, 1.5);
        standing++;
      } else expect(tip.top, g.dataset.id).to.be.closeTo(area.top, 0.5);
    }
    expect(tall, 'tooltips taller than a third of the chart').to.be.greaterThan(0);
    expect(standing, 'tooltips standing on their cells').to.be.greaterThan(5);
  });

  it('selects a leaf with Enter (hz-select) and climbs with the breadcrumb', async () => {
    const selects = recordEvents('hz-select');
    const el = await treemap('path="economy/jingxin"');
    chart(el).focus();
    await press(el, 'Home');
    await press(el, 'Enter');
    expect(selects.at(-1)!.detail.id).to.match(/^jingxin\./);
    const crumbs = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button');
    expect(crumbs).to.have.length(2);
    crumbs[0]!.click();
    await settle(el);
    expect(el.path).to.deep.equal([]);
  });

  it('follows a path set by the host page', async () => {
    const el = await treemap();
    el.path = ['urban-rural', 'jiaotong'];
    await settle(el);
    expect(items(el).map((i) => i.dataset.id)).to.include('jiaotong.port');
    expect(shadow(el, 'nav [aria-current]')!.textContent).to.equal('市交通运输局');
  });

  it('shows a table of every node, sortable', async () => {
    const el = await treemap('view="table"');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(4 + 14 + 70);
    expect(shadow(el, '[part=view-toggle]')!.textContent!.trim()).to.equal('图形');
    const sortByName = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button')[0]!;
    sortByName.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('th[aria-sort="ascending"]')).to.exist;
  });

  it('sizes by figures and says so in the legend', async () => {
    const el = await treemap('size-by="figures"');
    expect(shadow(el, '.legend')!.textContent).to.contain('面积：数据项数');
  });

  it('accepts a generic {name, value, children} tree', async () => {
    const el = await treemap();
    el.data = { name: '预算', children: [{ name: '教育', value: 30 }, { name: '卫生', value: 20 }, { name: '交通', children: [{ name: '公路', value: 8 }, { name: '铁路', value: 12 }] }] };
    await settle(el);
    expect(items(el).map((i) => i.dataset.id)).to.have.members(['预算/教育', '预算/卫生', '预算/交通']);
  });

  it('keeps each family\'s colour and legend place when the values reorder them (示例数据)', async () => {
    const el = await treemap();
    const budget = (education: number, health: number) => ({ name: '预算', children: [{ name: '教育', value: education }, { name: '卫生', value: health }] });
    const legend = () => [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => `${li.querySelector('.swatch')!.className} ${li.textContent}`);
    // The family's hue: `c1-0` is family 1 (siblings alternate the shade after the dash by size).
    const toneOf = (id: string) => /^c(\d+)-/.exec([...el.shadowRoot!.querySelector(`[data-id="${id}"]`)!.classList].find((c) => /^c\d/.test(c))!)![1];
    el.data = budget(30, 20);
    await settle(el);
    const before = { legend: legend(), education: toneOf('预算/教育'), health: toneOf('预算/卫生') };
    el.data = budget(10, 40);
    await settle(el);
    // The sizes now rank 卫生 first: the layout changes, the colours and the legend do not.
    expect(legend()).to.deep.equal(before.legend);
    expect(before.legend[0]).to.contain('教育');
    expect([toneOf('预算/教育'), toneOf('预算/卫生')]).to.deep.equal([before.education, before.health]);
  });

  it('shows an error for bad data, a bad path and a bad size rule', async () => {
    const bad = await treemap('size-by="weight"');
    expect(problemsText(bad)).to.contain('size-by: expected one of initiatives, figures, honors, money');
    cleanup();
    const path = await treemap('path="economy/nope"');
    expect(problemsText(path)).to.contain('path[1]: "nope" is not a child of "economy"');
    cleanup();
    const data = await treemap();
    data.data = { name: 'r', children: [{ name: 'a', value: -1 }] };
    await settle(data);
    expect(problemsText(data)).to.contain('data.children[0].value: expected a non-negative number');
  });

  for (const [state, attributes, lang] of [
    ['top', '', ''],
    ['drilled', 'path="economy/jingxin"', ''],
    ['table', 'view="table"', ''],
    ['dark', 'theme="dark"', ''],
    ['en', '', 'lang="en"'],
    ['large', 'text-size="large" patterns', ''],
    ['error', 'path="x"', ''],
  ] as const) {
    it(`passes axe: ${state}`, async () => {
      const el = await treemap(attributes, lang);
      await expectAccessible(el.parentElement!);
    });
  }
});
