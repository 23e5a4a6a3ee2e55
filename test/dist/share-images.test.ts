import { expect } from '@open-wc/testing';
import { frame, removeFrames } from './helpers.js';

/**
 * The share images `hz-viz-render --svg` writes (scripts/test/build-fixtures.mjs, from the built
 * packages), opened in Chromium: each is a well-formed SVG document, draws at its own size, and
 * prints the figures' text with the CJK font, as text.
 */
const share = '/tmp/fixtures/ssr/share-site/share';
const pictures = [
  { file: 'metric-fagaiwei.energy.energy-use-per-unit-of-industrial-value-added.svg', width: 400, printed: ['单位工业增加值能耗降低率', '降低6.6%', '1-11月', '居全省第1', '市发展改革委'] },
  { file: 'honors-jianshe.svg', width: 640, printed: ['市建设局', '4 项荣誉', '连续十个季度排名全国中等城市第一', '住建部垃圾分类评估排名'] },
  { file: 'treemap.svg', width: 1200, printed: ['湖州市2024年度部门工作成效', '经济发展与要素保障', '市自然资源和规划局', '市文联'] },
];
const source = '数据来源：湖州市人民政府《湖州市2024年度工作报告：部门重点工作成效》';

describe('share images in Chromium', () => {
  afterEach(removeFrames);

  for (const picture of pictures) {
    it(`opens ${picture.file} as an SVG document that prints its figures`, async () => {
      const { document: svg } = await frame({ src: `${share}/${picture.file}`, scripts: false, width: 1250 });
      const root = svg.documentElement;
      // An XML error would give a <parsererror> page instead of the <svg>.
      expect(root.localName).to.equal('svg');
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(svg.querySelector('parsererror')).to.equal(null);
      expect(root.getBoundingClientRect().width).to.equal(picture.width);
      const texts = [...svg.querySelectorAll('text')];
      const printed = texts.map((t) => t.textContent ?? '').join('\n');
      for (const words of picture.printed) expect(printed, words).to.include(words);
      // The source line may wrap over two lines.
      expect(printed.replace(/\n/g, '')).to.include(source);
      // Drawn as text, in a box: every line has a width.
      for (const t of texts) if (t.textContent?.trim()) expect((t as SVGTextElement).getBBox().width, t.textContent).to.be.greaterThan(0);
      // And as an image, at its own size.
      const img = new Image();
      img.src = `${share}/${picture.file}`;
      await img.decode();
      expect(img.naturalWidth).to.equal(picture.width);
      expect(img.naturalHeight).to.equal(Number(root.getAttribute('height')));
    });
  }
});
