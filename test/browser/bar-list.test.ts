import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/bar-list/hz-bar-list.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, recordEvents, reportSettled, shadow, settle, problemsText } from './helpers.js';

type BarList = HTMLElementTagNameMap['hz-bar-list'];
const rows = (list: Element) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const labels = (list: Element) =>
  rows(list).map((row) => {
    const label = row.querySelector('.row-label')!;
    return label.textContent!.replace(label.querySelector('small')?.textContent ?? '', '').trim();
  });

async function canlianCompletion(sort = 'source'): Promise<BarList> {
  const report = await mount(`<hz-report><hz-bar-list department="canlian" kind="completion" sort="${sort}"></hz-bar-list></hz-report>`);
  await reportSettled(report);
  return report.querySelector('hz-bar-list')!;
}

describe('<hz-bar-list>', () => {
  afterEach(cleanup);

  it('lists the completion rates of 市残联 from the report, values formatted per unit', async () => {
    const list = await canlianCompletion();
    expect(rows(list)).to.have.length(7);
    expect(rows(list)[0]!.querySelector('.row-value')!.textContent).to.equal('120%');
  });

  it('sorts by value, and the sort button cycles the order', async () => {
    const list = await canlianCompletion('value-desc');
    const values = rows(list).map((row) => Number.parseFloat(row.querySelector('.row-value')!.textContent!));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    shadow(list, '[part=sort]')!.click();
    await settle(list);
    expect(list.sort).to.equal('value-asc');
    const ascending = rows(list).map((row) => Number.parseFloat(row.querySelector('.row-value')!.textContent!));
    expect(ascending).to.deep.equal([...values].reverse());
  });

  it('is one tab stop; arrows, Home and End move; Enter selects and fires hz-select', async () => {
    const selects = recordEvents('hz-select');
    const list = await canlianCompletion();
    const tabbable = rows(list).filter((row) => row.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    rows(list)[0]!.focus();
    const key = async (k: string) => {
      list.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await settle(list);
    };
    await key('ArrowDown');
    expect(list.shadowRoot!.activeElement).to.equal(rows(list)[1]);
    await key('End');
    expect(list.shadowRoot!.activeElement).to.equal(rows(list)[6]);
    await key('Home');
    await key('Enter');
    expect(selects.at(-1)!.detail.id).to.equal('canlian.employment.disabled-employment-completion-rate');
    expect(rows(list)[0]!.getAttribute('aria-selected')).to.equal('true');
  });

  it('shows every figure of a department that mixes units as one list per unit, never an error', async () => {
    const report = await mount('<hz-report><hz-bar-list department="jiaotong"></hz-bar-list></hz-report>');
    await reportSettled(report);
    const list = report.querySelector('hz-bar-list')!;
    expect(list.problems).to.deep.equal([]);
    // One listbox, a group per unit labelled by its unit.
    expect(list.shadowRoot!.querySelectorAll('[role=listbox]')).to.have.length(1);
    const listboxes = [...list.shadowRoot!.querySelectorAll('[role=group]')];
    expect(listboxes.length).to.be.above(1);
    for (const group of listboxes) expect(list.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.match(/^单位：/);
    const units = [...list.shadowRoot!.querySelectorAll('.unit')].map((u) => u.textContent);
    expect(new Set(units).size, 'one list per unit').to.equal(units.length);
    expect(units.every((u) => u!.startsWith('单位：'))).to.be.true;
    // Every figure of the department is there, once.
    const loaded = await (report as HTMLElementTagNameMap['hz-report']).loaded;
    const department = loaded.ok ? loaded.value.departments.find((d) => d.id === 'jiaotong')! : undefined;
    const ids = department!.initiatives.flatMap((i) => i.metrics.map((m) => m.id));
    expect(rows(list).map((row) => row.dataset.index).length).to.equal(ids.length);
    // One tab stop for the whole element; arrows run on from one unit's list into the next.
    expect(rows(list).filter((row) => row.tabIndex === 0)).to.have.length(1);
    const firstOfSecond = listboxes[1]!.querySelector<HTMLElement>('[role=option]')!;
    const lastOfFirst = [...listboxes[0]!.querySelectorAll<HTMLElement>('[role=option]')].at(-1)!;
    lastOfFirst.focus();
    lastOfFirst.click();
    await settle(list);
    lastOfFirst.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await settle(list);
    expect(list.shadowRoot!.activeElement).to.equal(firstOfSecond);
    await expectAccessible(report);
  });

  it('puts bars on one scale: the longest value gets the longest bar', async () => {
    const list = await mount('<hz-bar-list style="width:500px" items=\'[{"label":"甲","value":"50","unit":"%"},{"label":"乙","value":"100","unit":"%"}]\'></hz-bar-list>');
    const [a, b] = rows(list).map((row) => row.querySelector<HTMLElement>('[part=bar]')!.getBoundingClientRect().width);
    expect(a! / b!).to.be.closeTo(0.5, 0.02);
  });

  it('lines its tracks up across rows and across units, however wide a value is', async () => {
    const box = (el: Element) => el.getBoundingClientRect();
    const tracks = (list: Element) => [...list.shadowRoot!.querySelectorAll('.track')].map(box);
    const aligned = (list: Element) => {
      const [first, ...rest] = tracks(list);
      for (const track of rest) {
        expect(track.left).to.be.closeTo(first!.left, 0.5);
        expect(track.width).to.be.closeTo(first!.width, 0.5);
      }
    };
    const list = await mount('<hz-bar-list style="width:600px" items=\'[{"label":"甲","value":"7.3","unit":"%"},{"label":"乙","value":"12345678.9","unit":"%"},{"label":"丙","value":"0.5","unit":"%"}]\'></hz-bar-list>');
    aligned(list);
    // The wide value widens the value column for every row, not just its own.
    const values = [...list.shadowRoot!.querySelectorAll('.row-value')].map(box);
    expect(values[0]!.width).to.be.closeTo(values[1]!.width, 0.5);
    cleanup();
    const report = await mount('<hz-report><hz-bar-list department="canlian" style="width:600px"></hz-bar-list></hz-report>');
    await reportSettled(report);
    const mixed = report.querySelector('hz-bar-list')!;
    expect(mixed.shadowRoot!.querySelectorAll('.unit-group').length).to.be.greaterThan(1);
    aligned(mixed);
  });

  it('under 26rem puts each track under its label, with its own 100% line, from the first frame and on resize', async () => {
    const stacked = (list: Element) => {
      const row = rows(list)[0]!;
      return row.querySelector('.track')!.getBoundingClientRect().top >= row.querySelector('.row-label')!.getBoundingClientRect().bottom - 0.5;
    };
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    const host = document.createElement('div');
    host.style.width = `${25 * rem}px`;
    const list = document.createElement('hz-bar-list') as BarList;
    list.metrics = [
      { label: '甲', kind: 'completion', value: 70, unit: '%', polarity: 'higher-is-better' },
      { label: '乙', kind: 'completion', value: 120, unit: '%', polarity: 'higher-is-better' },
    ];
    host.append(list);
    document.body.append(host);
    await list.updateComplete;
    // Narrow by the end of its first frame: the observer's callback runs after that frame's
    // layout and before its paint, and the browser lays out again before it paints.
    const firstFrame = await new Promise<boolean>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(stacked(list)))));
    expect(firstFrame, 'narrow in the first frame').to.equal(true);
    expect(list.matches(':state(narrow)')).to.equal(true);
    // The 100% line: one per track here (a line through the list would cross the labels).
    const listLine = () => getComputedStyle(shadow(list, '[role=listbox]')!, '::after').display;
    expect(listLine()).to.equal('none');
    expect(getComputedStyle(list.shadowRoot!.querySelector('.track')!, '::after').content).to.not.equal('none');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    host.style.width = `${27 * rem}px`;
    await frame();
    expect(list.matches(':state(narrow)')).to.equal(false);
    expect(stacked(list)).to.equal(false);
    expect(listLine()).to.equal('block');
    expect(getComputedStyle(list.shadowRoot!.querySelector('.track')!, '::after').content).to.equal('none');
    host.style.width = `${20 * rem}px`;
    await frame();
    expect(stacked(list)).to.equal(true);
    host.remove();
  });

  it('draws the 100% line once for the whole list, in the track column, at 100% of the scale', async () => {
    const list = await mount('<hz-bar-list style="width:600px"></hz-bar-list>');
    (list as BarList).metrics = [
      { label: '甲', kind: 'completion', value: 190, unit: '%', polarity: 'higher-is-better' },
      { label: '乙', kind: 'completion', value: 100, unit: '%', polarity: 'higher-is-better' },
    ];
    await settle(list);
    const listbox = shadow(list, '[role=listbox]')!;
    const line = getComputedStyle(listbox, '::after');
    expect(line.content).to.not.equal('none');
    // A line per list, not one per row.
    expect(getComputedStyle(list.shadowRoot!.querySelector('.track')!, '::after').content).to.equal('none');
    const track = list.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    const listLeft = listbox.getBoundingClientRect().left + listbox.clientLeft;
    // Its containing block is the list; the rows' track column is worked out in CSS: the line sits
    // 100/190 of the track's width from the track's start, where the 100% bar ends.
    expect(track.left - listLeft).to.be.greaterThan(0);
    expect(listLeft + Number.parseFloat(line.left)).to.be.closeTo(track.left + track.width * (100 / 190), 0.5);
    const bar100 = rows(list)[1]!.querySelector('[part=bar]')!.getBoundingClientRect();
    expect(bar100.right).to.be.closeTo(listLeft + Number.parseFloat(line.left), 0.5);
  });

  it('keeps the zero line on the scale when a wide value narrows the label column', async () => {
    for (const width of [430, 600, 900]) {
      const list = await mount(`<hz-bar-list style="width:${width}px"></hz-bar-list>`);
      (list as BarList).metrics = [
        { label: '甲', kind: 'change', value: -123456789.5, unit: '个百分点', polarity: 'higher-is-better' },
        { label: '乙', kind: 'change', value: 40000000, unit: '个百分点', polarity: 'higher-is-better' },
      ];
      await settle(list);
      expect(list.matches(':state(narrow)'), `${width}px is not narrow`).to.equal(false);
      const listbox = shadow(list, '[role=listbox]')!;
      const listLeft = listbox.getBoundingClientRect().left + listbox.clientLeft;
      const line = Number.parseFloat(getComputedStyle(listbox, '::before').left);
      const [negative, positive] = rows(list).map((row) => row.querySelector('[part=bar]')!.getBoundingClientRect());
      expect(listLeft + line, `zero line at ${width}px`).to.be.closeTo(positive!.left, 0.5);
      expect(negative!.right, `the negative bar ends at zero at ${width}px`).to.be.closeTo(positive!.left, 0.5);
      // Every value fits its column.
      for (const value of list.shadowRoot!.querySelectorAll<HTMLElement>('.row-value')) expect(value.scrollWidth).to.be.at.most(value.clientWidth + 0.5);
      if (width === 430) expect(rows(list)[0]!.querySelector('.row-label')!.getBoundingClientRect().width, 'the label column gave way').to.be.lessThan(14 * 16);
      cleanup();
    }
  });

  it('selects the clicked row and says which', async () => {
    const selects = recordEvents('hz-select');
    const list = await canlianCompletion();
    rows(list)[2]!.querySelector('.row-label')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(list);
    expect(selects.at(-1)!.detail.index).to.equal(2);
    expect(rows(list)[2]!.getAttribute('aria-selected')).to.equal('true');
  });

  it('takes metric objects as a property', async () => {
    const list = await mount<BarList>('<hz-bar-list></hz-bar-list>');
    list.metrics = [{ label: '甲', kind: 'percent', value: 12, unit: '%', polarity: 'higher-is-better' }];
    await list.updateComplete;
    expect(labels(list)).to.deep.equal(['甲']);
  });

  it('reports bad items, unknown ids and mixed units with their paths', async () => {
    const bad = await mount('<hz-bar-list items=\'[{"label":"甲","value":"x"}]\'></hz-bar-list>');
    expect(problemsText(bad)).to.contain('items[0].value: expected a number');
    cleanup();
    const json = await mount('<hz-bar-list items="[oops"></hz-bar-list>');
    expect(problemsText(json)).to.contain('items: invalid JSON at line 1, column 2');
    expect(shadow(json, '[role=alert]')!.textContent).to.contain('items：JSON 格式有误（第 1 行第 2 列）');
    cleanup();
    const mixed = await mount('<hz-bar-list items=\'[{"label":"甲","value":"1","unit":"%"},{"label":"乙","value":"2","unit":"个百分点"}]\'></hz-bar-list>');
    expect(problemsText(mixed)).to.contain('items[1].unit: "个百分点" differs from "%"');
    cleanup();
    const report = await mount('<hz-report><hz-bar-list metrics="canlian.employment.disabled-employment-completion-rate nope.x"></hz-bar-list></hz-report>');
    await reportSettled(report);
    expect(shadow(report.querySelector('hz-bar-list')!, '[role=alert]')!.textContent).to.contain('metrics[1]：未找到指标 "nope.x"');
  });

  for (const attributes of ['', 'theme="dark"', 'lang="en"', 'text-size="large"']) {
    it(`passes axe ${attributes || '(default)'}`, async () => {
      const report = await mount(`<hz-report ${attributes}><hz-bar-list kind="change" unit="%" label="增速" ${attributes}></hz-bar-list></hz-report>`);
      await reportSettled(report);
      await expectAccessible(report);
    });
  }
});
