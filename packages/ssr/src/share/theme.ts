/**
 * The light theme's colours and the CJK font stack, written into every share image: a picture
 * has no stylesheet, no `light-dark()` and no custom properties, so the values are the elements'
 * light tokens (internal/tokens.styles.ts, colour-tokens.styles.ts) spelled out.
 */
export const fontStack = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const colours = {
  page: '#f6f8fa',
  surface: '#ffffff',
  text: '#1b1f24',
  muted: '#4f5863',
  border: '#d5dbe2',
  good: '#0f6b3a',
  bad: '#b3261e',
  accent: '#0b5cad',
  gold: '#8a5a00',
  silver: '#4d5864',
  bronze: '#8c4a20',
} as const;

/** A badge's colour by its medal tier (rank-badge styles): the accent when it has none. */
export function tierColour(tier: 'gold' | 'silver' | 'bronze' | undefined): string {
  return tier ? colours[tier] : colours.accent;
}
