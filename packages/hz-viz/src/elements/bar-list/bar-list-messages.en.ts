import type { BarListMessages } from './bar-list-messages.js';

/** The English of bar-list-messages.ts (which says what each message is for), in the lazy English part (decision 0019). */
export const barListEnglish: BarListMessages = {
  department: 'department',
  sortBy: 'Sort',
  sortValueDesc: 'Highest first',
  sortValueAsc: 'Lowest first',
  sortSource: 'Source order',
  listLabel: 'Figures compared',
  unitGroup: (unit: string) => `in ${unit}`,
};
