import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/rank-badge/hz-rank-badge.js';
import '../../packages/hz-viz/src/elements/report/hz-report.js';
import { cleanup, expectAccessible, mount, recordEvents, reportSettled, shadow, shadowText, expectNoMatch, problemsText } from './helpers.js';

describe('<hz-rank-badge>', () => {
  afterEach(cleanup);

  it('reads free text with the schema rank parser and speaks it in full', async () => {
    const badge = await mount('<hz-rank-badge text="居全省第1"></hz-rank-badge>');
    expect(shadowText(badge)).to.equal('居全省第1');
    const base = shadow(badge, '[part=base]')!;
    expect(base.getAttribute('aria-label')).to.equal('全省第1名');
    expect(base.classList.contains('tier-gold')).to.be.true;
    expect(base.classList.contains('scope-province')).to.be.true;
  });

  it('builds the honor from attributes, in English where the page says so', async () => {
    const badge = await mount('<hz-rank-badge scope="province" position="2"></hz-rank-badge>', { lang: 'en' });
    expect(shadowText(badge)).to.equal('No. 2 in the province');
    expect(shadow(badge, '[part=base]')!.getAttribute('aria-label')).to.equal('ranked 2nd in the province');
    expect(shadow(badge, '[part=base]')!.classList.contains('tier-silver')).to.be.true;
  });

  it('compact, in a narrow column: its words wrap beside the icon, not under it', async () => {
    const badge = await mount('<hz-rank-badge compact scope="province" position="1" style="width:7em"></hz-rank-badge>', { lang: 'en' });
    const top = (selector: string) => shadow(badge, selector)!.getBoundingClientRect().top;
    const text = shadow(badge, '[part=text]')!;
    // Two lines of words, the first beside the icon.
    expect(text.getBoundingClientRect().height).to.be.greaterThan(Number.parseFloat(getComputedStyle(text).lineHeight) * 1.5);
    expect(Math.abs(top('[part=icon]') - top('[part=text]'))).to.be.lessThan(text.getBoundingClientRect().height / 2);
  });

  it('takes an honor object as a property', async () => {
    const badge = await mount<HTMLElementTagNameMap['hz-rank-badge']>('<hz-rank-badge></hz-rank-badge>');
    badge.honor = { kind: 'streak', streak: 9, streakUnit: '连冠', scope: 'province', printed: '全省九连冠' };
    await badge.updateComplete;
    expect(shadowText(badge)).to.equal('全省九连冠');
    expect(shadow(badge, '[part=base]')!.getAttribute('aria-label')).to.equal('9连冠');
  });

  it('resolves an honor id from the surrounding report', async () => {
    const report = await mount('<hz-report><hz-rank-badge honor="fagaiwei.energy.energy-use-per-unit-of-industrial-value-added-position"></hz-rank-badge></hz-report>');
    await reportSettled(report);
    const badge = report.querySelector('hz-rank-badge')!;
    expect(shadowText(badge)).to.contain('居全省第1');
  });

  it('shows an error for bad attributes, says where, and fires hz-error', async () => {
    const errors = recordEvents('hz-error');
    const badge = await mount('<hz-rank-badge scope="planet" position="-1"></hz-rank-badge>');
    const alert = shadow(badge, '[role=alert]')!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('scope：应为 "nation"、"province"、"city"、"county"、"group" 之一，实际为 "planet"');
    expect(problemsText(badge)).to.contain('scope: expected one of nation, province');
    expect(problemsText(badge)).to.contain('position: expected a positive whole number, received "-1"');
    expect(errors.at(-1)?.detail.problems).to.have.length(2);
  });

  it('says when free text is not an honor', async () => {
    const badge = await mount('<hz-rank-badge text="很好"></hz-rank-badge>');
    expect(problemsText(badge)).to.contain('text: expected an honor such as 居全省第1');
  });

  it('renders a hostile label as text', async () => {
    const badge = await mount('<hz-rank-badge text="全国首个"></hz-rank-badge>');
    badge.setAttribute('label', '<img src=x onerror="window.__pwned=1">');
    await (badge as HTMLElementTagNameMap['hz-rank-badge']).updateComplete;
    expectNoMatch(badge.shadowRoot, 'img', 'injected markup');
    expect(shadowText(badge)).to.contain('<img src=x onerror="window.__pwned=1">');
  });

  it('is a button that fires hz-select when selectable', async () => {
    const selects = recordEvents('hz-select');
    const badge = await mount('<hz-rank-badge text="全国首个" selectable></hz-rank-badge>');
    shadow(badge, 'button')!.click();
    expect(selects.at(-1)?.detail.label).to.equal('全国首个');
  });

  for (const markup of ['<hz-rank-badge text="居全省第1" label="能耗降低率"></hz-rank-badge>', '<hz-rank-badge text="全国首个" theme="dark"></hz-rank-badge>', '<hz-rank-badge text="九连冠" compact text-size="large"></hz-rank-badge>', '<hz-rank-badge text="?"></hz-rank-badge>']) {
    it(`passes axe: ${markup}`, async () => expectAccessible(await mount(markup)));
  }
});
