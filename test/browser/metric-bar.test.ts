import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/metric-bar/hz-metric-bar.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, reportSettled, shadow, problemsText } from './helpers.js';

const widthOf = (el: HTMLElement) => el.getBoundingClientRect().width;

describe('<hz-metric-bar>', () => {
  afterEach(cleanup);

  it('draws over-achievement past a visible 100% target line, and says it in words', async () => {
    const bar = await mount('<hz-metric-bar label="辅具适配完成率" value="190" unit="%" kind="completion" style="width:400px"></hz-metric-bar>');
    const track = shadow(bar, '[role=meter]')!;
    expect(track.getAttribute('aria-valuenow')).to.equal('190');
    expect(track.getAttribute('aria-valuemax')).to.equal('200');
    expect(track.getAttribute('aria-valuetext')).to.equal('190%，超出目标 90 个百分点');
    const marker = shadow(bar, '[part=marker]')!;
    const over = shadow(bar, '.over')!;
    expect(over).to.exist;
    // The target sits at 100/200 of the track; the over-achieving part starts there.
    expect(marker.offsetLeft / track.clientWidth).to.be.closeTo(0.5, 0.01);
    expect(Math.abs(over.offsetLeft - marker.offsetLeft)).to.be.lessThan(2);
  });

  for (const [attributes, limit, text] of [
    ['max="100" value="190" unit="%"', 100, '190%，超出上限 100'],
    ['kind="share" value="150" unit="%"', 100, '150%，超出上限 100'],
    ['max="300" value="500" unit="家"', 300, '500家，超出上限 300'],
  ] as const) {
    it(`shows ${attributes} as beyond its max, never a silent clip, with ARIA values in range`, async () => {
      const bar = await mount(`<hz-metric-bar label="示例" ${attributes} style="width:400px"></hz-metric-bar>`);
      const track = shadow(bar, '[role=meter]')!;
      const [now, min, max] = ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map((name) => Number(track.getAttribute(name)));
      expect(now).to.be.within(min!, max!);
      expect(track.getAttribute('aria-valuetext')).to.equal(text);
      const marker = shadow(bar, '[part=marker]')!;
      expect(marker.offsetLeft / track.clientWidth).to.be.closeTo(limit / max!, 0.01);
      expect(shadow(bar, '.over'), 'the part beyond the max is drawn').to.exist;
      expect(shadow(bar, '.target')!.textContent).to.equal(`上限 ${limit}`);
      await expectAccessible(bar);
    });
  }

  it('diverges from zero for a decline, coloured by polarity', async () => {
    const report = await mount('<hz-report><hz-metric-bar metric="jianshe.waste-sorting.household-waste-volume"></hz-metric-bar></hz-report>');
    await reportSettled(report);
    const bar = report.querySelector('hz-metric-bar')!;
    expect(shadow(bar, '[part=base]')!.classList.contains('tone-good')).to.be.true;
    const fill = shadow(bar, '[part=bar]')!;
    const marker = shadow(bar, '[part=marker]')!;
    expect(fill.offsetLeft + widthOf(fill)).to.be.closeTo(marker.offsetLeft + 1, 2);
    expect(shadow(bar, '[role=meter]')!.getAttribute('aria-valuetext')).to.equal('下降1.47%');
  });

  it('asks for a max when a count has no natural scale', async () => {
    const bar = await mount('<hz-metric-bar label="新建基地" value="61" unit="家"></hz-metric-bar>');
    expect(problemsText(bar)).to.contain('max: required for a count figure');
    cleanup();
    const ok = await mount('<hz-metric-bar label="新建基地" value="61" unit="家" max="100"></hz-metric-bar>');
    expect(shadow(ok, '[role=meter]')!.getAttribute('aria-valuemax')).to.equal('100');
  });

  it('speaks English on an English page', async () => {
    const bar = await mount('<hz-metric-bar label="Completion" value="120" unit="%" kind="completion"></hz-metric-bar>', { lang: 'en' });
    expect(shadow(bar, '[role=meter]')!.getAttribute('aria-valuetext')).to.equal('120%, 20 points over target');
  });

  it('rejects a bad max', async () => {
    const bar = await mount('<hz-metric-bar label="x" value="1" unit="家" max="-3"></hz-metric-bar>');
    expect(problemsText(bar)).to.contain('max: expected a positive number, received "-3"');
  });

  for (const markup of [
    '<hz-metric-bar label="完成率" value="190" unit="%" kind="completion"></hz-metric-bar>',
    '<hz-metric-bar label="增速" value="-2.5" unit="%" kind="change" theme="dark"></hz-metric-bar>',
    '<hz-metric-bar label="覆盖率" value="92.3" unit="%" text-size="large"></hz-metric-bar>',
  ]) {
    it(`passes axe: ${markup.slice(0, 70)}`, async () => expectAccessible(await mount(markup)));
  }
});
