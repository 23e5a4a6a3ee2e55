import { readFileSync } from 'node:fs';
import { parseReport } from '@hz-viz/schema';
import { renderElement } from '@hz-viz/ssr';

/**
 * An Eleventy site that renders hz-viz elements at build time: in a Nunjucks page,
 * `{% hz "hz-metric-card", metric="…" %}` becomes the element in declarative shadow DOM, read
 * from the Huzhou report, so the built site shows its figures with JavaScript off.
 * Keyword names are camelCase (Nunjucks has no hyphens in them): `sizeBy` is `size-by`.
 */
const parsed = parseReport(JSON.parse(readFileSync(new URL('../../../../data/huzhou-2024.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(`huzhou-2024.json is not a valid report:\n${parsed.problems.map((p) => p.message).join('\n')}`);
const report = parsed.value;

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('hz', async (tag, keywords = {}) => {
    const { __keywords, width, height, ...named } = keywords;
    const attributes = Object.fromEntries(Object.entries(named).map(([name, value]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value]));
    return renderElement(tag, { attributes }, { report, lang: 'zh-CN', ...(width && { width }), ...(height && { height }) });
  });
  return { dir: { input: '.', output: '_site' } };
}
