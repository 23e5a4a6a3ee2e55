import { hierarchy, treemap, treemapSquarify } from '/tmp/bench/d3-floor.js';

/**
 * The practical floor for an SVG treemap: d3-hierarchy plus hand-written DOM, with the same
 * padding, header bands and labels (shown where they fit) as hz-viz. No accessibility, no
 * tooltips, no table: the cost of pixels alone.
 */
const SVG = 'http://www.w3.org/2000/svg';

export function renderFloor(container, tree, width, height, focusId) {
  let root = hierarchy(tree).sum((d) => (d.children ? 0 : d.value)).sort((a, b) => b.value - a.value);
  if (focusId) root = root.find((n) => n.data.id === focusId).copy();
  treemap().tile(treemapSquarify).size([width, height]).paddingInner(2).paddingOuter((n) => (n.depth === 0 ? 0 : 2)).paddingTop((n) => (n.depth === 0 ? 0 : n.children ? 20 : 2))(root);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  for (const node of root.descendants()) {
    if (node.depth === 0) continue;
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('transform', `translate(${node.x0},${node.y0})`);
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('width', Math.max(0, node.x1 - node.x0));
    rect.setAttribute('height', Math.max(0, node.y1 - node.y0));
    rect.setAttribute('fill', ['#0072B2', '#D55E00', '#009E73', '#CC79A7'][node.depth % 4]);
    g.append(rect);
    if (node.x1 - node.x0 > 40 && node.y1 - node.y0 > 18) {
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', 4);
      text.setAttribute('y', 14);
      text.setAttribute('font-size', 12);
      text.textContent = node.data.name;
      g.append(text);
    }
    svg.append(g);
  }
  container.replaceChildren(svg);
}
