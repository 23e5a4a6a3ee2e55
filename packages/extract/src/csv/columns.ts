/**
 * The columns of a report spreadsheet, as statistics offices export them: one row per figure.
 * English names or the usual Chinese headers; `section`, `item`, `label` and `value` are needed.
 */
export const csvColumns = ['section', 'item', 'label', 'value', 'unit', 'change', 'period', 'rank', 'id', 'kind', 'polarity', 'labelEn', 'note'] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const requiredColumns: readonly CsvColumn[] = ['section', 'item', 'label', 'value'];

/** What each column holds, for the docs and for the message that lists them. */
export const columnMeaning: Readonly<Record<CsvColumn, string>> = {
  section: 'the unit the figure belongs to: a department, district or theme (部门 / 区县 / 领域)',
  item: 'the initiative or work item within the section (举措 / 事项)',
  label: 'what is measured (指标): 港口货物吞吐量',
  value: 'the figure: 1.48, 4.51万, 2600多',
  unit: 'its unit: 亿吨, 人次, %, 元 (a magnitude word here is applied once: 1.48 + 亿吨)',
  change: 'the change against last year: 7.3%, +7.3, 增长7.3%, 下降1.5%, 提高2.5个百分点',
  period: 'when the figure is not for the whole year: 1-11月, 前三季度',
  rank: 'an honor the figure earned: 居全省第1, 全国首个, 连续3年全省第一',
  id: 'a stable id for the figure (lower-case slug); drafted from the label when empty',
  kind: 'count, measure, money, percent, permille, change, completion, share, ratio, date or duration; read from the unit when empty',
  polarity: 'higher-is-better (default), lower-is-better or neutral',
  labelEn: 'the label in English',
  note: 'a note kept with the figure',
};

/** Chinese headers as they appear in exported sheets. */
const aliases: Readonly<Record<string, CsvColumn>> = {
  部门: 'section',
  区县: 'section',
  责任单位: 'section',
  单位: 'unit',
  领域: 'section',
  板块: 'section',
  分类: 'section',
  事项: 'item',
  举措: 'item',
  工作: 'item',
  项目: 'item',
  任务: 'item',
  指标: 'label',
  指标名称: 'label',
  名称: 'label',
  数值: 'value',
  值: 'value',
  完成值: 'value',
  计量单位: 'unit',
  增幅: 'change',
  增速: 'change',
  同比: 'change',
  同比增长: 'change',
  增减: 'change',
  时期: 'period',
  期间: 'period',
  统计期: 'period',
  排名: 'rank',
  荣誉: 'rank',
  备注: 'note',
  英文名称: 'labelEn',
};

/** A header cell to its column, or undefined when it names none. */
export function columnOf(header: string): CsvColumn | undefined {
  const name = header.trim().replace(/^\uFEFF/, '');
  if ((csvColumns as readonly string[]).includes(name)) return name as CsvColumn;
  const lower = name.toLowerCase();
  const english = csvColumns.find((column) => column.toLowerCase() === lower);
  return english ?? aliases[name];
}
