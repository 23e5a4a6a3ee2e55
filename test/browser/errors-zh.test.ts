import '../../packages/hz-viz/src/index.js';
import { expect } from '@open-wc/testing';
import { minimalTenFieldReport } from '../fixtures/minimal-report.js';
import { cleanup, mount, reportSettled, settle, shadow } from './helpers.js';

/**
 * On a zh page, every error says what is wrong in Chinese: the schema's problems (zod's, the
 * cross-checks', the JSON reader's) and the elements' own. What stays as written is what the
 * reader typed or must type: paths, attribute names, quoted values, ids and tags.
 */
const report = minimalTenFieldReport as unknown as { departments: { name: string; initiatives: { title: string; text?: string; metrics: Record<string, unknown>[] }[] }[] };
const withMetric = (metric: Record<string, unknown>, initiative: Record<string, unknown> = {}) => ({
  ...report,
  departments: [{ ...report.departments[0]!, initiatives: [{ ...report.departments[0]!.initiatives[0]!, ...initiative, metrics: [metric] }] }],
});

const badReports: [string, unknown][] = [
  ['a missing title', { ...report, title: undefined }],
  ['a wrong type', { ...report, year: '2024年' }],
  ['an unknown field', { ...report, colour: 'red' }],
  ['a value that is not a number', withMetric({ label: 'x', value: '很多', unit: '家' })],
  ['a kind outside the vocabulary', withMetric({ label: 'x', value: 1, unit: '家', kind: 'amount' })],
  ['a duplicate id', { ...report, departments: [{ ...report.departments[0]!, initiatives: [{ ...report.departments[0]!.initiatives[0]!, metrics: [{ label: 'a', value: 1, unit: '家', id: 'd.i.a' }, { label: 'b', value: 2, unit: '家', id: 'd.i.a' }] }] }] }],
  ['a range ending below its start', withMetric({ label: 'x', value: 5, valueMax: 3, unit: '家', kind: 'count' })],
  ['a misplaced quote', withMetric({ label: 'x', value: 5, unit: '家', quote: '5家', start: 0, end: 2 }, { text: '新增5家' })],
  ['a quote not in the text', withMetric({ label: 'x', value: 5, unit: '家', quote: '9家' }, { text: '新增5家' })],
  ['a bad id', withMetric({ label: 'x', value: 5, unit: '家', id: 'Not A Slug' })],
];

const badElements: [string, string][] = [
  ['a card whose value is text', '<hz-metric-card label="x" value="很多" unit="家"></hz-metric-card>'],
  ['a card with an unknown kind', '<hz-metric-card label="x" value="1" unit="家" kind="amount"></hz-metric-card>'],
  ['a card with an unreadable rank', '<hz-metric-card label="x" value="1" unit="家" rank="很好"></hz-metric-card>'],
  ['a bar without a scale', '<hz-metric-bar label="x" value="61" unit="家"></hz-metric-bar>'],
  ['a bar with a bad max', '<hz-metric-bar label="x" value="61" unit="家" max="-1"></hz-metric-bar>'],
  ['a bar list with bad JSON', '<hz-bar-list items="[{"></hz-bar-list>'],
  ['a bar list of mixed units', `<hz-bar-list items='[{"label":"a","value":"1","unit":"%"},{"label":"b","value":"2","unit":"家"}]'></hz-bar-list>`],
  ['a bar list with nothing to list', '<hz-bar-list></hz-bar-list>'],
  ['a badge with a bad kind', '<hz-rank-badge kind="best" label="x"></hz-rank-badge>'],
  ['a badge with a bad position', '<hz-rank-badge kind="position" scope="province" position="first" label="x"></hz-rank-badge>'],
  ['a card outside a report', '<hz-achievement-card></hz-achievement-card>'],
  ['a treemap with a bad size-by', '<hz-report><hz-department-treemap size-by="weight"></hz-department-treemap></hz-report>'],
  ['a treemap with a bad path and depth', '<hz-report><hz-department-treemap path="economy/nope" depth="9"></hz-department-treemap></hz-report>'],
  ['an unknown metric id', '<hz-report><hz-metric-card metric="nope.x"></hz-metric-card></hz-report>'],
  ['an id outside a report', '<hz-metric-card metric="nope.x"></hz-metric-card>'],
  ['a report that is not JSON', '<hz-report src="/__hz-test__/text?body=%7B%22id%22%3A"></hz-report>'],
  ['a report that is not there', '<hz-report src="/__hz-test__/status/404"></hz-report>'],
];

/** The alert's text with what the reader typed left out: paths, quoted values, tags, attribute names. */
function prose(alert: Element): string {
  return [...alert.querySelectorAll('li code')]
    .map((code) => code.textContent!)
    .map((text) =>
      text
        .replace(/^[\w.[\]-]+：/, '') // the path
        .replace(/\b[a-z]\w*(\[\d+\]|\.\w+)+/g, '') // paths inside the sentence
        .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '') // quoted values
        .replace(/<\/?[\w-]+[^>]*>/g, '') // tags
        .replace(/[\w-]+=/g, '') // attribute names
        .replace(/\b(hz-viz-validate --fix|hz-viz|JSON|HTTP|CNY|USD|slug|id|start|end|kind|position|department|items|report\.groups|\.data|\.report|src|true|false|NaN|npx serve|file)\b/g, ''),
    )
    .join(' ');
}

async function alertOf(host: Element): Promise<Element> {
  await settle(host);
  const alert = [host, ...host.querySelectorAll('*')].map((el) => el.shadowRoot?.querySelector('[role=alert]')).find(Boolean);
  expect(alert, 'an alert').to.exist;
  return alert!;
}

describe('errors on a zh page are in Chinese', () => {
  afterEach(cleanup);

  for (const [name, bad] of badReports) {
    it(`a report with ${name}`, async () => {
      const el = await mount('<hz-report></hz-report>');
      (el as HTMLElementTagNameMap['hz-report']).report = bad;
      await reportSettled(el);
      const text = prose(await alertOf(el));
      expect(text.trim(), 'something is said').to.not.equal('');
      expect(text, `English left in: ${text}`).to.not.match(/[A-Za-z]{2,}/);
    });
  }

  for (const [name, markup] of badElements) {
    it(name, async () => {
      const host = await mount(`<div>${markup}</div>`);
      const report = host.querySelector('hz-report');
      if (report) await reportSettled(report);
      const text = prose(await alertOf(host));
      expect(text, `English left in: ${text}`).to.not.match(/[A-Za-z]{2,}/);
    });
  }

  it('and in English on an en page', async () => {
    const host = await mount('<div lang="en"><hz-metric-card label="x" value="很多" unit="家"></hz-metric-card></div>');
    expect(shadow(host.querySelector('hz-metric-card')!, '[role=alert] li code')!.textContent).to.equal('value: expected a number such as 7.3 or 4.51万, received "很多"');
  });
});
