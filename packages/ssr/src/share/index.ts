export { drawShareImages, shareImages } from './share-images.js';
export type { ShareImage, ShareImageOptions } from './share-images.js';
export { svgToPng } from './rasterize.js';
export type { Png } from './rasterize.js';
export { escapeXml } from './xml.js';
