import type { ShareKit } from './kit.js';
import type { Provenance } from './provenance.js';
import { provenanceText } from './provenance.js';
import { textLines } from './text-lines.js';
import { textBlock } from './svg-document.js';
import { colours } from './theme.js';
import { num } from './xml.js';

const size = 12;
const lineHeight = 18;

/** The source line under a picture (and its sample mark): up to three lines, above a rule. */
export function footerLines(kit: ShareKit, provenance: Provenance, width: number): string[] {
  return textLines(kit, provenanceText(provenance), width, size, 3);
}

export function footerHeight(lines: readonly string[]): number {
  return 14 + lines.length * lineHeight;
}

/** The footer drawn from `top`, `x` to `x + width`; the sample mark in the alert colour. */
export function footer(lines: readonly string[], provenance: Provenance, x: number, top: number, width: number): string {
  const rule = `<path d="M${num(x)} ${num(top)}H${num(x + width)}" stroke="${colours.border}"/>`;
  return `${rule}\n${textBlock(x, top + 10 + size, lines, lineHeight, { size, fill: provenance.sample ? colours.bad : colours.muted })}`;
}
