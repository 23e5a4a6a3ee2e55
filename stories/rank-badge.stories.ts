import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, grid, inReport, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const badge = (args: Args) => element('hz-rank-badge', args);

const meta: Meta<Args> = {
  title: 'Elements/hz-rank-badge',
  component: 'hz-rank-badge',
  render: badge,
  args: { text: '居全省第1', label: '单位工业增加值能耗降低率' },
};
export default meta;
type Story = StoryObj<Args>;

export const Normal: Story = {};
export const AllKinds: Story = {
  render: () =>
    grid(
      ['居全省第1', '位居全省第二', '全省第三', '全国首个', '全省唯一', '九连冠', '连续三年蝉联', '领跑全省', '全国十大', '连续十个季度排名全国中等城市第一'].map((text) => badge({ text })),
      '200px',
    ),
};
export const FromParts: Story = { args: { text: undefined, label: undefined, scope: 'nation', position: '3' } };
export const Compact: Story = { args: { compact: true } };
export const Selectable: Story = { args: { selectable: true } };
export const Loading: Story = { render: (args) => inReport([badge(args)], { src: pendingUrl }), args: { text: undefined, honor: 'fagaiwei.energy.energy-use-per-unit-of-gdp-position' } };
export const Error: Story = { args: { text: undefined, label: undefined, scope: 'planet', position: '-1' } };
export const Empty: Story = { args: { text: undefined, label: undefined, kind: 'top' } };
export const LongText: Story = { args: { text: '连续十个季度排名全国中等城市第一', label: '生活垃圾分类工作在住建部评估中的排名' } };
export const Dark: Story = { parameters: { theme: 'dark' }, render: AllKinds.render };
export const English: Story = { parameters: { lang: 'en' }, render: AllKinds.render };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
