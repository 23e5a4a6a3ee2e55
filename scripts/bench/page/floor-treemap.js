import { DRILL_ID } from './boxes.js';
import { createCanvasFloor } from './floor-canvas.js';
import { createSvgFloor } from './floor.js';

/** The bare-d3 floors (SVG keyed in place, or canvas) as treemap operations. */
export function floorTreemap(host, renderer, tree, updated, boxes) {
  const floor = renderer === 'svg' ? createSvgFloor(host) : createCanvasFloor(host);
  let cells = 0;
  let drawnBox = [0, 0];
  const draw = (data, box, focusId) => {
    drawnBox = [box.width, box.height];
    host.style.width = `${box.width}px`;
    host.style.height = `${box.height}px`;
    cells = floor.render(data, box.width, box.height, focusId);
  };
  return {
    first: async () => draw(tree, boxes.first),
    update: async () => draw(updated, boxes.first),
    resizeHost: async () => draw(updated, boxes.byHost),
    resizeProperty: async () => draw(updated, boxes.byProperty),
    drill: async () => draw(updated, boxes.byProperty, DRILL_ID),
    facts: () => ({ drawnWith: renderer, cells, filled: floor.filledCells(), box: drawnBox, svgElements: host.querySelector('svg')?.querySelectorAll('*').length ?? 0 }),
  };
}
