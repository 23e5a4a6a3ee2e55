import type { MessageSet, Widen } from '../../internal/messages.js';
import { withEnglish } from '../../internal/messages.js';

/** What <hz-bar-list> shows besides its figures: its name, the sort control, unit groups. */
const barList = {
  department: '部门',
  sortBy: '排序',
  sortValueDesc: '数值从高到低',
  sortValueAsc: '数值从低到高',
  sortSource: '原文顺序',
  listLabel: '指标对比',
  unitGroup: (unit: string) => `单位：${unit}`,
} as const;

export type BarListMessages = Widen<typeof barList>;
export const barListMessages: MessageSet<BarListMessages> = withEnglish(barList, (en) => en.barList);
