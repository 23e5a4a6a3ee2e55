/**
 * Text for an XML document (a share image's SVG), in element content or a double-quoted
 * attribute: the five markup characters as entities, and what XML 1.0 cannot hold at all
 * (control characters but tab and line breaks, lone surrogates, U+FFFE/U+FFFF) dropped. Without
 * that last step one stray control character in a report would make the whole image unreadable:
 * an XML parser stops at it, where an HTML parser would go on.
 */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/[&<>"']/g, (char) => entities[char]!);
}

/** A number for an attribute: at most two decimals, no `-0`, never NaN (0 instead). */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
