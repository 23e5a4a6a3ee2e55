import type { Locale, Terms } from '@hz-viz/schema';
import type { CoreMessages, MessageSet, Widen } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import { withEnglish } from '../../internal/messages.js';

/** What the treemap shows besides the tree's own names: toolbar, tooltip, table and announcements. */
const treemap = {
  department: '部门',
  tableFailed: '表格视图未能加载，请刷新页面重试',
  detailsFailed: '详情未能加载，请刷新页面重试',
  canvasFailed: '图形未能加载，请刷新页面重试，或改用表格视图',
  all: '全部',
  treemapLabel: '部门工作成效树状图',
  breadcrumb: '当前层级',
  showTable: '表格',
  showChart: '图形',
  area: '面积',
  colon: '：',
  sizeRules: { initiatives: '举措数', figures: '数据项数', honors: '荣誉数', money: '金额（元）' },
  countOf: { initiatives: (n: number) => `${n} 项举措`, figures: (n: number) => `${n} 个数据`, honors: (n: number) => `${n} 项荣誉` },
  position: (i: number, n: number) => `第 ${i} / ${n}`,
  kinds: { report: '报告', group: '分组', department: '部门', initiative: '举措', metric: '数据' },
  name: '名称',
  level: '层级',
  value: '数值',
  initiatives: '举措',
  figures: '数据',
  honors: '荣誉',
  drillHint: '回车进入，退格返回',
} as const;

/** The treemap's own messages (their English: treemap-messages.en.ts). */
export type TreemapOwnMessages = Widen<typeof treemap>;
export type TreemapMessages = CoreMessages & TreemapOwnMessages;

/** The treemap's messages in the default words for its levels. */
export const treemapMessages: MessageSet<TreemapMessages> = messageSet(withEnglish<TreemapOwnMessages>(treemap, (en) => en.treemap));

const cache = new WeakMap<Terms, Map<Locale, TreemapMessages>>();

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The messages in a report's own words for its levels: a district report's treemap is a
 * 区县工作成效树状图 of districts, its table has a 区县 column and its tooltip says 3 项工作.
 * Without terms (a generic tree), the messages stay as they are.
 */
export function messagesWithTerms(messages: TreemapMessages, terms: Terms | undefined, locale: Locale): TreemapMessages {
  if (!terms) return messages;
  let byLocale = cache.get(terms);
  if (!byLocale) cache.set(terms, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known) return known;
  const { group, department, initiative } = terms;
  const worded: TreemapMessages =
    locale === 'en'
      ? {
          ...messages,
          department: department.en,
          initiatives: capitalized(initiative.enPlural),
          treemapLabel: `Treemap of ${department.enPlural} and ${initiative.enPlural}`,
          kinds: { ...messages.kinds, group: group.en, department: department.en, initiative: initiative.en },
          sizeRules: { ...messages.sizeRules, initiatives: `number of ${initiative.enPlural}` },
          countOf: { ...messages.countOf, initiatives: (n: number) => `${n} ${n === 1 ? initiative.en : initiative.enPlural}` },
        }
      : {
          ...messages,
          department: department.zh,
          initiatives: initiative.zh,
          treemapLabel: `${department.zh}工作成效树状图`,
          kinds: { ...messages.kinds, group: group.zh, department: department.zh, initiative: initiative.zh },
          sizeRules: { ...messages.sizeRules, initiatives: `${initiative.zh}数` },
          countOf: { ...messages.countOf, initiatives: (n: number) => `${n} 项${initiative.zh}` },
        };
  byLocale.set(locale, worded);
  return worded;
}
