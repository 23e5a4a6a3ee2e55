import type { Locale, Report } from '@hz-viz/schema';
import { footer, footerHeight, footerLines } from './footer.js';
import type { ShareKit } from './kit.js';
import type { Provenance } from './provenance.js';
import { provenanceText } from './provenance.js';
import { svgDocument, textElement } from './svg-document.js';
import { textLines } from './text-lines.js';
import { colours } from './theme.js';
import { escapeXml, num } from './xml.js';

export interface TreemapImageSize {
  readonly width: number;
  readonly height: number;
}

const inset = 24;

/**
 * The whole report's treemap as a picture: the cells, labels and tones `<hz-department-treemap>`
 * draws at its default depth and size rule (the same tree, layout, label fitting and palette:
 * `treeFromReport`, `chartModel`), under the report's title and a legend of its families, with
 * its source under it. Labels are fitted with the server's text widths (decision 0022).
 */
export function treemapSvg(kit: ShareKit, report: Report, locale: Locale, provenance: Provenance, size: TreemapImageSize): string | undefined {
  const built = kit.treeFromReport(report, undefined);
  if (!('view' in built)) return undefined;
  const { tree, rule, familyIds, terms } = built.view;
  if (!tree.root.children?.length || !tree.root.value) return undefined;
  const messages = kit.messagesWithTerms(kit.treemapMessages[locale], terms, locale);
  const measure = kit.estimateTextWidth;
  const inner = size.width - inset * 2;
  const parts: string[] = [];

  const title = locale === 'en' ? (report.titleEn ?? report.title) : report.title;
  const heading = textLines(kit, title, inner, 24, 1)[0] ?? '';
  parts.push(textElement(inset, inset + 24, heading, { size: 24, weight: 'bold' }));
  const sized = rule ? `${locale === 'en' ? ' · area: ' : ' · 面积：'}${messages.sizeRules[rule]}` : '';
  parts.push(textElement(inset, inset + 52, `${messages.treemapLabel}${sized}`, { size: 14, fill: colours.muted }));

  // The legend: one swatch per family (the report's groups, or its departments), in the data's order.
  let x = inset;
  let y = inset + 72;
  const families = familyIds.map((id, i) => ({ name: tree.byId.get(id)?.data, index: i }));
  for (const { name, index } of families) {
    const words = name ? (locale === 'en' ? (name.nameEn ?? name.name) : name.name) : '';
    const text = textLines(kit, words, 280, 13, 1)[0] ?? '';
    const itemWidth = 14 + 6 + measure(text, 13) + 18;
    if (x + itemWidth > size.width - inset && x > inset) {
      x = inset;
      y += 22;
    }
    parts.push(`<rect x="${num(x)}" y="${num(y)}" width="14" height="14" rx="3" fill="${kit.toneFill('light', index, 0)}"/>`);
    parts.push(textElement(x + 20, y + 12, text, { size: 13 }));
    x += itemWidth;
  }

  const notes = footerLines(kit, provenance, inner);
  const chartTop = y + 28;
  const chartHeight = Math.max(40, size.height - chartTop - footerHeight(notes) - inset - 12);
  const model = kit.chartModel({
    tree,
    focusId: tree.root.data.id,
    width: inner,
    height: chartHeight,
    depth: 2,
    families: familyIds,
    renderer: 'svg',
    locale,
    messages,
    memo: new kit.CellViewMemo(rule, locale, messages, measure, 0),
    measure,
  });
  const ink = kit.schemes.light.ink;
  // Cells come breadth-first: a parent is drawn before (under) its children.
  const labelled = new Map(model.views.own.map((view) => [view.index, view]));
  const cells = model.cells.map((cell, index) => {
    const tone = Number(/-(\d+)$/.exec(model.views.tones[index]!)?.[1] ?? 0);
    const rect = `<rect x="${num(inset + cell.x0)}" y="${num(chartTop + cell.y0)}" width="${num(Math.max(0, cell.x1 - cell.x0))}" height="${num(Math.max(0, cell.y1 - cell.y0))}" fill="${kit.toneFill('light', model.views.families[index]!, tone)}" stroke="${colours.surface}"/>`;
    const view = labelled.get(index);
    if (!view || view.label.lines.length === 0) return rect;
    const { label } = view;
    const left = inset + cell.x0 + kit.labelInset;
    const top = chartTop + cell.y0;
    const lines = label.lines.map((line, i) => `<tspan x="${num(left)}" y="${num(top + kit.labelBaseline(label, i))}">${escapeXml(line)}</tspan>`);
    if (label.showValue && !cell.header) lines.push(`<tspan x="${num(left)}" y="${num(top + kit.labelBaseline(label, label.lines.length))}" fill-opacity="0.85">${escapeXml(view.valueText)}</tspan>`);
    return `${rect}\n<text font-size="${num(label.fontSize)}" fill="${ink}"${cell.header ? ' font-weight="bold"' : ''}>${lines.join('')}</text>`;
  });
  parts.push(`<g>\n${cells.join('\n')}\n</g>`);
  parts.push(footer(notes, provenance, inset, chartTop + chartHeight + 12, inner));

  const top = model.navigable.map((v) => `${v.name} ${v.valueText}`);
  return svgDocument({
    width: size.width,
    height: size.height,
    title: `${title} · ${messages.treemapLabel}`,
    description: `${top.join(locale === 'en' ? '; ' : '；')}。${provenanceText(provenance)}`,
    body: parts.join('\n'),
  });
}
