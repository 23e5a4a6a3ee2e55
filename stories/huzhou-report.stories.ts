import type { Meta, StoryObj } from '@storybook/web-components-vite';
import huzhou from '../packages/hz-viz/src/data/huzhou-2024.js';
import { reportHeading, reportLead } from '../packages/ssr/src/report-page.js';
import { reportPage, storyReport } from './support/report-page.js';

const report = storyReport(huzhou);

const meta: Meta = {
  title: '湖州市 2024 年度工作成效',
  // The page's words follow the toolbar's language, as the elements on it do.
  render: (_args, { globals, parameters }) =>
    (parameters.lang ?? globals.lang) === 'en'
      ? reportPage(report, { heading: reportHeading(report, 'en'), lead: reportLead(report, 'en'), lang: 'en' })
      : reportPage(report, {
          heading: '湖州市 2024 年度工作成效',
          lead: `${report.departments.length} 个部门 · ${report.departments.reduce((n, d) => n + d.initiatives.length, 0)} 项重点举措 · 数据来源：${report.source?.publisher}《${report.source?.title}》`,
        }),
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

export const ReportPage: StoryObj = { name: '湖州市 2024 年度工作成效' };
export const ReportPageEnglish: StoryObj = { name: 'Report page, English', parameters: { lang: 'en' } };
