import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, inReport, pendingUrl } from './support/render.js';
import { sampleTree } from './support/sample-tree.js';

type Args = Record<string, unknown>;
const treemap = (args: Args) => inReport([element('hz-department-treemap', args)]);

const meta: Meta<Args> = {
  title: 'Elements/hz-department-treemap',
  component: 'hz-department-treemap',
  render: treemap,
};
export default meta;
type Story = StoryObj<Args>;

/** No size-by: the areas count what differs between departments (here, figures). */
export const Normal: Story = {};
export const ByInitiatives: Story = { args: { 'size-by': 'initiatives', patterns: true } };
export const ByMoney: Story = { args: { 'size-by': 'money' } };
export const Drilled: Story = { args: { path: 'economy/jingxin' } };
export const Table: Story = { args: { view: 'table' } };
export const GenericTree: Story = {
  render: (args) =>
    element('hz-department-treemap', {
      ...args,
      data: { name: '预算', children: [{ name: '教育', value: 30 }, { name: '卫生', value: 20 }, { name: '交通', children: [{ name: '公路', value: 8 }, { name: '铁路', value: 12 }] }] },
    }),
};
/** The Huzhou report drawn on canvas: the same cells, colours, labels, keys and tooltips as SVG. */
export const Canvas: Story = { args: { renderer: 'canvas' } };
/** 示例数据 (invented sample data): 10,000 leaves three levels deep, drawn on canvas automatically. */
export const SampleTenThousand示例数据: Story = {
  name: '10,000 leaves (示例数据)',
  render: (args) => element('hz-department-treemap', { ...args, depth: '3', data: sampleTree(10_000) }),
};
export const Loading: Story = { render: (args) => inReport([element('hz-department-treemap', args)], { src: pendingUrl }) };
export const Error: Story = { args: { path: 'economy/nope' } };
export const Empty: Story = { render: (args) => element('hz-department-treemap', { ...args, data: { name: '空', children: [] } }) };
export const LongText: Story = { args: { path: 'science-culture-trade/wenlian' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const English: Story = { parameters: { lang: 'en' } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
