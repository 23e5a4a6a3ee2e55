/**
 * The treemap's boxes. hz-viz's host is sized 900×600, then resized so that width AND height
 * change: once by the host's own size (style width and height, 700×480) and once by the
 * `--hz-treemap-height` custom property (with the width from style, 800×540).
 *
 * hz-viz draws its breadcrumb, legend and table toggle inside its host, so its chart is smaller
 * than the host. The floors and ECharts draw only a chart, so they are given the box hz-viz's
 * chart really gets at each step, measured once per tree size before the runs (`calibrate` in
 * treemap.js): every library fills the same area.
 */
export const HOST_FIRST = { width: 900, height: 600 };
export const HOST_BY_HOST = { width: 700, height: 480 };
export const HOST_BY_PROPERTY = { width: 800, height: 540 };

/** The node the drill operation zooms into: the first top-level group of every bench tree. */
export const DRILL_ID = 'g0';
