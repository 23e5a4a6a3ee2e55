import '../../packages/hz-viz/src/index.js';
import { expect } from '@open-wc/testing';
import { cleanup, expectAccessible, mount, reportSettled, shadow, expectNoMatch } from './helpers.js';

/**
 * Every state of every element passes axe-core with zero violations: normal, loading, error,
 * empty, long text, dark, English and 适老化 (large text).
 */
const longLabel = '这是一个非常长的指标名称用于检验换行与截断是否正常这是一个非常长的指标名称用于检验换行';
const elements: Record<string, Record<string, string>> = {
  'hz-metric-card': {
    normal: '<hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card>',
    error: '<hz-metric-card metric="nope.x"></hz-metric-card>',
    empty: '<hz-metric-card label="无数据" value="0" unit="个"></hz-metric-card>',
    long: `<hz-metric-card label="${longLabel}" value="2600多" unit="人次" change="-1.5" rank="连续十个季度排名全国中等城市第一"></hz-metric-card>`,
  },
  'hz-metric-bar': {
    normal: '<hz-metric-bar metric="canlian.assistive-devices.device-fitting-completion-rate"></hz-metric-bar>',
    error: '<hz-metric-bar label="x" value="61" unit="家"></hz-metric-bar>',
    empty: '<hz-metric-bar label="无" value="0" unit="%"></hz-metric-bar>',
    long: `<hz-metric-bar label="${longLabel}" value="164.2" unit="%" kind="completion"></hz-metric-bar>`,
  },
  'hz-metric-grid': {
    normal: '<hz-metric-grid department="jiaotong"></hz-metric-grid>',
    error: '<hz-metric-grid metrics="jiaotong.fleet-renewal.old-trucks-retired no.such.metric"></hz-metric-grid>',
    empty: '<hz-metric-grid metrics=""></hz-metric-grid>',
    long: '<hz-metric-grid department="ziranziyuan" size="compact"></hz-metric-grid>',
  },
  'hz-bar-list': {
    normal: '<hz-bar-list department="canlian" kind="completion"></hz-bar-list>',
    error: '<hz-bar-list items="[1"></hz-bar-list>',
    empty: '<hz-bar-list items="[]"></hz-bar-list>',
    long: `<hz-bar-list items='[{"label":"${longLabel}","value":"12","unit":"%"}]'></hz-bar-list>`,
  },
  'hz-rank-badge': {
    normal: '<hz-rank-badge honor="nongye.food-security.grain-yield-per-mu-top-nine-years-running-streak"></hz-rank-badge>',
    error: '<hz-rank-badge text="不是荣誉"></hz-rank-badge>',
    empty: '<hz-rank-badge kind="top"></hz-rank-badge>',
    long: '<hz-rank-badge text="连续十个季度排名全国中等城市第一" label="生活垃圾分类工作在住建部评估中的排名"></hz-rank-badge>',
  },
  'hz-achievement-card': {
    normal: '<hz-achievement-card initiative="nongye.food-security"></hz-achievement-card>',
    error: '<hz-achievement-card initiative="nope"></hz-achievement-card>',
    empty: '<hz-achievement-card initiative="shuili.flood-control" headline-count="0"></hz-achievement-card>',
    long: '<hz-achievement-card initiative="ziranziyuan.land-consolidation" expanded></hz-achievement-card>',
  },
};
const variants: Record<string, { report: string; element: string }> = {
  light: { report: '', element: '' },
  dark: { report: 'theme="dark"', element: 'theme="dark"' },
  en: { report: 'lang="en"', element: '' },
  large: { report: 'text-size="large"', element: 'text-size="large"' },
};

const withAttributes = (markup: string, attributes: string) => markup.replace(/^<([a-z-]+)/, `<$1 ${attributes}`);

describe('every state passes axe', () => {
  afterEach(cleanup);
  for (const [tag, states] of Object.entries(elements)) {
    for (const [state, markup] of Object.entries(states)) {
      for (const [variant, attributes] of Object.entries(variants)) {
        it(`${tag} ${state} ${variant}`, async () => {
          const report = await mount(`<hz-report ${attributes.report}>${withAttributes(markup, attributes.element)}</hz-report>`);
          await reportSettled(report);
          const element = report.querySelector(tag)!;
          if (state === 'error') expect(shadow(element, '[role=alert]'), 'error state').to.exist;
          else expectNoMatch(element.shadowRoot, '[role=alert]', 'no error');
          await expectAccessible(report);
        });
      }
    }
    it(`${tag} loading`, async () => {
      const report = await mount(`<hz-report src="/__hz-test__/slow?ms=2000">${states.normal}</hz-report>`);
      // A quiet placeholder: the report's one live region announces loading for everything inside.
      expect(shadow(report.querySelector(tag)!, '[part=status]')!.textContent).to.equal('加载中…');
      expectNoMatch(report.querySelector(tag)!.shadowRoot, '[role=status]', 'a live region per element');
      await expectAccessible(report);
    });
  }
});
