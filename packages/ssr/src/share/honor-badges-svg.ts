import type { Department, Locale } from '@hz-viz/schema';
import { footer, footerHeight, footerLines } from './footer.js';
import type { ShareKit } from './kit.js';
import type { Provenance } from './provenance.js';
import { provenanceText } from './provenance.js';
import { svgDocument, textBlock, textElement } from './svg-document.js';
import { textLines } from './text-lines.js';
import { colours, tierColour } from './theme.js';
import { num } from './xml.js';

const width = 640;
const inset = 32;

/**
 * A department's honors as one picture: its name, then one row per honor, the badge
 * `<hz-rank-badge>` prints (`rankView`: 居全省第1, 领跑全省 …, in its medal colour) beside what was
 * honoured, in the report's order. Only for a department with honors.
 */
export function honorBadgesSvg(kit: ShareKit, department: Department, locale: Locale, provenance: Provenance): string {
  const honors = department.initiatives.flatMap((i) => i.honors);
  const inner = width - inset * 2;
  const name = locale === 'en' ? (department.nameEn ?? department.name) : department.name;
  const count = locale === 'en' ? `${honors.length} ${honors.length === 1 ? 'honor' : 'honors'}` : `${honors.length} 项荣誉`;
  const parts: string[] = [];
  let y = inset + 8;
  const heading = textLines(kit, name, inner, 22, 2);
  parts.push(textBlock(inset, y + 22, heading, 30, { size: 22, weight: 'bold' }));
  y += heading.length * 30 + 6;
  parts.push(textElement(inset, y + 14, count, { size: 14, fill: colours.muted }));
  y += 30;

  const spoken: string[] = [];
  for (const honor of honors) {
    const label = locale === 'en' ? (honor.labelEn ?? honor.label) : honor.label;
    const badge = kit.rankView(honor, locale, label);
    spoken.push(badge.spoken);
    const colour = tierColour(badge.tier);
    const badgeText = textLines(kit, badge.text, inner - 24, 14, 1)[0] ?? '';
    const badgeWidth = kit.estimateTextWidth(badgeText, 14) * 1.05 + 24;
    // The label beside its badge; under it when the badge takes more than half the row.
    const below = badgeWidth > inner / 2;
    const labelX = below ? inset : inset + badgeWidth + 12;
    const labelY = below ? y + 28 + 22 : y + 19;
    const lines = label ? textLines(kit, label, width - inset - labelX, 15, 2) : [];
    parts.push(`<rect x="${inset}" y="${num(y)}" width="${num(badgeWidth)}" height="28" rx="14" fill="${colours.surface}" stroke="${colour}" stroke-width="1.5"/>`);
    parts.push(textElement(inset + 12, y + 19, badgeText, { size: 14, fill: colour, weight: 'bold' }));
    if (lines.length > 0) parts.push(textBlock(labelX, labelY, lines, 22, { size: 15 }));
    y += (below ? 28 + 8 + lines.length * 22 : Math.max(28, lines.length * 22)) + 12;
  }
  y += 8;
  const notes = footerLines(kit, provenance, inner);
  parts.push(footer(notes, provenance, inset, y, inner));
  const height = y + footerHeight(notes) + inset - 8;
  const card = `<rect x="12" y="12" width="${width - 24}" height="${num(height - 24)}" rx="10" fill="${colours.surface}" stroke="${colours.border}"/>`;
  return svgDocument({
    width,
    height,
    title: `${name}${locale === 'en' ? ': ' : '：'}${count}`,
    description: `${spoken.join(locale === 'en' ? '; ' : '；')}。${provenanceText(provenance)}`,
    body: `${card}\n${parts.join('\n')}`,
  });
}
