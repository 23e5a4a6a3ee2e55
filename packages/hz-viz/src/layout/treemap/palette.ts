/**
 * Colour for treemap cells: a colour-blind-safe categorical palette (Okabe–Ito, darkened where
 * needed so text on it can reach 4.5:1), one hue per family, lighter steps for its members.
 */
export const familyColors = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B58900', '#56B4E9', '#7F7F7F', '#E69F00'] as const;

function parse(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Mixes a colour towards white by `amount` (0–1). */
export function tint(hex: string, amount: number): string {
  const [r, g, b] = parse(hex);
  return toHex([r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount]);
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const dark = '#111111';
const light = '#ffffff';

/** Black or white text, whichever reads better on the fill. */
export function readableTextColor(fill: string): string {
  return contrastRatio(fill, dark) >= contrastRatio(fill, light) ? dark : light;
}

/**
 * The fill of a cell: its family's hue, lighter for deeper cells and alternating members, so
 * neighbours stay distinct and every fill keeps a text colour at 4.5:1 or better.
 */
const fills = new Map<string, string>();

export function cellFill(familyIndex: number, depth: number, memberIndex: number): string {
  const key = `${familyIndex % familyColors.length}|${depth}|${memberIndex % 3}`;
  let fill = fills.get(key);
  if (fill === undefined) {
    fill = computeFill(familyIndex, depth, memberIndex);
    fills.set(key, fill);
  }
  return fill;
}

function computeFill(familyIndex: number, depth: number, memberIndex: number): string {
  const base = familyColors[familyIndex % familyColors.length]!;
  // Mid-luminance tints read poorly with both black and white: lighten until black reaches 4.5:1.
  for (let amount = Math.min(0.75, (depth - 1) * 0.3 + (memberIndex % 3) * 0.1); amount < 1; amount += 0.05) {
    const fill = tint(base, amount);
    if (contrastRatio(fill, readableTextColor(fill)) >= 4.5) return fill;
  }
  return tint(base, 0.9);
}
