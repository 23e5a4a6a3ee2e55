import { FONT_SIZE, LABEL_X, LABEL_Y, layoutFloor, sumFloorTree } from './floor-layout.js';

/**
 * The practical floor for an SVG treemap: d3-hierarchy plus hand-written DOM, as a careful page
 * would write it. It keeps its elements between operations in a Map keyed by node id and updates
 * them in place: a new-data update, a resize or a drill only sets the attributes that changed,
 * creates the cells that enter and removes the ones that leave. Same tiling, header bands and
 * label rule as hz-viz (floor-layout.js). No accessibility, tooltips or table: pixels alone.
 */
const SVG = 'http://www.w3.org/2000/svg';

export function createSvgFloor(container) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('font-size', FONT_SIZE);
  svg.setAttribute('font-family', "'Noto Sans CJK SC', sans-serif");
  container.replaceChildren(svg);
  /**
   * Each cell's elements and the values last written to them, so only changes touch the DOM.
   * @type {Map<string, { g: SVGGElement, rect: SVGRectElement, text?: SVGTextElement, transform?: string, width?: number, height?: number, fill?: string, ink?: string, label?: string }>}
   */
  const drawn = new Map();
  let summed = {};

  return {
    /** Draws `tree` at `width`×`height` (drilled to `focusId`); returns the cells it drew. */
    render(tree, width, height, focusId) {
      // New data is summed again; a resize or a drill of the same data reuses the sums.
      if (summed.tree !== tree) summed = { tree, root: sumFloorTree(tree) };
      const nodes = layoutFloor(summed.root, { width, height, focusId });
      svg.setAttribute('width', width);
      svg.setAttribute('height', height);
      const seen = new Set();
      const hadCells = drawn.size > 0;
      let parentEntered = false;
      for (const node of nodes) {
        seen.add(node.id);
        let entry = drawn.get(node.id);
        if (!entry) {
          const g = document.createElementNS(SVG, 'g');
          const rect = document.createElementNS(SVG, 'rect');
          g.append(rect);
          entry = { g, rect };
          drawn.set(node.id, entry);
          svg.append(g);
          parentEntered ||= node.parent;
        }
        const transform = `translate(${node.x},${node.y})`;
        if (entry.transform !== transform) entry.g.setAttribute('transform', (entry.transform = transform));
        if (entry.width !== node.width) entry.rect.setAttribute('width', (entry.width = node.width));
        if (entry.height !== node.height) entry.rect.setAttribute('height', (entry.height = node.height));
        if (entry.fill !== node.fill) entry.rect.setAttribute('fill', (entry.fill = node.fill));
        if (node.label) {
          if (!entry.text) {
            entry.text = document.createElementNS(SVG, 'text');
            entry.text.setAttribute('x', LABEL_X);
            entry.text.setAttribute('y', LABEL_Y);
            entry.g.append(entry.text);
          }
          if (entry.ink !== node.ink) entry.text.setAttribute('fill', (entry.ink = node.ink));
          if (entry.label !== node.label) entry.text.textContent = entry.label = node.label;
        } else if (entry.text) {
          entry.text.remove();
          entry.text = entry.ink = entry.label = undefined;
        }
      }
      for (const [id, entry] of drawn) {
        if (seen.has(id)) continue;
        entry.g.remove();
        drawn.delete(id);
      }
      // Paint order is DOM order, and a cell must paint after its ancestors. New leaves appended at
      // the end already do; only a parent entering beside cells already drawn (climbing back out
      // of a drill) can land above its children, so only then is the order restored.
      if (hadCells && parentEntered) {
        let previous = null;
        for (const node of nodes) {
          const { g } = drawn.get(node.id);
          if (g.previousSibling !== previous) svg.insertBefore(g, previous ? previous.nextSibling : svg.firstChild);
          previous = g;
        }
      }
      return nodes;
    },
  };
}
