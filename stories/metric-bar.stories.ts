import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, inReport, longLabel, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const bar = (args: Args) => element('hz-metric-bar', args);
const report = { label: undefined, value: undefined, unit: undefined, kind: undefined };

const meta: Meta<Args> = {
  title: 'Elements/hz-metric-bar',
  component: 'hz-metric-bar',
  parameters: { maxWidth: '420px' },
  render: bar,
  args: { label: '辅具适配完成率', value: '190', unit: '%', kind: 'completion' },
};
export default meta;
type Story = StoryObj<Args>;

export const OverTarget: Story = {};
export const Growth: Story = { args: { label: '规上工业增加值增速', value: '7.3', kind: 'change' } };
export const GoodDecline: Story = { render: (args) => inReport([bar(args)]), args: { ...report, metric: 'jianshe.waste-sorting.household-waste-volume' } };
export const Share: Story = { args: { label: '住宅小区专业物业服务覆盖率', value: '92.3', kind: 'share' } };
export const Loading: Story = { render: (args) => inReport([bar(args)], { src: pendingUrl }), args: { ...report, metric: 'canlian.employment.disabled-employment-completion-rate' } };
export const Error: Story = { args: { label: '新建基地', value: '61', unit: '家', kind: undefined } };
export const Empty: Story = { args: { label: '尚无进展', value: '0', kind: 'share' } };
export const LongText: Story = { args: { label: longLabel } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const English: Story = { parameters: { lang: 'en' }, args: { label: 'Assistive device fitting completion' } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
