import { hierarchy, treemap, treemapSquarify } from '/tmp/bench/d3-floor.js';

/**
 * What both bare-d3 floors (SVG and canvas) draw, computed once per operation as a careful
 * hand-written page would: the same tiling as hz-viz's layout (packages/hz-viz/src/layout/treemap/
 * squarify.ts — squarify ratio 1.3, inner and outer padding 2, a 20 px header band on parents more
 * than 40 px tall, none on the root), colours by top-level group and depth, and a label where one
 * fits: a header label only inside a reserved band, a leaf label one line, cut with an ellipsis.
 */
export const PADDING = 2;
export const HEADER = 20;
export const FONT_SIZE = 12;
export const FONT = `${FONT_SIZE}px 'Noto Sans CJK SC', sans-serif`;
const LABEL_INSET = 4;

/** Sums and sorts a tree; a floor keeps the result while its data stays the same object. */
export function sumFloorTree(tree) {
  return hierarchy(tree)
    .sum((d) => (d.children ? 0 : d.value))
    .sort((a, b) => b.value - a.value);
}

/** Okabe–Ito hues, each at three depths; a label colour chosen once per fill. */
const hues = [
  ['#0072B2', '#3d95cc', '#8cc0e3'],
  ['#D55E00', '#e58a47', '#f2bd92'],
  ['#009E73', '#3fbd98', '#94dcc6'],
  ['#CC79A7', '#dc9fc1', '#ecc9dc'],
  ['#E69F00', '#f0bd4d', '#f7da99'],
  ['#56B4E9', '#85caf0', '#b9e0f6'],
  ['#8c6d31', '#b08f52', '#d2bd93'],
  ['#5b5b5b', '#8a8a8a', '#bdbdbd'],
];
const inkOn = (fill) => (['#0072B2', '#D55E00', '#009E73', '#8c6d31', '#5b5b5b', '#3d95cc', '#CC79A7'].includes(fill) ? '#ffffff' : '#1a1a1a');

/** One line of label text that fits `width`, estimated per character (CJK 1 em, others 0.6 em). */
function fitText(text, width) {
  let used = 0;
  let end = 0;
  const chars = [...text];
  for (; end < chars.length; end++) {
    const w = (chars[end].charCodeAt(0) > 0x2e80 ? 1 : 0.6) * FONT_SIZE;
    if (used + w > width) break;
    used += w;
  }
  if (end === chars.length) return text;
  const room = end - 1; // one character's room for the ellipsis
  return room >= 2 ? `${chars.slice(0, room).join('')}…` : '';
}

/**
 * The drawn nodes of a summed tree, parents before children:
 * `{ id, x, y, width, height, fill, ink, label, header, parent }`. `depth` is how many levels below
 * the focused node are shown (4 shows every level of the bench's trees); `focusId` drills in.
 */
export function layoutFloor(root, { width, height, depth = 4, focusId }) {
  const focus = (focusId && root.find((n) => n.data.id === focusId)) || root;
  const cut = focus.copy();
  cut.each((node) => {
    if (node.depth >= depth) node.children = undefined;
  });
  treemap()
    .tile(treemapSquarify.ratio(1.3))
    .size([width, height])
    .paddingInner(PADDING)
    .paddingOuter((n) => (n.depth === 0 ? 0 : PADDING))
    .paddingTop((n) => (n.depth === 0 ? 0 : n.depth < depth && n.y1 - n.y0 > HEADER * 2 ? HEADER : PADDING))(cut);

  const drawn = [];
  const families = new Map((cut.children ?? []).map((child, i) => [child.data.id, hues[i % hues.length]]));
  cut.each((node) => {
    if (node.depth === 0) return;
    let top = node;
    while (top.depth > 1) top = top.parent;
    const fill = families.get(top.data.id)[Math.min(2, node.depth - 1)];
    const w = node.x1 - node.x0;
    const h = node.y1 - node.y0;
    // A parent has a band only where the layout reserved one; elsewhere its children cover it.
    const header = Boolean(node.children) && node.depth < depth && h > HEADER * 2;
    const fitsLeafLabel = !node.children && h >= FONT_SIZE * 1.25 + LABEL_INSET * 2;
    const label = (header || fitsLeafLabel) && w >= FONT_SIZE * 2 + LABEL_INSET * 2 ? fitText(node.data.name, w - LABEL_INSET * 2) : '';
    drawn.push({ id: node.data.id, x: node.x0, y: node.y0, width: Math.max(0, w), height: Math.max(0, h), fill, ink: inkOn(fill), label, header, parent: Boolean(node.children) });
  });
  return drawn;
}

/** Where a label's baseline sits inside its cell. */
export const LABEL_X = LABEL_INSET;
export const LABEL_Y = 14;
