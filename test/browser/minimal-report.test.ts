import '../../packages/hz-viz/src/index.js';
import { expect } from '@open-wc/testing';
import type { ReportInput } from '../../packages/schema/src/index.js';
import { countFields, minimalTenFieldReport } from '../fixtures/minimal-report.js';
import { cleanup, expectAccessible, reportSettled, settle, shadow, shadowText, expectNoMatch } from './helpers.js';

/**
 * A publisher's first report is ten fields long (docs/schema.md), and every element draws it:
 * ids, kinds and terms are filled in by parseReport, so `metric="d1.i1.m1"` finds the figure.
 */
async function mountReport(report: ReportInput, children: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = `<hz-report>${children}</hz-report>`;
  const element = container.firstElementChild as HTMLElement & { report: unknown };
  element.report = report;
  document.body.append(container);
  await reportSettled(element);
  await settle(container);
  return element;
}

describe('a minimal ten-field report', () => {
  afterEach(cleanup);

  it('has ten fields', () => expect(countFields(minimalTenFieldReport)).to.equal(10));

  it('renders in every element that draws a report, with no error and no axe violation', async () => {
    const report = await mountReport(
      minimalTenFieldReport,
      `<hz-metric-card metric="d1.i1.m1"></hz-metric-card>
       <hz-metric-bar metric="d1.i1.m1" max="300"></hz-metric-bar>
       <hz-bar-list department="d1"></hz-bar-list>
       <hz-achievement-card initiative="d1.i1"></hz-achievement-card>
       <hz-department-treemap style="width: 480px"></hz-department-treemap>`,
    );
    for (const element of report.querySelectorAll('*')) {
      expectNoMatch(element.shadowRoot, '[role="alert"]', `${element.localName} shows no error`);
      expect(shadowText(element), element.localName).to.not.equal('');
      await expectAccessible(element);
    }
    expect(shadowText(report.querySelector('hz-metric-card')!)).to.include('新增高新技术企业').and.include('218');
    expect(shadowText(report.querySelector('hz-bar-list')!)).to.include('218');
    expect(shadowText(report.querySelector('hz-achievement-card')!)).to.include('科技创新');
    // No groups: the unit sits on top of the treemap, named in the report's own word (区县 is not
    // set here, so 部门 is the default).
    const treemap = report.querySelector('hz-department-treemap')!;
    expect(shadowText(treemap)).to.include('东湖区');
  });

  it('renders a rank badge once an honor is given by its printed words (three fields more)', async () => {
    const withHonor: ReportInput = structuredClone(minimalTenFieldReport);
    withHonor.departments[0]!.initiatives[0]!.honors = [{ label: '高新技术企业增量', printed: '居全省第1' }];
    expect(countFields(withHonor)).to.equal(13);
    const report = await mountReport(withHonor, '<hz-rank-badge honor="d1.i1.h1"></hz-rank-badge>');
    const badge = report.querySelector('hz-rank-badge')!;
    expectNoMatch(badge.shadowRoot, '[role="alert"]', 'the badge shows no error');
    expect(shadowText(badge)).to.include('居全省第1');
    await expectAccessible(badge);
  });

  it('says 区县 where the report calls its units districts', async () => {
    const districts: ReportInput = { ...structuredClone(minimalTenFieldReport), terms: { department: { zh: '区县' } } };
    const report = await mountReport(districts, '<hz-department-treemap style="width: 480px"></hz-department-treemap>');
    const treemap = report.querySelector('hz-department-treemap')!;
    expect(shadow(treemap, '[role="tree"]')?.getAttribute('aria-label') ?? '').to.include('区县工作成效树状图');
    treemap.setAttribute('lang', 'en');
    await settle(report);
    expect(shadow(treemap, '[role="tree"]')?.getAttribute('aria-label') ?? '').to.include('Treemap of districts and initiatives');
  });
});
