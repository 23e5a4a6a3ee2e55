import { colours, fontStack } from './theme.js';
import { escapeXml, num } from './xml.js';

export interface SvgDocument {
  readonly width: number;
  readonly height: number;
  /** The picture's name (`<title>`): what an image viewer and a screen reader say. */
  readonly title: string;
  /** A longer description (`<desc>`): the figures in words and where they come from. */
  readonly description: string;
  /** The drawing, already escaped (built from `textElement` and the like). */
  readonly body: string;
}

/**
 * A standalone SVG file: its own size and viewBox, its name and description, the font stack
 * named once at the root (inherited by every `<text>`), a background so it reads on any surface.
 * Nothing outside it is referenced: no stylesheet, image, font file, link or script.
 */
export function svgDocument({ width, height, title, description, body }: SvgDocument): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="hz-title hz-desc" font-family="${escapeXml(fontStack)}" fill="${colours.text}">
<title id="hz-title">${escapeXml(title)}</title>
<desc id="hz-desc">${escapeXml(description)}</desc>
<rect width="${num(width)}" height="${num(height)}" fill="${colours.page}"/>
${body}
</svg>
`;
}

export interface TextStyle {
  readonly size: number;
  readonly fill?: string;
  readonly weight?: 'bold';
  readonly anchor?: 'end';
}

/** One line of text at a baseline: the words as text (selectable, searchable), never as paths. */
export function textElement(x: number, y: number, text: string, style: TextStyle): string {
  const attributes = [`x="${num(x)}"`, `y="${num(y)}"`, `font-size="${num(style.size)}"`];
  if (style.fill) attributes.push(`fill="${style.fill}"`);
  if (style.weight) attributes.push(`font-weight="${style.weight}"`);
  if (style.anchor) attributes.push(`text-anchor="${style.anchor}"`);
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

/** Lines of text, one `<text>` each, `lineHeight` apart from the first baseline `y`. */
export function textBlock(x: number, y: number, lines: readonly string[], lineHeight: number, style: TextStyle): string {
  return lines.map((line, i) => textElement(x, y + i * lineHeight, line, style)).join('\n');
}
