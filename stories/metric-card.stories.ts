import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, inReport, longLabel, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const card = (args: Args) => element('hz-metric-card', args);
const fromReport = (args: Args) => inReport([card(args)]);

const meta: Meta<Args> = {
  title: 'Elements/hz-metric-card',
  component: 'hz-metric-card',
  parameters: { maxWidth: '320px' },
  render: card,
  args: { label: '规上工业增加值', value: '7.3', unit: '%', change: '7.3', caption: '市经信局' },
};
export default meta;
type Story = StoryObj<Args>;

export const Normal: Story = {};
export const FromReport: Story = { render: fromReport, args: { label: undefined, value: undefined, unit: undefined, change: undefined, caption: undefined, metric: 'fagaiwei.energy.energy-use-per-unit-of-industrial-value-added' } };
export const Compact: Story = { args: { size: 'compact', label: '科学家精神“三进”活动惠及', value: '4.51万', unit: '人次', change: undefined } };
export const WithRank: Story = { args: { label: '港口货物吞吐量', value: '148000000', unit: '吨', rank: '领跑全省内河', change: undefined, caption: '市交通运输局' } };
export const Loading: Story = { render: (args) => inReport([card(args)], { src: pendingUrl }), args: { metric: 'caizheng.resources.local-government-bonds-issued', label: undefined, value: undefined, unit: undefined, change: undefined } };
export const Error: Story = { args: { value: '12万x' } };
export const UnknownMetric: Story = { render: fromReport, args: { metric: 'jingxin.x', label: undefined, value: undefined, unit: undefined, change: undefined } };
export const Empty: Story = { args: { label: '暂无新增', value: '0', unit: '个', change: undefined } };
export const LongText: Story = { args: { label: longLabel, value: '2600多', unit: '人次', rank: '连续十个季度排名全国中等城市第一' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const English: Story = { render: fromReport, parameters: { lang: 'en' }, args: { metric: 'caizheng.resources.local-government-bonds-issued', label: undefined, value: undefined, unit: undefined, change: undefined, caption: undefined } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
