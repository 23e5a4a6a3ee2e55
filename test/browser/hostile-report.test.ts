import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';
import { hostileReport, payloads } from '../support/hostile.js';
import { cleanup, mount, reportSettled, expectNoMatch } from './helpers.js';

const injected = 'img, script, iframe, a[href^="javascript"], style:not([data-hz]), b, svg[onload]';

function everyShadowRoot(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...everyShadowRoot(el.shadowRoot)] : []));
}

describe('hostile strings', () => {
  afterEach(cleanup);

  for (const payload of payloads) {
    it(`stay text in every field of a report: ${payload.slice(0, 30)}`, async () => {
      const page = await mount(`<div><hz-report>
        <hz-metric-card metric="d.i.m"></hz-metric-card>
        <hz-metric-bar metric="d.i.m" max="100"></hz-metric-bar>
        <hz-bar-list metrics="d.i.m"></hz-bar-list>
        <hz-achievement-card initiative="d.i"></hz-achievement-card>
        <hz-department-treemap view="table"></hz-department-treemap>
      </hz-report><hz-department-treemap></hz-department-treemap></div>`);
      const report = page.querySelector('hz-report')! as HTMLElementTagNameMap['hz-report'];
      report.report = hostileReport(payload);
      await reportSettled(report);
      const parsed = parseReport(hostileReport(payload));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
      (page.lastElementChild as HTMLElementTagNameMap['hz-department-treemap']).report = parsed.value;
      await reportSettled(report);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __hzPwned?: number }).__hzPwned).to.equal(undefined);
      for (const root of everyShadowRoot(page)) expectNoMatch(root, injected, root.host.localName);
      expect(page.querySelector('hz-metric-card')!.shadowRoot!.textContent).to.contain(payload);
    });

    it(`stay text as attribute values and ids: ${payload.slice(0, 30)}`, async () => {
      const page = await mount('<div><hz-report></hz-report></div>');
      const report = page.querySelector('hz-report')!;
      for (const tag of ['hz-metric-card', 'hz-metric-bar', 'hz-bar-list', 'hz-rank-badge', 'hz-achievement-card', 'hz-department-treemap']) {
        const el = document.createElement(tag);
        for (const name of ['label', 'caption', 'unit', 'value', 'metric', 'initiative', 'honor', 'text', 'items', 'path', 'size-by', 'department']) el.setAttribute(name, payload);
        report.append(el);
      }
      await reportSettled(report);
      expect((window as { __hzPwned?: number }).__hzPwned).to.equal(undefined);
      for (const root of everyShadowRoot(page)) expectNoMatch(root, injected, root.host.localName);
    });
  }
});
