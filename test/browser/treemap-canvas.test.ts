import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/department-treemap/hz-department-treemap.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { canvasAbove } from '../../packages/hz-viz/src/elements/department-treemap/hz-department-treemap.element.js';
import { cleanup, expectAccessible, mount, problemsText, recordEvents, reportSettled, settle, shadow } from './helpers.js';

/**
 * The canvas renderer against the SVG renderer, on the same report at the same size: the same
 * tree items, keyboard path, announcements, events, tooltips, table and colours.
 */
type Treemap = HTMLElementTagNameMap['hz-department-treemap'];

async function pair(attributes = ''): Promise<{ svg: Treemap; canvas: Treemap }> {
  const page = await mount(`<div><hz-report>
    <hz-department-treemap renderer="svg" ${attributes} style="width:800px;--hz-treemap-height:480px"></hz-department-treemap>
    <hz-department-treemap renderer="canvas" ${attributes} style="width:800px;--hz-treemap-height:480px"></hz-department-treemap>
  </hz-report></div>`);
  await reportSettled(page.querySelector('hz-report')!);
  const [svg, canvas] = [...page.querySelectorAll<Treemap>('hz-department-treemap')] as [Treemap, Treemap];
  for (const el of [svg, canvas]) {
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[role=treeitem], table'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(el);
  }
  return { svg, canvas };
}

const chart = (el: Treemap) => shadow(el, '[role=tree]')!;
const items = (el: Treemap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=treeitem]')];
const active = (el: Treemap) => el.shadowRoot!.getElementById(chart(el).getAttribute('aria-activedescendant')!)!;
const status = (el: Treemap) => shadow(el, '.frame > [role=status]')!.textContent!.trim();
async function press(el: Treemap, key: string) {
  chart(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await settle(el);
}
/** A mouse event at a point of the chart, in the chart's own coordinates. */
async function pointAt(el: Treemap, type: 'click' | 'pointermove', x: number, y: number) {
  const box = chart(el).getBoundingClientRect();
  const init = { bubbles: true, composed: true, clientX: box.left + x, clientY: box.top + y };
  chart(el).dispatchEvent(type === 'click' ? new MouseEvent('click', init) : new PointerEvent('pointermove', init));
  await settle(el);
}
/** Every cell the SVG draws as its own group, with its box in chart coordinates. */
function svgCells(el: Treemap) {
  const origin = chart(el).getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cell')].map((g) => {
    const box = g.querySelector('rect.fill')!.getBoundingClientRect();
    return { id: g.dataset.id!, x: box.left - origin.left + box.width / 2, y: box.top - origin.top + Math.min(box.height / 2, 30), rect: g.querySelector('rect.fill')! };
  });
}

describe('<hz-department-treemap renderer="canvas">', () => {
  afterEach(cleanup);

  it('draws on a canvas as sharp as the screen, with the same tree items as SVG', async () => {
    const { svg, canvas } = await pair();
    const picture = canvas.shadowRoot!.querySelector('canvas')!;
    expect(picture.width).to.equal(Math.round(800 * devicePixelRatio));
    expect(canvas.shadowRoot!.querySelector('svg')).to.equal(null);
    const describe = (el: Treemap) => items(el).map((item) => [item.dataset.id, item.getAttribute('aria-label'), item.getAttribute('aria-expanded')]);
    expect(describe(canvas)).to.deep.equal(describe(svg));
    expect(chart(canvas).getAttribute('aria-label')).to.equal(chart(svg).getAttribute('aria-label'));
  });

  it('goes the same keyboard path with the same announcements and hz-drill events', async () => {
    const { svg, canvas } = await pair();
    const trace = async (el: Treemap) => {
      const drills = recordEvents('hz-drill');
      chart(el).focus();
      const steps: string[] = [];
      for (const key of ['Home', 'ArrowRight', 'ArrowDown', 'End', 'Home', 'Enter', 'ArrowRight', 'Backspace']) {
        await press(el, key);
        steps.push(`${key} → ${active(el).dataset.id} · ${status(el)}`);
      }
      return { steps, drills: drills.map((e) => JSON.stringify(e.detail)), path: el.path };
    };
    const fromSvg = await trace(svg);
    const fromCanvas = await trace(canvas);
    expect(fromCanvas).to.deep.equal(fromSvg);
    expect(fromCanvas.drills).to.have.length(2);
  });

  it('fires the same hz-select for a leaf and shows the same tooltip on focus', async () => {
    const { svg, canvas } = await pair('path="economy/fagaiwei"');
    const choose = async (el: Treemap) => {
      const selects = recordEvents('hz-select');
      chart(el).focus();
      await press(el, 'Home');
      await press(el, 'ArrowRight');
      const tip = shadow(el, '[part=tooltip]')!.textContent!.replace(/\s+/g, ' ').trim();
      await press(el, 'Enter');
      return { tip, selected: selects.map((e) => JSON.stringify(e.detail)) };
    };
    const fromSvg = await choose(svg);
    expect(fromSvg.tip).to.match(/数据/);
    expect(await choose(canvas)).to.deep.equal(fromSvg);
    expect(fromSvg.selected).to.have.length(1);
  });

  it('hit-tests every cell at its centre: the tooltip names it, a click acts on its block', async () => {
    const { svg, canvas } = await pair();
    const cells = svgCells(svg);
    expect(cells.length).to.be.greaterThan(10);
    for (const cell of cells) {
      await pointAt(canvas, 'pointermove', cell.x, cell.y);
      await pointAt(svg, 'pointermove', cell.x, cell.y);
      const tipOf = (el: Treemap) => shadow(el, '[part=tooltip] strong')?.textContent;
      expect(tipOf(canvas), cell.id).to.equal(tipOf(svg));
    }
    const block = items(canvas)[1]!;
    const blockId = block.dataset.id!;
    const drills = recordEvents('hz-drill');
    const box = block.getBoundingClientRect();
    const origin = chart(canvas).getBoundingClientRect();
    await pointAt(canvas, 'click', box.left - origin.left + box.width / 2, box.bottom - origin.top - 4);
    expect(drills.at(-1)!.detail.id).to.equal(blockId);
    expect(canvas.path).to.deep.equal([blockId]);
  });

  it('paints each cell in the colour the SVG cell has', async () => {
    const { svg, canvas } = await pair();
    const context = canvas.shadowRoot!.querySelector('canvas')!.getContext('2d')!;
    const rgb = (css: string) => {
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    for (const cell of svgCells(svg)) {
      // Inside the edge, above the label's glyphs and the children: the cell's top-right corner.
      const box = cell.rect.getBoundingClientRect();
      const origin = chart(svg).getBoundingClientRect();
      const x = Math.floor((box.right - origin.left - 3) * devicePixelRatio);
      const y = Math.floor((box.top - origin.top + 3) * devicePixelRatio);
      const painted = [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      const expected = rgb(getComputedStyle(cell.rect).fill);
      painted.forEach((channel, i) => expect(Math.abs(channel - expected[i]!), `${cell.id} channel ${i}`).to.be.at.most(2));
    }
  });

  it('repaints when the theme changes, and shows the same table rows', async () => {
    const { svg, canvas } = await pair();
    const context = canvas.shadowRoot!.querySelector('canvas')!.getContext('2d')!;
    const pixel = () => [...context.getImageData(10, 40, 1, 1).data.slice(0, 3)].join(',');
    const light = pixel();
    canvas.closest('hz-report')!.setAttribute('theme', 'dark');
    for (let i = 0; i < 20 && pixel() === light; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pixel()).not.to.equal(light);
    for (const el of [svg, canvas]) el.view = 'table';
    for (const el of [svg, canvas]) for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('tbody tr'); i++) await settle(el);
    const rows = (el: Treemap) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    expect(rows(canvas)).to.deep.equal(rows(svg));
    expect(rows(canvas)).to.have.length(4 + 14 + 70);
  });

  it('is chosen above canvasAbove cells, SVG below, and a wrong renderer is a problem', async () => {
    const el = await mount<Treemap>('<hz-department-treemap depth="2" style="width:800px;--hz-treemap-height:400px"></hz-department-treemap>');
    const tree = (leaves: number) => ({ name: '示例数据', children: Array.from({ length: 10 }, (_, g) => ({ name: `组${g}`, children: Array.from({ length: leaves / 10 }, (_, l) => ({ name: `项${l}`, value: 1 + (l % 7) })) })) });
    el.data = tree(canvasAbove - 20);
    await settle(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('svg'), 'small tree').to.exist;
    el.data = tree(canvasAbove + 10);
    await settle(el);
    expect(el.shadowRoot!.querySelector('canvas'), 'large tree').to.exist;
    el.setAttribute('renderer', 'webgl');
    await settle(el);
    expect(problemsText(el)).to.contain('renderer: expected one of svg, canvas, received "webgl"');
  });

  it('passes axe on canvas, light and dark', async () => {
    const { svg, canvas } = await pair();
    svg.remove();
    const report = canvas.closest('hz-report')!;
    await expectAccessible(report);
    report.setAttribute('theme', 'dark');
    await settle(canvas);
    await expectAccessible(report);
  });
});
