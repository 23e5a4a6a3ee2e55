import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, inReport, longLabel, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const grid = (args: Args) => element('hz-metric-grid', args);
const fromReport = (args: Args) => inReport([grid(args)]);

/**
 * 1,000 invented figures, clearly marked 示例数据 in every label: what a page of many cards looks
 * like (and how fast it draws); not from any report.
 */
const sample = Array.from({ length: 1000 }, (_, i) => ({
  id: `sample-${i}`,
  label: `示例数据 指标 ${i + 1}`,
  value: i % 4 === 0 ? `${((i * 37) % 900) / 10 + 1}万` : `${(i * 7) % 1000}.${i % 10}`,
  unit: ['%', '万元', '人次', '个'][i % 4],
  ...(i % 3 === 0 && { change: `${((i % 9) - 4) / 2}` }),
  caption: '示例数据（虚构）',
}));

const meta: Meta<Args> = {
  title: 'Elements/hz-metric-grid',
  component: 'hz-metric-grid',
  parameters: { maxWidth: '960px' },
  render: fromReport,
  args: { department: 'jiaotong', label: '市交通运输局 主要数据' },
};
export default meta;
type Story = StoryObj<Args>;

/** Every figure 市交通运输局 reports, from the Huzhou 2024 report. */
export const Department: Story = {};
/** Chosen metrics by id: department captions and honors come from the report. */
export const ChosenMetrics: Story = {
  args: {
    department: undefined,
    label: '重点指标',
    metrics: 'fagaiwei.energy.energy-use-per-unit-of-industrial-value-added fagaiwei.investment.fixed-asset-investment-growth caizheng.resources.local-government-bonds-issued kexie.zhixing.people-reached-by-scientist-spirit-events wenlian.rural-arts.provincial-featured-art-villages canlian.employment.disabled-employment-completion-rate',
  },
};
/** Narrow columns (under 12rem) take size="compact". */
export const NarrowCompact: Story = {
  render: (args) => {
    const el = fromReport(args);
    el.style.setProperty('--hz-metric-grid-min-width', '160px');
    return el;
  },
  args: { department: 'kexie', label: '市科协 主要数据', size: 'compact' },
};
/** Card fields as a property, the way a page's own script gives them. */
export const FromFields: Story = {
  render: grid,
  args: {
    department: undefined,
    label: '示例数据',
    metrics: [
      { id: 'a', label: '规上工业增加值（示例数据）', value: '7.3', unit: '%', change: '7.3' },
      { id: 'b', label: '港口货物吞吐量（示例数据）', value: '148000000', unit: '吨', rank: '领跑全省' },
      { id: 'c', label: longLabel, value: '2600多', unit: '人次', period: '1-11月' },
    ],
  },
};
/** One bad item says what and where in its own place; the others still draw. */
export const BadItem: Story = {
  render: fromReport,
  args: {
    department: undefined,
    label: '示例数据',
    metrics: [{ id: 'a', label: '规上工业增加值（示例数据）', value: '7.3', unit: '%' }, { id: 'b', label: '坏数据（示例数据）', value: '12万x', unit: '个' }, 'jiaotong.no-such-metric', 'caizheng.resources.local-government-bonds-issued'],
  },
};
/** 示例数据: 1,000 invented cards in one element. */
export const Sample1000示例数据: Story = { name: '1,000 cards (示例数据)', render: grid, args: { department: undefined, label: '示例数据：1,000 个虚构指标', metrics: sample } };
export const Loading: Story = { render: (args) => inReport([grid(args)], { src: pendingUrl }) };
export const Empty: Story = { render: grid, args: { department: undefined, metrics: [] } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const English: Story = { parameters: { lang: 'en' }, args: { label: 'Transport Bureau: key figures' } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
