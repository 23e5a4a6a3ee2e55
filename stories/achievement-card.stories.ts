import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, inReport, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const card = (args: Args) => inReport([element('hz-achievement-card', args)]);

const meta: Meta<Args> = {
  title: 'Elements/hz-achievement-card',
  component: 'hz-achievement-card',
  parameters: { maxWidth: '560px' },
  render: card,
  args: { initiative: 'jiaotong.port' },
};
export default meta;
type Story = StoryObj<Args>;

export const Normal: Story = {};
export const WithHonors: Story = { args: { initiative: 'fagaiwei.energy' } };
export const Collapsed: Story = { args: { initiative: 'kexie.zhixing' } };
export const Loading: Story = { render: (args) => inReport([element('hz-achievement-card', args)], { src: pendingUrl }) };
export const Error: Story = { args: { initiative: 'jiaotong.nope' } };
export const Empty: Story = { args: { initiative: 'shuili.flood-control', 'headline-count': '0' } };
export const LongText: Story = { args: { initiative: 'ziranziyuan.land-consolidation', expanded: true } };
export const Dark: Story = { parameters: { theme: 'dark' }, args: { initiative: 'nongye.food-security' } };
export const English: Story = { parameters: { lang: 'en' } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
