import { DRILL_ID } from './boxes.js';
import { createCanvasFloor } from './floor-canvas.js';
import { createSvgFloor } from './floor.js';

/** The bare-d3 floors (SVG keyed in place, or canvas) as treemap operations. */
export function floorTreemap(host, renderer, tree, updated, boxes) {
  const floor = renderer === 'svg' ? createSvgFloor(host) : createCanvasFloor(host);
  // The cells of the first paint, kept only until `facts()` counts them: a floor holding its cells
  // between operations would carry 100,000 objects through the later timings and the memory reading.
  let firstCells;
  let counts = { cells: 0, filled: 0 };
  let drawnBox = [0, 0];
  const draw = (data, box, focusId) => {
    drawnBox = [box.width, box.height];
    host.style.width = `${box.width}px`;
    host.style.height = `${box.height}px`;
    return floor.render(data, box.width, box.height, focusId);
  };
  return {
    first: async () => {
      firstCells = draw(tree, boxes.first);
    },
    update: async () => void draw(updated, boxes.first),
    resizeHost: async () => void draw(updated, boxes.byHost),
    resizeProperty: async () => void draw(updated, boxes.byProperty),
    drill: async () => void draw(updated, boxes.byProperty, DRILL_ID),
    // Counted after the timing: how many cells have any area (the floors' fixed gaps leave the smallest with none).
    facts: () => {
      if (firstCells) counts = { cells: firstCells.length, filled: firstCells.filter((cell) => cell.width > 0 && cell.height > 0).length };
      firstCells = undefined;
      return { drawnWith: renderer, ...counts, box: drawnBox, svgElements: host.querySelector('svg')?.querySelectorAll('*').length ?? 0 };
    },
  };
}
