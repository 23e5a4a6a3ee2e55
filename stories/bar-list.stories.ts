import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, inReport, longLabel, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const list = (args: Args) => inReport([element('hz-bar-list', args)]);

const meta: Meta<Args> = {
  title: 'Elements/hz-bar-list',
  component: 'hz-bar-list',
  parameters: { maxWidth: '640px' },
  render: list,
  args: { department: 'canlian', kind: 'completion', label: '市残联各项任务完成率', sort: 'value-desc' },
};
export default meta;
type Story = StoryObj<Args>;

export const CompletionRates: Story = {};
export const EveryGrowthRate: Story = { args: { department: undefined, kind: 'change', unit: '%', label: '全部增速', sort: 'source' } };
export const FromItems: Story = {
  render: (args) => element('hz-bar-list', args),
  args: { department: undefined, kind: undefined, items: JSON.stringify([{ label: '甲区', value: '120', unit: '%' }, { label: '乙区', value: '96', unit: '%' }, { label: '丙区', value: '104', unit: '%' }]) },
};
export const Loading: Story = { render: (args) => inReport([element('hz-bar-list', args)], { src: pendingUrl }) };
export const Error: Story = { render: (args) => element('hz-bar-list', args), args: { department: undefined, kind: undefined, items: '[{"label":"甲","value":"x"}]' } };
export const Empty: Story = { render: (args) => element('hz-bar-list', args), args: { department: undefined, kind: undefined, items: '[]' } };
export const LongText: Story = { render: (args) => element('hz-bar-list', args), args: { department: undefined, kind: undefined, items: JSON.stringify([{ label: longLabel, value: '12', unit: '%' }, { label: '短', value: '8', unit: '%' }]) } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const English: Story = { parameters: { lang: 'en' }, args: { label: 'Completion rates, Disabled Persons’ Federation' } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
