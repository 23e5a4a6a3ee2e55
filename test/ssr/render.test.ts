import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parse, parseFragment } from 'parse5';
import type { Report } from '../../packages/schema/src/index.js';
import { parseReport } from '../../packages/schema/src/index.js';
import { renderElement, renderReportPage } from '../../packages/ssr/src/index.js';
import { hostileReport, payloads } from '../support/hostile.js';
import { elements, textOf } from '../support/html-tree.js';


const huzhou = (() => {
  const parsed = parseReport(JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')));
  if (!parsed.ok) throw new Error('the Huzhou report must be valid');
  return parsed.value;
})();

const shadowOf = (html: string, tag: string) => {
  const host = [...elements(parseFragment(html))].find((el) => el.tagName === tag);
  assert.ok(host, `<${tag}> rendered`);
  const template = host.childNodes.find((n): n is DefaultTreeAdapterMap['template'] => n.nodeName === 'template');
  assert.ok(template, `<${tag}> has a declarative shadow root`);
  assert.equal(template.attrs.find((a) => a.name === 'shadowrootmode')?.value, 'open');
  return template.content;
};

describe('renderElement', () => {
  it('renders a card from its attributes into declarative shadow DOM, styles and all', async () => {
    const html = await renderElement('hz-metric-card', { attributes: { label: '地区生产总值', value: '4015.4', unit: '亿元', change: '5.8' } });
    const shadow = shadowOf(html, 'hz-metric-card');
    const text = textOf(shadow);
    assert.match(text, /地区生产总值/);
    assert.match(text, /4015\.4亿/);
    assert.match(text, /增长 5\.8%/);
    assert.ok([...elements(shadow)].some((el) => el.tagName === 'style'), 'its styles are in its shadow root');
  });

  it('reads ids from the report it is given, as inside <hz-report>', async () => {
    const metric = huzhou.departments[0]!.initiatives[0]!.metrics[0]!;
    const text = textOf(shadowOf(await renderElement('hz-metric-card', { attributes: { metric: metric.id } }, { report: huzhou }), 'hz-metric-card'));
    assert.match(text, new RegExp(metric.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  it('says an unknown id is not in the report, in the page language, with where', async () => {
    const zh = textOf(shadowOf(await renderElement('hz-metric-card', { attributes: { metric: 'no-such-id' } }, { report: huzhou }), 'hz-metric-card'));
    assert.match(zh, /no-such-id/);
    assert.match(zh, /metric/);
    const en = textOf(shadowOf(await renderElement('hz-metric-card', { attributes: { metric: 'no-such-id' } }, { report: huzhou, lang: 'en' }), 'hz-metric-card'));
    assert.match(en, /no-such-id/);
    assert.notEqual(zh, en);
  });

  it('draws in English on an English page', async () => {
    const text = textOf(shadowOf(await renderElement('hz-metric-card', { attributes: { label: 'GDP', value: '4015.4', unit: '亿元', change: '5.8' } }, { lang: 'en' }), 'hz-metric-card'));
    assert.doesNotMatch(text, /增长/);
    assert.match(text, /5\.8%/);
  });

  it('takes properties as a script would set them', async () => {
    const html = await renderElement('hz-bar-list', { properties: { metrics: [{ label: '甲', kind: 'completion', value: 120, unit: '%', polarity: 'higher-is-better' }, { label: '乙', kind: 'completion', value: 80, unit: '%', polarity: 'higher-is-better' }] } });
    const shadow = shadowOf(html, 'hz-bar-list');
    assert.match(textOf(shadow), /甲.*120%.*乙.*80%/);
    // The bars' widths are in the markup (a browser with no script still draws them).
    const bars = [...elements(shadow)].filter((el) => el.attrs.some((a) => a.name === 'part' && a.value === 'bar'));
    assert.deepEqual(bars.map((b) => b.attrs.find((a) => a.name === 'style')?.value), ['width:100.000%', 'width:66.667%']);
  });

  it('draws a treemap at the size it is given', async () => {
    const shadow = shadowOf(await renderElement('hz-department-treemap', {}, { report: huzhou, width: 640, height: 400 }), 'hz-department-treemap');
    const svg = [...elements(shadow)].find((el) => el.tagName === 'svg');
    assert.ok(svg, 'an SVG chart');
    assert.equal(svg.attrs.find((a) => a.name === 'viewBox')?.value, '0 0 640 400');
    assert.match(textOf(shadow), new RegExp(huzhou.departments[0]!.name));
  });

  it('refuses a tag or name that would be markup', async () => {
    await assert.rejects(renderElement('img src=x onerror=alert(1)'), /not an hz-viz tag name/);
    await assert.rejects(renderElement('hz-metric-card', { attributes: { 'x onload': '1' } }), /not an attribute or property name/);
  });
});

describe('renderReportPage', () => {
  it('writes a whole document with every section of the report page', async () => {
    const page = await renderReportPage(huzhou);
    assert.ok(page.ok);
    const document = parse(page.value);
    const all = [...elements(document)];
    assert.equal(all.find((el) => el.tagName === 'html')?.attrs.find((a) => a.name === 'lang')?.value, 'zh-CN');
    const count = (tag: string) => all.filter((el) => el.tagName === tag).length;
    const initiatives = huzhou.departments.reduce((n, d) => n + d.initiatives.length, 0);
    assert.equal(count('hz-achievement-card'), initiatives);
    // The chart, and its table for print (on a page of its own, hidden on screen).
    const treemaps = all.filter((el) => el.tagName === 'hz-department-treemap');
    assert.deepEqual(treemaps.map((el) => el.attrs.find((a) => a.name === 'view')?.value), ['chart', 'table']);
    assert.ok(count('hz-metric-card') > 0 && count('hz-rank-badge') > 0);
    // Every element drew: none is waiting for a part or a report.
    assert.doesNotMatch(page.value, /class="status pending"/);
    assert.doesNotMatch(page.value, /role="alert"/);
  });

  it('writes the page\'s own words in the page language: title, heading, contents, lead and section headings', async () => {
    const words = async (lang?: string) => {
      const page = await renderReportPage(huzhou, lang ? { lang } : {});
      assert.ok(page.ok);
      // Only the page's own markup: the elements' shadow roots speak for themselves.
      const all = [...elements(parse(page.value))].filter((el) => el.tagName !== 'template');
      const text = (tag: string) => all.filter((el) => el.tagName === tag).map((el) => textOf(el).trim());
      const attr = (el: (typeof all)[number], name: string) => el.attrs.find((a) => a.name === name)?.value;
      const nav = all.find((el) => el.tagName === 'nav');
      return {
        title: text('title')[0],
        h1: text('h1')[0],
        lead: all.find((el) => attr(el, 'class') === 'lead'),
        nav: nav && attr(nav, 'aria-label'),
        links: nav ? [...elements(nav)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href')) : [],
        h2: text('h2'),
        ids: all.filter((el) => el.tagName === 'h2').map((h) => attr(h, 'id') ?? ''),
        list: all.find((el) => el.tagName === 'hz-bar-list')?.attrs.find((a) => a.name === 'label')?.value,
      };
    };
    const zh = await words();
    assert.equal(zh.title, huzhou.title);
    assert.equal(zh.nav, '目录');
    assert.deepEqual(zh.h2.slice(0, 4), ['获评荣誉的数据', '部门与举措总览', '任务完成率', '荣誉榜']);
    assert.match(textOf(zh.lead!), /^\d+ 个部门 · \d+ 项举措 · 数据来源：/);
    const en = await words('en');
    assert.equal(en.title, huzhou.titleEn);
    assert.equal(en.h1, huzhou.titleEn);
    assert.equal(en.nav, 'Contents');
    assert.deepEqual(en.h2.slice(0, 4), ['Figures with honors', 'Departments and initiatives', 'Task completion', 'Honors']);
    assert.equal(en.list, 'Completion rate of each task (%)');
    // Each department under its English name where the report gives one.
    assert.deepEqual(en.h2.slice(4), huzhou.departments.map((d) => d.nameEn ?? d.name));
    assert.match(textOf(en.lead!), /^\d+ departments · \d+ initiatives · Source: /);
    // No Chinese in the page's own words but the report's own names (the source's title).
    for (const heading of [en.nav, ...en.h2.slice(0, 4), en.list]) assert.doesNotMatch(heading!, /[\u4e00-\u9fff]/);
    assert.doesNotMatch(textOf(en.lead!), /[《》]/);
    // Every contents link leads to its section's heading, whose id has no white space.
    for (const page of [zh, en]) {
      assert.equal(page.links.length, page.ids.length);
      for (const id of page.ids) assert.doesNotMatch(id, /\s/);
      assert.deepEqual(page.links, page.ids.map((id) => `#${encodeURIComponent(id)}`));
    }
  });

  it('gives an invalid report its problems, with paths, and no page', async () => {
    const page = await renderReportPage({ title: 1 });
    assert.equal(page.ok, false);
    if (!page.ok) assert.ok(page.problems.some((p) => p.path === 'title'));
  });

  for (const payload of payloads) {
    it(`keeps a hostile string text, in every field: ${payload.slice(0, 30)}`, async () => {
      const clean = await renderReportPage(hostileReport('示例'));
      const hostile = await renderReportPage(hostileReport(payload));
      assert.ok(clean.ok && hostile.ok);
      const shape = (html: string) => {
        const all = [...elements(parse(html))];
        return { tags: new Set(all.map((el) => el.tagName)), attributes: new Set(all.flatMap((el) => el.attrs.map((a) => `${el.tagName}[${a.name}]`))), all };
      };
      const before = shape(clean.value);
      const after = shape(hostile.value);
      // Nothing the payload carries becomes markup: the same elements and attributes as with
      // plain text, and no script, no event handler, no javascript: URL.
      assert.deepEqual([...after.tags].filter((t) => !before.tags.has(t)), []);
      assert.deepEqual([...after.attributes].filter((a) => !before.attributes.has(a)), []);
      for (const el of after.all) {
        for (const a of el.attrs) {
          assert.ok(!/^on/i.test(a.name), `no ${a.name} on <${el.tagName}>`);
          assert.ok(!/^\s*javascript:/i.test(a.value), `no javascript: URL in ${el.tagName}[${a.name}]`);
        }
      }
      assert.equal(after.all.filter((el) => el.tagName === 'script').length, 0);
      // …and it is all there, as text.
      assert.ok(textOf(parse(hostile.value)).includes(payload.replace(/\s+/g, ' ')), 'the payload shows as text');
    });
  }
});
