import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from '../../internal/messages.js';

/** What <hz-bar-list> shows besides its figures: its name, the sort control, unit groups. */
const barList = {
  'zh-CN': {
    department: '部门',
    sortBy: '排序',
    sortValueDesc: '数值从高到低',
    sortValueAsc: '数值从低到高',
    sortSource: '原文顺序',
    listLabel: '指标对比',
    unitGroup: (unit: string) => `单位：${unit}`,
  },
  en: {
    department: 'department',
    sortBy: 'Sort',
    sortValueDesc: 'Highest first',
    sortValueAsc: 'Lowest first',
    sortSource: 'Source order',
    listLabel: 'Figures compared',
    unitGroup: (unit: string) => `in ${unit}`,
  },
} as const satisfies Record<Locale, unknown>;

export type BarListMessages = Widen<(typeof barList)['en']>;
export const barListMessages: MessageSet<BarListMessages> = barList;
