import type { Meta, StoryObj } from '@storybook/web-components-vite';
import huzhou from '../packages/hz-viz/src/data/huzhou-2024.js';
import { reportHeading, reportLead } from '../packages/ssr/src/report-page.js';
import { reportPage, storyReport } from './support/report-page.js';

const report = storyReport(huzhou);

const meta: Meta = {
  title: '湖州市 2024 年度工作成效',
  // The page hz-viz-render writes, in the toolbar's language: its words follow it, as the elements on it do.
  render: (_args, { globals, parameters }) => {
    const lang = String(parameters.lang ?? globals.lang);
    return reportPage(report, { heading: reportHeading(report, lang), lead: reportLead(report, lang), lang });
  },
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

export const ReportPage: StoryObj = { name: '湖州市 2024 年度工作成效' };
export const ReportPageEnglish: StoryObj = { name: 'Report page, English', parameters: { lang: 'en' } };
