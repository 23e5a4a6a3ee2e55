import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/index.js';
import { defineElement } from '../../packages/hz-viz/src/internal/define.js';
import { HzMetricCardElement } from '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.element.js';
import { cleanup, mount, recordEvents, shadow, shadowText, expectNoMatch } from './helpers.js';

const hostile = [
  '<img src=x onerror="window.__hzPwned=1">',
  '"><script>window.__hzPwned=1</script>',
  "javascript:window.__hzPwned=1",
  '<svg onload="window.__hzPwned=1">',
  '{{constructor.constructor("window.__hzPwned=1")()}}',
  '\u202Eevil\u202C',
];

describe('shared behaviour', () => {
  afterEach(cleanup);

  it('re-renders every element when the page language changes', async () => {
    const card = await mount<HzMetricCardElement>('<hz-metric-card label="x" value="1.48" unit="亿吨"></hz-metric-card>');
    expect(shadowText(card)).to.contain('1.48亿吨');
    document.documentElement.lang = 'en';
    try {
      // The language observer asks for an update; the update waits for the English part.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await card.updateComplete;
      expect(shadowText(card)).to.contain('148 million t');
    } finally {
      document.documentElement.lang = 'zh-CN';
    }
  });

  it('defines a tag only once and warns when a different copy tries again', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class OtherCopy extends HzMetricCardElement {
        static override readonly hzVersion = '9.9.9';
      }
      // The warning is a module of its own, loaded only for a second copy: wait for it.
      await defineElement('hz-metric-card', OtherCopy);
      await defineElement('hz-metric-card', HzMetricCardElement);
      expect(warnings).to.have.length(1);
      expect(customElements.get('hz-metric-card')).to.equal(HzMetricCardElement);
      expect(String(warnings[0])).to.contain('hz-viz 0.1.0');
    } finally {
      console.warn = original;
    }
  });

  it('fires hz-error events that bubble out of shadow roots and cross to the document', async () => {
    const errors = recordEvents('hz-error');
    await mount('<div><hz-metric-card value="x"></hz-metric-card></div>');
    expect(errors).to.have.length(1);
    expect(errors[0]!.composed).to.be.true;
    expect(errors[0]!.detail.problems[0].path).to.equal('value');
  });

  for (const text of hostile) {
    it(`renders ${JSON.stringify(text).slice(0, 40)} as text in every text field`, async () => {
      const page = await mount('<div></div>');
      for (const tag of ['hz-metric-card', 'hz-metric-bar', 'hz-rank-badge']) {
        const el = document.createElement(tag);
        el.setAttribute('label', text);
        el.setAttribute('caption', text);
        el.setAttribute('value', '1');
        el.setAttribute('unit', '%');
        el.setAttribute('text', '全国首个');
        page.append(el);
      }
      const list = document.createElement('hz-bar-list');
      list.setAttribute('label', text);
      list.setAttribute('items', JSON.stringify([{ label: text, value: '1', unit: text }]));
      page.append(list);
      for (const el of page.children) await (el as HTMLElementTagNameMap['hz-metric-card']).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as { __hzPwned?: number }).__hzPwned).to.equal(undefined);
      for (const el of page.children) {
        expectNoMatch(el.shadowRoot, 'img, script, svg[onload], iframe', el.localName);
        expect(el.shadowRoot!.textContent, el.localName).to.contain(text);
      }
    });
  }

  it('never leaves an element blank: an element with no inputs says what it needs', async () => {
    for (const tag of ['hz-metric-card', 'hz-metric-bar', 'hz-bar-list', 'hz-achievement-card']) {
      const el = await mount(`<${tag}></${tag}>`);
      expect(shadow(el, '[role=alert]'), tag).to.exist;
      cleanup();
    }
  });
});
