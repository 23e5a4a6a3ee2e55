import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { parseFragment } from 'parse5';
import type { ReportInput } from '../../packages/schema/src/index.js';
import { formatHonor, parseReport } from '../../packages/schema/src/index.js';
import { runRender } from '../../packages/ssr/src/cli/render.js';
import type { ShareImage } from '../../packages/ssr/src/index.js';
import { escapeXml, shareImages, svgToPng } from '../../packages/ssr/src/index.js';
import { hostileReport, payloads } from '../support/hostile.js';
import { recordingIo } from '../support/render-io.js';
import type { TreeElement as Element } from '../support/html-tree.js';
import { elements, textOf } from '../support/html-tree.js';


const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const huzhou = (() => {
  const parsed = parseReport(readJson('data/huzhou-2024.json'));
  if (!parsed.ok) throw new Error('the Huzhou report must be valid');
  return parsed.value;
})();

async function images(input: unknown, options = {}): Promise<ShareImage[]> {
  const drawn = await shareImages(input, options);
  assert.ok(drawn.ok, 'the report is valid');
  return drawn.value;
}


/** The SVG as a tree (parse5 reads it as SVG foreign content: entities decoded, tags and attributes as they are). */
function svgRoot(svg: string): Element {
  const root = [...elements(parseFragment(svg.replace(/^<\?xml[^>]*>\s*/, '')))][0];
  assert.equal(root?.tagName, 'svg', 'one <svg> root');
  return root;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** What the picture prints: the text of its <text> elements, one string per element. */
const printed = (svg: string) => [...elements(svgRoot(svg))].filter((el) => el.tagName === 'text').map((el) => textOf(el, ''));

/** resvg parses SVG as strict XML (roxmltree): it throws on a file that is not well-formed. */
function assertWellFormed(svg: string): void {
  assert.doesNotThrow(() => new Resvg(svg, { font: { loadSystemFonts: false } }), 'well-formed XML');
}

/** Standalone and inert: nothing that loads, links or runs. */
function assertStandalone(svg: string): void {
  const root = svgRoot(svg);
  assert.equal(attr(root, 'xmlns'), 'http://www.w3.org/2000/svg');
  const [width, height] = [Number(attr(root, 'width')), Number(attr(root, 'height'))];
  assert.ok(width > 0 && height > 0);
  assert.equal(attr(root, 'viewbox') ?? attr(root, 'viewBox'), `0 0 ${width} ${height}`);
  assert.match(attr(root, 'font-family') ?? '', /^'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif$/);
  const all = [...elements(root)];
  assert.ok(textOf(all.find((el) => el.tagName === 'title')!).trim().length > 0, 'a title');
  for (const el of all) {
    assert.ok(!['script', 'foreignobject', 'foreignObject', 'image', 'use', 'a', 'style', 'iframe'].includes(el.tagName), `no <${el.tagName}>`);
    for (const a of el.attrs) {
      assert.ok(!/^on/i.test(a.name), `no ${a.name} on <${el.tagName}>`);
      assert.ok(!/href$/i.test(a.name) && !/^style$/i.test(a.name), `no ${a.name} on <${el.tagName}>`);
      assert.ok(!/url\(|javascript:/i.test(a.value), `nothing external in ${el.tagName}[${a.name}]`);
    }
  }
  assertWellFormed(svg);
}

describe('shareImages', () => {
  it('draws each headline card, each department with honors, and the treemap', async () => {
    const drawn = await images(huzhou);
    const metrics = huzhou.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics)).filter((m) => m.honor);
    const withHonors = huzhou.departments.filter((d) => d.initiatives.some((i) => i.honors.length > 0));
    assert.deepEqual(drawn.filter((i) => i.kind === 'metric').map((i) => i.id), metrics.map((m) => m.id));
    assert.deepEqual(drawn.filter((i) => i.kind === 'honors').map((i) => i.id), withHonors.map((d) => d.id));
    assert.deepEqual(drawn.filter((i) => i.kind === 'treemap').map((i) => i.file), ['treemap.svg']);
    assert.equal(new Set(drawn.map((i) => i.file)).size, drawn.length, 'file names are unique');
    for (const image of drawn) {
      assert.match(image.file, /^[a-z0-9][a-z0-9._-]*\.svg$/);
      assertStandalone(image.svg);
      // Provenance: the source line in every picture; the real report is not marked as sample data.
      assert.ok(printed(image.svg).join('').includes('湖州市人民政府《湖州市2024年度工作报告：部门重点工作成效》'), `${image.file} names its source`);
      assert.doesNotMatch(image.svg, /示例数据/);
    }
  });

  it('prints the card as the element does: value, period, rank and department', async () => {
    const card = (await images(huzhou)).find((i) => i.id === 'fagaiwei.energy.energy-use-per-unit-of-industrial-value-added')!;
    const lines = printed(card.svg);
    assert.ok(lines.includes('单位工业增加值能耗降低率'));
    assert.ok(lines.some((l) => l.endsWith('降低6.6%')), `the value as printed: ${lines.join(' | ')}`);
    assert.ok(lines.includes('1-11月'));
    assert.ok(lines.includes('居全省第1'));
    assert.ok(lines.includes('市发展改革委'));
    assert.equal(card.svg.match(/<svg[^>]*\swidth="(\d+)"/)?.[1], '400');
  });

  it('prints every honor badge of a department, and every department in the treemap', async () => {
    const drawn = await images(huzhou);
    for (const department of huzhou.departments) {
      const honors = department.initiatives.flatMap((i) => i.honors);
      if (honors.length === 0) continue;
      const lines = printed(drawn.find((i) => i.kind === 'honors' && i.id === department.id)!.svg);
      assert.equal(lines[0], department.name);
      for (const honor of honors) assert.ok(lines.includes(formatHonor(honor, 'zh-CN')), `${department.id}: ${honor.printed}`);
    }
    const treemap = drawn.find((i) => i.kind === 'treemap')!.svg;
    assert.match(treemap, /<svg[^>]*width="1200" height="800"/);
    const labels = printed(treemap).join('\n');
    for (const department of huzhou.departments) assert.ok(labels.includes(department.name), department.name);
    for (const group of huzhou.groups) assert.ok(labels.includes(group.name), group.name);
  });

  it('says 示例数据 in every picture of a sample report, or when asked', async () => {
    for (const image of await images(readJson('stories/data/yunxi-themes-2024.json'))) {
      assert.ok(printed(image.svg).some((l) => l.startsWith('示例数据 · ')), image.file);
    }
    for (const image of await images(huzhou, { badge: '示例数据' })) assert.ok(printed(image.svg).some((l) => l.startsWith('示例数据 · ')));
  });

  it('words the pictures in English when asked', async () => {
    const card = (await images(huzhou, { lang: 'en' })).find((i) => i.id === 'fagaiwei.energy.energy-use-per-unit-of-industrial-value-added')!;
    const lines = printed(card.svg);
    assert.ok(lines.some((l) => /^Source: /.test(l)));
    assert.ok(!lines.some((l) => /降低/.test(l)));
    assert.ok(lines.some((l) => /6\.6%/.test(l)));
  });

  it('gives an invalid report its problems and no pictures', async () => {
    const drawn = await shareImages({ title: 1 });
    assert.equal(drawn.ok, false);
  });

  it('escapes text for XML and drops what XML cannot hold', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>\u0000\u001b\uD800ok\uFFFF`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok');
    assert.equal(escapeXml('😀湖州'), '😀湖州');
  });
});

/** The hardening corpus's report, with one honored figure, so the payload reaches cards and badges too. */
function honoredHostileReport(payload: string): ReportInput {
  const report = hostileReport(payload);
  const department = report.departments[0]!;
  const initiative = department.initiatives[0]!;
  const text = `${initiative.text}，居全省第1`;
  const start = text.indexOf('居全省第1');
  const honor = { id: 'd.i.h', label: payload, labelEn: payload, printed: '居全省第1', quote: '居全省第1', start, end: start + 5, note: payload };
  return {
    ...report,
    departments: [{ ...department, initiatives: [{ ...initiative, text, metrics: (initiative.metrics ?? []).map((m) => ({ ...m, honor: 'd.i.h' })), honors: [honor] }] }],
  };
}

describe('share images and hostile strings', () => {
  for (const payload of payloads) {
    it(`keep a hostile string text, in every field: ${payload.slice(0, 30)}`, async () => {
      const clean = await images(honoredHostileReport('示例'));
      const hostile = await images(honoredHostileReport(payload));
      assert.deepEqual(hostile.map((i) => i.kind), ['metric', 'honors', 'treemap']);
      hostile.forEach((image, n) => {
        assertStandalone(image.svg);
        const shape = (svg: string) => {
          const all = [...elements(svgRoot(svg))];
          return { tags: new Set(all.map((el) => el.tagName)), attributes: new Set(all.flatMap((el) => el.attrs.map((a) => `${el.tagName}[${a.name}]`))) };
        };
        const before = shape(clean[n]!.svg);
        const after = shape(image.svg);
        assert.deepEqual([...after.tags].filter((t) => !before.tags.has(t)), [], 'no element the plain text does not give');
        assert.deepEqual([...after.attributes].filter((a) => !before.attributes.has(a)), [], 'no attribute the plain text does not give');
        // …and the payload is all there, as text: whole in the title or the description (the
        // drawn lines may wrap or cut it).
        const named = [...elements(svgRoot(image.svg))].filter((el) => el.tagName === 'title' || el.tagName === 'desc').map((el) => textOf(el, "")).join('\n');
        assert.ok(named.includes(payload.replace(/\s+/g, ' ')), `${image.file} carries the payload as text`);
      });
    });
  }
});

const io = recordingIo;

/** A PNG's size from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  assert.deepEqual([...buffer.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'the PNG signature');
  assert.equal(buffer.toString('latin1', 12, 16), 'IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('hz-viz-render --svg, --png', () => {
  it('writes the share images beside the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-share-'));
    try {
      const run = io();
      assert.equal(await runRender(['data/huzhou-2024.json', '--out', dir, '--svg'], run.io), 0);
      const expected = (await images(huzhou)).map((i) => i.file).sort();
      assert.deepEqual(readdirSync(join(dir, 'share')).sort(), expected);
      assert.equal(readFileSync(join(dir, 'share', 'treemap.svg'), 'utf8'), (await images(huzhou)).at(-1)!.svg);
      assert.match(run.err.join(''), /share images → /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes each picture as a PNG at twice its size, drawn (not blank)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-share-'));
    try {
      const report = join(dir, 'report.json');
      writeFileSync(report, JSON.stringify(honoredHostileReport('示例数据：能耗')));
      assert.equal(await runRender([report, '--out', join(dir, 'site'), '--png'], io().io), 0);
      const share = join(dir, 'site', 'share');
      const files = readdirSync(share).sort();
      assert.deepEqual(files.filter((f) => f.endsWith('.png')).map((f) => f.replace(/png$/, 'svg')), files.filter((f) => f.endsWith('.svg')));
      for (const file of files.filter((f) => f.endsWith('.svg'))) {
        const svg = readFileSync(join(share, file), 'utf8');
        const png = readFileSync(join(share, file.replace(/svg$/, 'png')));
        const size = pngSize(png);
        const root = svgRoot(svg);
        assert.deepEqual(size, { width: Number(attr(root, 'width')) * 2, height: Number(attr(root, 'height')) * 2 }, file);
        // Decoded by resvg itself (a PNG inside an SVG): the picture is not one flat colour, and
        // it holds dark ink (the text), not only the light page and card.
        const pixels = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image width="${size.width}" height="${size.height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`, { font: { loadSystemFonts: false } }).render().pixels;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 200 && pixels[i + 3]! > 200) dark++;
        assert.ok(dark > 500, `${file}: ${dark} dark pixels`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes nothing for an invalid report, pictures or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hz-share-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ title: 1, year: 2024, departments: [] }));
      const run = io();
      assert.equal(await runRender([bad, '--out', join(dir, 'site'), '--svg', '--png'], run.io), 1);
      assert.match(run.err.join(''), /nothing written/);
      assert.deepEqual(run.written, []);
      assert.equal(existsSync(join(dir, 'site')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders one picture to PNG through the API', async () => {
    const png = await svgToPng((await images(honoredHostileReport('示例'))).at(-1)!.svg, 1);
    assert.deepEqual(pngSize(png.bytes), { width: 1200, height: 800 });
  });
});
