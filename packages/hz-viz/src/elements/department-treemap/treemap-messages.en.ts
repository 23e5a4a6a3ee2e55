import type { TreemapOwnMessages } from './treemap-messages.js';

/** The English of treemap-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const treemapEnglish: TreemapOwnMessages = {
  department: 'department',
  tableFailed: 'The table view could not be loaded; reload the page to try again',
  detailsFailed: 'The details could not be loaded; reload the page to try again',
  canvasFailed: 'The chart could not be drawn (its canvas renderer did not load); reload the page, or use the table view',
  all: 'All',
  treemapLabel: 'Treemap of departments and initiatives',
  breadcrumb: 'Current level',
  showTable: 'Table',
  showChart: 'Chart',
  area: 'Area',
  colon: ': ',
  sizeRules: { initiatives: 'number of initiatives', figures: 'number of figures', honors: 'number of honors', money: 'amount (yuan)' },
  countOf: {
    initiatives: (n: number) => `${n} initiative${n === 1 ? '' : 's'}`,
    figures: (n: number) => `${n} figure${n === 1 ? '' : 's'}`,
    honors: (n: number) => `${n} honor${n === 1 ? '' : 's'}`,
  },
  position: (i: number, n: number) => `${i} of ${n}`,
  kinds: { report: 'report', group: 'group', department: 'department', initiative: 'initiative', metric: 'figure' },
  name: 'Name',
  level: 'Level',
  value: 'Value',
  initiatives: 'Initiatives',
  figures: 'Figures',
  honors: 'Honors',
  drillHint: 'Enter to open, Backspace to go back',
};
