import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, pendingUrl } from './support/render.js';

type Args = Record<string, unknown>;
const card = () => element('hz-metric-card', { metric: 'caizheng.resources.local-government-bonds-issued' });

const meta: Meta<Args> = {
  title: 'Elements/hz-report',
  component: 'hz-report',
  render: (args) => element('hz-report', args, [card()]),
};
export default meta;
type Story = StoryObj<Args>;

export const BundledDefault: Story = {};
export const FromSrc: Story = { args: { src: 'reports/huzhou-2024.json' } };
export const Loading: Story = { args: { src: pendingUrl } };
export const Error: Story = { args: { src: '/no/such/report.json' } };
export const Empty: Story = {
  args: {
    report: { schemaVersion: '1.0', id: 'empty', title: '空报告', region: { name: '示例市', nameEn: 'Demo' }, year: 2024, period: '全年', source: { title: '示例', publisher: '示例市人民政府' }, groups: [], departments: [] },
  },
};
export const LongText: Story = { args: { src: `/reports/${'非常长的路径名称/'.repeat(12)}report.json` } };
export const Dark: Story = { parameters: { theme: 'dark' } };
export const English: Story = { parameters: { lang: 'en' } };
export const LargeText适老化: Story = { name: '适老化 (large text)', args: { 'text-size': 'large' } };
