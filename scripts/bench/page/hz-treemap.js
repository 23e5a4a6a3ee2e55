import { DRILL_ID, HOST_BY_HOST, HOST_BY_PROPERTY, HOST_FIRST } from './boxes.js';
import { until } from './frames.js';

/**
 * What the element has drawn: its canvas (backing-store pixels) when it drew one, else the SVG
 * that holds its `.cell`s, else nothing yet. Until `renderer="canvas"` is implemented the element
 * ignores the attribute and draws SVG; the bench reports that instead of timing a canvas that
 * is not there.
 */
export function drawnSurface(el) {
  const root = el.shadowRoot;
  const canvas = root?.querySelector('canvas');
  if (canvas && canvas.width > 0) return { kind: 'canvas', width: canvas.width, height: canvas.height };
  const svg = root?.querySelector('.cell')?.ownerSVGElement;
  if (svg) {
    const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
    return { kind: 'svg', width, height };
  }
  return { kind: 'none', width: 0, height: 0 };
}

/**
 * Waits until the drawn surface satisfies `isReady`, or fails the run loudly: a timing of
 * something that was never drawn is no timing. Says whether it is already on screen: `until`
 * checks before each frame it waits for, so a surface first seen after a frame was drawn in that
 * frame (the element redraws on a resize from its ResizeObserver, which runs after the frame's
 * layout and before its paint). The timing then ends there, as the floors' and ECharts' end at
 * the first frame after they drew, rather than one frame later.
 */
async function ready(el, what, isReady) {
  let last;
  let checks = 0;
  const drawnEnough = () => {
    checks++;
    return isReady((last = drawnSurface(el)));
  };
  if (!(await until(drawnEnough))) throw new Error(`hz-department-treemap ${what}: not drawn after 600 frames (last seen: ${JSON.stringify(last)})`);
  return { painted: checks > 1 };
}

/**
 * <hz-department-treemap renderer="svg|canvas"> as treemap operations. Readiness: for SVG, `.cell`
 * elements in the shadow root; for canvas, `updateComplete`, then a frame, and a canvas with a
 * nonzero backing store. After a resize, the drawn surface must have taken the new width and
 * height (both change).
 */
export function hzTreemap(host, renderer, tree, updated) {
  const el = document.createElement('hz-department-treemap');
  el.setAttribute('depth', '4');
  el.setAttribute('renderer', renderer);
  el.style.width = `${HOST_FIRST.width}px`;
  el.style.setProperty('--hz-treemap-height', `${HOST_FIRST.height}px`);
  const resized = async (change) => {
    const before = drawnSurface(el);
    change();
    if (renderer === 'canvas') await el.updateComplete;
    return ready(el, 'resize', (now) => now.kind !== 'none' && now.width !== before.width && now.height !== before.height);
  };
  return {
    element: el,
    first: async () => {
      el.data = tree;
      host.append(el);
      if (renderer === 'canvas') await el.updateComplete;
      return ready(el, 'first paint', (now) => now.kind !== 'none');
    },
    update: async () => {
      el.data = updated;
      await el.updateComplete;
    },
    resizeHost: () =>
      resized(() => {
        el.style.width = `${HOST_BY_HOST.width}px`;
        el.style.height = `${HOST_BY_HOST.height}px`;
      }),
    resizeProperty: () =>
      resized(() => {
        el.style.removeProperty('height');
        el.style.width = `${HOST_BY_PROPERTY.width}px`;
        el.style.setProperty('--hz-treemap-height', `${HOST_BY_PROPERTY.height}px`);
      }),
    drill: async () => {
      el.path = [DRILL_ID];
      await el.updateComplete;
    },
    facts: () => {
      const surface = drawnSurface(el);
      const scale = surface.kind === 'canvas' ? window.devicePixelRatio || 1 : 1;
      const svgElements = el.shadowRoot?.querySelector('.cell')?.ownerSVGElement?.querySelectorAll('*').length ?? 0;
      return { drawnWith: surface.kind, svgElements, box: [surface.width / scale, surface.height / scale].map(Math.round) };
    },
  };
}
