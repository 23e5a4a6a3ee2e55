import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Report } from '../packages/schema/src/index.js';
import huzhou from '../packages/hz-viz/src/data/huzhou-2024.js';
import { element } from './support/render.js';

const report = huzhou as unknown as Report;

/** A section: heading plus content, plain HTML around the library's elements. */
function section(title: string, children: Node[], level: 'h2' | 'h3' = 'h2'): HTMLElement {
  const el = document.createElement('section');
  const heading = document.createElement(level);
  heading.textContent = title;
  el.append(heading, ...children);
  return el;
}

function grid(children: Node[], min: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'page-grid';
  div.style.gridTemplateColumns = `repeat(auto-fill, minmax(${min}, 1fr))`;
  div.append(...children);
  return div;
}

/** The figures on the front page: every figure that earned an honor. */
const honoured = report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics.filter((m) => m.honor)));

function page(): HTMLElement {
  const main = document.createElement('main');
  main.className = 'report-page';
  const root = element('hz-report', {});
  main.append(root);
  const title = document.createElement('h1');
  title.textContent = '湖州市 2024 年度工作成效';
  const intro = document.createElement('p');
  intro.className = 'lead';
  intro.textContent = `${report.departments.length} 个部门 · ${report.departments.reduce((n, d) => n + d.initiatives.length, 0)} 项重点举措 · 数据来源：${report.source.publisher}《${report.source.title}》`;
  root.append(
    title,
    intro,
    section('获评荣誉的数据', [grid(honoured.map((m) => element('hz-metric-card', { metric: m.id, size: 'compact' })), '220px')]),
    section('部门与举措总览', [element('hz-department-treemap', { 'size-by': 'figures', style: '--hz-treemap-height: 560px' })]),
    section('任务完成率', [element('hz-bar-list', { kind: 'completion', label: '各项任务完成率（%）', sort: 'value-desc' })]),
    section('荣誉榜', [
      grid(
        report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors.map((h) => element('hz-rank-badge', { honor: h.id })))),
        '260px',
      ),
    ]),
    ...report.departments.map((department) =>
      section(department.name, [grid(department.initiatives.map((initiative) => element('hz-achievement-card', { initiative: initiative.id, 'heading-level': '3' })), '320px')]),
    ),
  );
  return main;
}

const meta: Meta = {
  title: '湖州市 2024 年度工作成效',
  render: page,
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

export const ReportPage: StoryObj = { name: '湖州市 2024 年度工作成效' };
