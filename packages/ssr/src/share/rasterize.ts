/**
 * A share image's SVG as a PNG, drawn by resvg (`@resvg/resvg-js`, a Rust SVG renderer with
 * prebuilt binaries per platform) with the system's fonts, so the CJK stack the SVG names finds
 * Noto Sans CJK where it is installed (docs/decisions/0023). Loaded on first use: writing SVG
 * alone never loads the native module.
 */
export interface Png {
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
}

type Resvg = typeof import('@resvg/resvg-js');
let resvg: Promise<Resvg> | undefined;

export async function svgToPng(svg: string, scale = 2): Promise<Png> {
  const { Resvg } = await (resvg ??= import('@resvg/resvg-js'));
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  }).render();
  return { width: image.width, height: image.height, bytes: image.asPng() };
}
