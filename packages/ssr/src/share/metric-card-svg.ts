import type { FormattableRank, Locale, Metric } from '@hz-viz/schema';
import { footer, footerHeight, footerLines } from './footer.js';
import type { ShareKit } from './kit.js';
import type { Provenance } from './provenance.js';
import { provenanceText } from './provenance.js';
import { svgDocument, textBlock, textElement } from './svg-document.js';
import { textLines } from './text-lines.js';
import { colours, tierColour } from './theme.js';
import { escapeXml, num } from './xml.js';

export interface MetricCardImageInputs {
  readonly metric: Metric;
  /** Its department's name: the card's caption, as on the report page. */
  readonly caption: string;
  /** Its honor, shown as a badge. */
  readonly rank?: FormattableRank;
}

const width = 400;
const inset = 32;
const toneColour = { good: colours.good, bad: colours.bad, neutral: colours.muted } as const;

/**
 * One metric card as a picture: the words and numbers `<hz-metric-card>` prints for the metric
 * (its view model, `metricCardView`), laid out top to bottom like the card, with its source under
 * it. The value's number is drawn large and shrinks to fit the width rather than be cut.
 */
export function metricCardSvg(kit: ShareKit, inputs: MetricCardImageInputs, locale: Locale, provenance: Provenance): string {
  const view = kit.metricCardView({ figure: inputs.metric, ...(inputs.rank && { rank: inputs.rank }), caption: inputs.caption }, locale);
  const inner = width - inset * 2;
  const parts: string[] = [];
  let y = inset + 8;

  const label = textLines(kit, view.label, inner, 16, 3);
  parts.push(textBlock(inset, y + 16, label, 24, { size: 16, fill: colours.muted }));
  y += label.length * 24 + 8;

  // The value: [arrow] before NUMBER after, one line, as large as fits (40 px at most).
  const valueTrend = view.trendIsValue ? view.trend : undefined;
  const arrow = valueTrend ? `${kit.arrows[valueTrend.direction]} ` : '';
  const { before, number, after } = view.value;
  const widthAt = (size: number) => kit.estimateTextWidth(`${arrow}${before}`, size / 2) + kit.estimateTextWidth(number, size) * 1.05 + kit.estimateTextWidth(after, size / 2);
  const size = Math.max(16, Math.min(40, Math.floor((40 * inner) / Math.max(1, widthAt(40)))));
  const spans = [
    arrow ? `<tspan fill="${toneColour[valueTrend!.tone]}" font-size="${num(size / 2)}">${escapeXml(arrow)}</tspan>` : '',
    before ? `<tspan font-size="${num(size / 2)}">${escapeXml(before)}</tspan>` : '',
    `<tspan font-size="${num(size)}" font-weight="bold">${escapeXml(number)}</tspan>`,
    after ? `<tspan font-size="${num(size / 2)}" dx="2">${escapeXml(after)}</tspan>` : '',
  ];
  y += size;
  parts.push(`<text x="${inset}" y="${num(y)}">${spans.join('')}</text>`);
  y += 12;

  if (view.period) {
    y += 18;
    parts.push(textElement(inset, y, view.period, { size: 13, fill: colours.muted }));
    y += 6;
  }
  const change = view.trendIsValue ? undefined : view.trend;
  if (change) {
    y += 22;
    parts.push(textElement(inset, y, `${kit.arrows[change.direction]} ${change.text}`, { size: 15, fill: toneColour[change.tone] }));
    y += 6;
  }
  if (view.rank) {
    const badge = kit.rankView(view.rank, locale);
    const colour = tierColour(badge.tier);
    const badgeWidth = Math.min(inner, kit.estimateTextWidth(badge.text, 14) * 1.05 + 24);
    y += 10;
    parts.push(`<rect x="${inset}" y="${num(y)}" width="${num(badgeWidth)}" height="28" rx="14" fill="${colours.surface}" stroke="${colour}" stroke-width="1.5"/>`);
    parts.push(textElement(inset + 12, y + 19, textLines(kit, badge.text, badgeWidth - 24, 14, 1)[0] ?? '', { size: 14, fill: colour, weight: 'bold' }));
    y += 28 + 4;
  }
  if (view.caption) {
    const caption = textLines(kit, view.caption, inner, 13, 2);
    y += 8;
    parts.push(textBlock(inset, y + 13, caption, 20, { size: 13, fill: colours.muted }));
    y += caption.length * 20;
  }
  y += 20;
  const notes = footerLines(kit, provenance, inner);
  parts.push(footer(notes, provenance, inset, y, inner));
  const height = y + footerHeight(notes) + inset - 8;

  const card = `<rect x="12" y="12" width="${width - 24}" height="${num(height - 24)}" rx="10" fill="${colours.surface}" stroke="${colours.border}"/>`;
  const valueText = `${before}${number}${after}`;
  const spoken = [
    `${view.label}${locale === 'en' ? ': ' : '：'}${valueText}${valueTrend ? ` ${valueTrend.text}` : ''}`,
    view.period,
    change && `${change.text}${change.toneText ? `（${change.toneText}）` : ''}`,
    view.rank && kit.rankView(view.rank, locale).spoken,
    view.caption,
  ].filter(Boolean);
  return svgDocument({
    width,
    height,
    title: `${view.label}${locale === 'en' ? ': ' : '：'}${valueText}`,
    description: `${spoken.join(locale === 'en' ? '; ' : '；')}。${provenanceText(provenance)}`,
    body: `${card}\n${parts.join('\n')}`,
  });
}
