import { FONT, LABEL_X, LABEL_Y, layoutFloor, sumFloorTree } from './floor-layout.js';

/**
 * The practical floor for a canvas treemap: d3-hierarchy plus a hand-written 2D canvas, the
 * reference for hz-viz's canvas budgets. Same tiling, colours and label rule as the SVG floor
 * (floor-layout.js); one fillRect per cell and a fillText per label that fits, on a canvas whose
 * backing store is devicePixelRatio times its CSS size, so it is as sharp as SVG on a high-DPI
 * screen. Nothing to key: every operation repaints the whole canvas.
 */
export function createCanvasFloor(container) {
  const canvas = document.createElement('canvas');
  canvas.style.display = 'block';
  container.replaceChildren(canvas);
  const context = canvas.getContext('2d');
  let summed = {};

  return {
    /** Paints `tree` at `width`×`height` CSS pixels (drilled to `focusId`); returns the cells it drew. */
    render(tree, width, height, focusId) {
      // New data is summed again; a resize or a drill of the same data reuses the sums.
      if (summed.tree !== tree) summed = { tree, root: sumFloorTree(tree) };
      const nodes = layoutFloor(summed.root, { width, height, focusId });
      const ratio = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * ratio);
      const pixelHeight = Math.round(height * ratio);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      for (const node of nodes) {
        context.fillStyle = node.fill;
        context.fillRect(node.x, node.y, node.width, node.height);
      }
      // Labels after every fill, so no later cell paints over a label.
      context.font = FONT;
      context.textBaseline = 'alphabetic';
      for (const node of nodes) {
        if (!node.label) continue;
        context.fillStyle = node.ink;
        context.fillText(node.label, node.x + LABEL_X, node.y + LABEL_Y);
      }
      return nodes;
    },
  };
}
