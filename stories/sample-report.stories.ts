import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sample from './data/yunxi-themes-2024.json';
import { reportHeading } from '../packages/ssr/src/report-page.js';
import { reportPage, storyReport } from './support/report-page.js';

/**
 * An invented report (示例数据: test/extract/samples/themes, a city-wide review by numbered
 * themes) as hz-viz-draft reads it, with no editing: the same page as the Huzhou report, built
 * from the extractor's output. `npm run extract` regenerates stories/data/yunxi-themes-2024.json.
 */
const report = storyReport(sample);

const meta: Meta = {
  title: '示例数据：云溪市 2024 年政府工作回顾',
  // The page's words follow the toolbar's language, as the elements on it do; the 示例数据 mark stays.
  render: (_args, { globals, parameters }) => {
    const en = (parameters.lang ?? globals.lang) === 'en';
    const departments = report.departments.length;
    const paragraphs = report.departments.reduce((n, d) => n + d.initiatives.length, 0);
    return reportPage(report, {
      heading: en ? reportHeading(report, 'en') : '云溪市 2024 年政府工作回顾',
      badge: en ? '示例数据 · Sample data' : '示例数据',
      lead: en
        ? `Invented text: every figure is invented and stands for no real place · ${departments} ${report.terms.department.enPlural} · ${paragraphs} paragraphs · drafted by hz-viz-draft from the text, unedited`
        : `虚构文本，所有数字均为虚构，不代表任何真实地区 · ${departments} 个${report.terms.department.zh} · ${paragraphs} 段 · 由 hz-viz-draft 从文本直接生成，未经人工修改`,
      report,
      lang: en ? 'en' : 'zh-CN',
    });
  },
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

export const SampleReportPage: StoryObj = { name: '示例数据：云溪市 2024 年政府工作回顾' };
export const ReportPageEnglish: StoryObj = { name: 'Report page, English', parameters: { lang: 'en' } };
