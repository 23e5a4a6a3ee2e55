/**
 * Colour for treemap cells, as CSS the element's stylesheet carries: a colour-blind-safe
 * categorical palette (Okabe–Ito), one hue per family, each cell a tone of its family's hue mixed
 * towards the surface — lighter for deeper cells and alternating members, so neighbours stay
 * distinct. Light and dark schemes each get tones whose labels keep 5:1, through `light-dark()`,
 * so the page's scheme, `--hz-color-scheme` or a surrounding `theme="dark"` picks them without a
 * re-render. A page recolours a family with `--hz-treemap-1` … `--hz-treemap-8` (light) and
 * `--hz-treemap-1-dark` … (dark); the tones' shares are computed for the default hues, so a page's
 * own colours carry their own contrast.
 */
export const familyColors = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B58900', '#56B4E9', '#7F7F7F', '#E69F00'] as const;
/** The same hues for dark surfaces: deep enough that light labels read on every tone. */
export const familyColorsDark = ['#1f5f8f', '#9a4a12', '#11745a', '#8e4f78', '#7d6310', '#2f6f96', '#5b5f66', '#8f6510'] as const;

/** What the tones are mixed towards, and the label colour on them, per scheme. */
export const schemes = {
  light: { mix: '#ffffff', ink: '#1b1f24', colors: familyColors },
  dark: { mix: '#161b22', ink: '#f0f3f6', colors: familyColorsDark },
} as const;
export type Scheme = keyof typeof schemes;

/** Labels must reach 4.5:1 (WCAG AA); aim a little higher, for anti-aliased small text. */
export const minimumContrast = 5;
export const toneCount = 6;

type Rgb = readonly [number, number, number];

function parse(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** `color-mix(in srgb, colour, towards share)`, as the browser computes it. */
export function mix(color: string, towards: string, share: number): string {
  const a = parse(color);
  const b = parse(towards);
  return toHex([0, 1, 2].map((i) => a[i]! * (1 - share) + b[i]! * share) as unknown as Rgb);
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

/** A cell's tone (0 = strongest): one step per level, half a step between alternating siblings. */
export function cellTone(depth: number, memberIndex: number): number {
  return Math.min(toneCount - 1, Math.max(0, depth - 1) * 2 + (memberIndex % 2));
}

/** The class a cell's fill comes from: `c3-2` is family 3, tone 2. */
export function toneClass(familyIndex: number, tone: number): string {
  return `c${familyIndex % familyColors.length}-${tone}`;
}

/**
 * The least share of the surface colour, in whole percent up to 80, that keeps a label readable
 * on a family's colour. The contrast only grows with the share (every channel moves away from the
 * ink's), so a binary search finds it: seven mixes instead of up to eighty, once per scheme and
 * family — the stylesheet is built while a page first loads, on a cold engine.
 */
const leastShares = new Map<string, number>();
function leastShare(scheme: Scheme, familyIndex: number): number {
  const key = `${scheme}${familyIndex % familyColors.length}`;
  let least = leastShares.get(key);
  if (least === undefined) {
    const { mix: towards, ink, colors } = schemes[scheme];
    const base = colors[familyIndex % colors.length]!;
    let low = 0;
    let high = 80;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (contrastRatio(mix(base, towards, middle / 100), ink) < minimumContrast) low = middle + 1;
      else high = middle;
    }
    leastShares.set(key, (least = low / 100));
  }
  return least;
}

/** The share of the surface colour in a tone: the least that keeps the label readable, then evenly up to 80%. */
export function toneShare(scheme: Scheme, familyIndex: number, tone: number): number {
  const least = leastShare(scheme, familyIndex);
  const most = Math.max(least, 0.8);
  return Math.round((least + ((most - least) * tone) / (toneCount - 1)) * 100) / 100;
}

/** The fill of a tone in one scheme, for tests and for a page that wants the same colours. */
export function toneFill(scheme: Scheme, familyIndex: number, tone: number): string {
  const { mix: towards, colors } = schemes[scheme];
  return mix(colors[familyIndex % colors.length]!, towards, toneShare(scheme, familyIndex, tone));
}

/**
 * The stylesheet text: per family and tone, `--_cell` (the fill) as `light-dark()` of two
 * `color-mix()` of the family's token with the scheme's surface, and `--_ink` for its label.
 */
export function paletteCss(): string {
  const rules: string[] = [];
  for (let family = 0; family < familyColors.length; family++) {
    for (let tone = 0; tone < toneCount; tone++) {
      const light = `color-mix(in srgb, var(--hz-treemap-${family + 1}, ${familyColors[family]}), ${schemes.light.mix} ${Math.round(toneShare('light', family, tone) * 100)}%)`;
      const dark = `color-mix(in srgb, var(--hz-treemap-${family + 1}-dark, ${familyColorsDark[family]}), ${schemes.dark.mix} ${Math.round(toneShare('dark', family, tone) * 100)}%)`;
      rules.push(`.${toneClass(family, tone)}{--_cell:light-dark(${light},${dark})}`);
    }
  }
  return `:host{--_ink:light-dark(${schemes.light.ink},${schemes.dark.ink})}${rules.join('')}`;
}

/** The hatch marks of `patterns` as 8×8 path data, one per colour family (mod 4), for print and colour-blind readers. */
export const hatchMarks = ['M0 8L8 0', 'M0 0L8 8', 'M4 0V8', 'M0 4H8'] as const;
