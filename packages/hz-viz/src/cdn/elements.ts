/**
 * Every tag the drop-in defines, and the file that defines it (decision 0017). Each `import()`
 * becomes a file in dist/cdn/lazy/ with the chunks it shares with the others; the first file
 * loads one when its tag appears on the page. A new element is one line here
 * (test/scripts/drop-in-tags.test.ts checks the list against custom-elements.json).
 */
export const elementFiles = {
  'hz-report': () => import('../elements/report/hz-report.js'),
  'hz-metric-card': () => import('../elements/metric-card/hz-metric-card.js'),
  'hz-metric-grid': () => import('../elements/metric-grid/hz-metric-grid.js'),
  'hz-metric-bar': () => import('../elements/metric-bar/hz-metric-bar.js'),
  'hz-bar-list': () => import('../elements/bar-list/hz-bar-list.js'),
  'hz-rank-badge': () => import('../elements/rank-badge/hz-rank-badge.js'),
  'hz-achievement-card': () => import('../elements/achievement-card/hz-achievement-card.js'),
  'hz-department-treemap': () => import('../elements/department-treemap/hz-department-treemap.js'),
} as const satisfies Record<string, () => Promise<unknown>>;

export type HzTag = keyof typeof elementFiles;

export const hzTags = Object.keys(elementFiles) as HzTag[];

export const isHzTag = (name: string): name is HzTag => Object.prototype.hasOwnProperty.call(elementFiles, name);
