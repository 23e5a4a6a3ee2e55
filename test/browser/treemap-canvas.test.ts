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
    // A 2× screen: the backing store doubles, the CSS size stays.
    const screen = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
    Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true });
    let made: { svg: Treemap; canvas: Treemap };
    try {
      made = await pair();
      const picture = made.canvas.shadowRoot!.querySelector('canvas')!;
      expect(picture.width).to.equal(1600);
      expect(picture.getBoundingClientRect().width).to.equal(800);
    } finally {
      if (screen) Object.defineProperty(window, 'devicePixelRatio', screen);
      else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    }
    const { svg, canvas } = made;
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

  it('hit-tests every cell at its centre: the tooltip names the cell the SVG has there, a click acts on its block', async () => {
    const { svg, canvas } = await pair('path="economy" depth="3"');
    const loaded = (await canvas.closest('hz-report')!.loaded) as { ok: true; value: { departments: { id: string; name: string; initiatives: { id: string; title: string }[] }[]; groups: { id: string; name: string }[] } };
    const names = new Map<string, string>();
    for (const group of loaded.value.groups) names.set(group.id, group.name);
    for (const department of loaded.value.departments) {
      names.set(department.id, department.name);
      for (const initiative of department.initiatives) names.set(initiative.id, initiative.title);
    }
    const origin = chart(svg).getBoundingClientRect();
    let checked = 0;
    for (const g of svg.shadowRoot!.querySelectorAll<SVGGElement>('g.cell')) {
      const box = g.querySelector('rect.fill')!.getBoundingClientRect();
      // A leaf's centre; a parent's header band, where its children are not.
      const x = box.left + box.width / 2;
      const y = g.querySelector('.header-text') ? box.top + 8 : box.top + box.height / 2;
      const under = svg.shadowRoot!.elementFromPoint(x, y)?.closest<SVGGElement>('g.cell');
      if (under !== g) continue;
      await pointAt(canvas, 'pointermove', x - origin.left, y - origin.top);
      expect(shadow(canvas, '[part=tooltip] strong')?.textContent, g.dataset.id).to.equal(names.get(g.dataset.id!));
      checked++;
    }
    expect(checked).to.be.greaterThan(8);
    const block = items(canvas)[1]!;
    const blockId = block.dataset.id!;
    const drills = recordEvents('hz-drill');
    const box = block.getBoundingClientRect();
    const canvasOrigin = chart(canvas).getBoundingClientRect();
    await pointAt(canvas, 'click', box.left - canvasOrigin.left + box.width / 2, box.bottom - canvasOrigin.top - 4);
    expect(drills.at(-1)!.detail.id).to.equal(blockId);
    expect(canvas.path).to.deep.equal(['economy', blockId]);
  });

  it('paints each cell in the colour the SVG cell has: light, after a drill, dark, and back from the table', async () => {
    const { svg, canvas } = await pair();
    const rgb = (css: string) => {
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const compare = async (when: string) => {
      // The SVG cells' fills ease over 150 ms; the canvas repaints when its probes' 1 ms transition ends.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settle(canvas);
      const context = canvas.shadowRoot!.querySelector('canvas')!.getContext('2d')!;
      const origin = chart(svg).getBoundingClientRect();
      const cells = svgCells(svg);
      expect(cells.length, when).to.be.greaterThan(3);
      for (const cell of cells) {
        // Inside the edge, above the label's glyphs and the children: the cell's top-right corner.
        const box = cell.rect.getBoundingClientRect();
        const x = Math.floor((box.right - origin.left - 3) * devicePixelRatio);
        const y = Math.floor((box.top - origin.top + 3) * devicePixelRatio);
        const painted = [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
        const expected = rgb(getComputedStyle(cell.rect).fill);
        painted.forEach((channel, i) => expect(Math.abs(channel - expected[i]!), `${when}: ${cell.id} channel ${i}`).to.be.at.most(2));
      }
    };
    await compare('light');
    for (const el of [svg, canvas]) el.path = ['economy'];
    await settle(svg);
    await compare('drilled');
    canvas.closest('hz-report')!.setAttribute('theme', 'dark');
    await compare('dark');
    for (const el of [svg, canvas]) el.view = 'table';
    for (const el of [svg, canvas]) for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('tbody tr'); i++) await settle(el);
    const rows = (el: Treemap) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    expect(rows(canvas)).to.deep.equal(rows(svg));
    expect(rows(canvas).length).to.be.greaterThan(4);
    for (const el of [svg, canvas]) el.view = 'chart';
    await settle(svg);
    await compare('back from the table');
  });

  it('paints the hatches of `patterns` when it is set, and removes them when it is not', async () => {
    const { canvas } = await pair();
    const picture = () => canvas.shadowRoot!.querySelector('canvas')!.toDataURL();
    const plain = picture();
    canvas.patterns = true;
    await settle(canvas);
    expect(picture()).not.to.equal(plain);
    canvas.patterns = false;
    await settle(canvas);
    expect(picture()).to.equal(plain);
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

  it('paints its first frame once, at its content box, when the box is a fraction of a pixel or padded', async () => {
    // The chart's box here is 400 − the bar above it: not a whole number of pixels at every font
    // size. Measured one way after the first update (clientHeight, rounded) and another by the
    // ResizeObserver (contentRect, fractional), it was laid out and painted twice.
    const paints: [number, number][] = [];
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
      paints.push([this.canvas.width, this.canvas.height]);
      return clear.apply(this, args);
    };
    const ratio = window.devicePixelRatio || 1;
    try {
      for (const [height, chartStyle] of [
        ['400.3px', ''],
        ['400.7px', ''],
        // Padding and a border on the chart (its `base` part): the content box is what is drawn.
        ['400.7px', 'padding: 3.5px 5px; border: 2px solid; box-sizing: border-box'],
        ['400.7px', 'padding: 3.5px 5px; border: 2px solid; box-sizing: content-box'],
      ] as const) {
        paints.length = 0;
        const page = await mount(`<div><style>.padded::part(base) { ${chartStyle} }</style><hz-department-treemap class="padded" renderer="canvas" depth="2" style="width:800px;--hz-treemap-height:${height}"></hz-department-treemap></div>`);
        const el = page.querySelector<Treemap>('hz-department-treemap')!;
        el.data = { name: '示例数据', children: Array.from({ length: 6 }, (_, g) => ({ name: `组${g}`, children: Array.from({ length: 5 }, (_, l) => ({ name: `项${l}`, value: 1 + ((g + l) % 4) })) })) };
        await settle(el);
        for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        await settle(el);
        // The content box (no transform here: the bounding box less borders and padding), floored.
        const box = shadow(el, '.chart')!;
        const style = getComputedStyle(box);
        const rect = box.getBoundingClientRect();
        const sides = (a: 'Left' | 'Top', b: 'Right' | 'Bottom') => parseFloat(style[`padding${a}`]) + parseFloat(style[`padding${b}`]) + parseFloat(style[`border${a}Width`]) + parseFloat(style[`border${b}Width`]);
        const content = [rect.width - sides('Left', 'Right'), rect.height - sides('Top', 'Bottom')].map((n) => Math.round(Math.floor(n) * ratio));
        const what = `${height} ${chartStyle || 'no padding'}`;
        expect(paints, `paints at ${what}`).to.have.length(1);
        expect(paints[0], `backing store at ${what}`).to.deep.equal(content);
        cleanup();
      }
    } finally {
      CanvasRenderingContext2D.prototype.clearRect = clear;
    }
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
