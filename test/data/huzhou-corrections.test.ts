import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Honor, Metric, Report } from '../../packages/schema/src/index.js';
import { describeHonor, describeMetric, formatMetric, parseReport } from '../../packages/schema/src/index.js';
import { huzhouJsonText } from '../fixtures/reports.js';

/**
 * The corrections an independent audit of the Huzhou JSON against its source asked for, one test
 * each: every one is made in the annotations with a note, and shows where a reader sees it.
 */
// Parsed inside each test that reads it, not at load: the mutation run reruns the loaded tests
// against every mutant (docs/testing.md).
function report(): Report {
  const parsed = parseReport(huzhouJsonText);
  assert.ok(parsed.ok);
  return parsed.value;
}
const everything = () => report().departments.flatMap((d) => d.initiatives.flatMap((i) => [...i.metrics, ...i.honors]));
const metric = (id: string) => everything().find((m) => m.id === id) as Metric;
const honor = (id: string) => everything().find((h) => h.id === id) as Honor;
const initiative = (id: string) => report().departments.flatMap((d) => d.initiatives).find((i) => i.id === id)!;

describe('corrections to the Huzhou dataset', () => {
  it('领跑全省内河 is a lead among the province’s inland ports, not the whole province', () => {
    const lead = honor('jiaotong.port.total-port-throughput-among-inland-ports-top');
    assert.deepEqual([lead.kind, lead.scope, lead.scopeText, lead.scopeTextEn], ['top', 'group', '全省内河', "the province's inland ports"]);
    assert.equal(describeHonor(lead, 'en'), "top among the province's inland ports");
  });

  it('均创我市历史最佳成绩 is a best-ever record, not a rank within the city', () => {
    const record = honor('wenlian.masterworks.results-at-national-exhibitions-and-awards-record');
    assert.equal(record.kind, 'record');
    assert.equal(record.scope, undefined);
    assert.equal(record.quote, '创我市历史最佳');
    assert.match(record.note!, /record/);
  });

  it('地图全国首发 is a launch, not a first earned', () => {
    assert.equal(initiative('wenlian.rural-arts').honors.some((h) => h.quote?.includes('首发')), false);
  });

  it('九连冠 is first place nine times running', () => {
    const streak = honor('nongye.food-security.grain-yield-per-mu-top-nine-years-running-streak');
    assert.deepEqual([streak.kind, streak.streak, streak.streakUnit, streak.position], ['streak', 9, '连冠', 1]);
  });

  it('第一 in the 第一届全国…大比武 is a national first place', () => {
    const first = honor('hongshizihui.rescue-teams.first-in-psychological-rescue-contest-position');
    assert.deepEqual([first.kind, first.position, first.scope], ['position', 1, 'nation']);
    assert.equal(describeHonor(first, 'en'), 'ranked 1st nationwide');
  });

  it('入选首批省… is a provincial first', () => {
    const first = honor('fagaiwei.services.provincial-high-level-service-innovation-zone-first');
    assert.deepEqual([first.kind, first.scope], ['first', 'province']);
    assert.equal(describeHonor(first, 'zh-CN'), '全省首个');
  });

  it('累计 totals say they are cumulative, and show it', () => {
    const villages = metric('wenlian.rural-arts.provincial-featured-art-villages');
    const stories = metric('hongshizihui.grassroots.life-education-audio-stories');
    assert.equal(villages.cumulative, true);
    assert.equal(stories.cumulative, true);
    assert.equal(describeMetric(villages, 'zh-CN'), '省级特色村（累计）：7个');
    assert.equal(describeMetric(stories, 'en'), 'Life-education audio stories (cumulative): 15');
    // A period's own sum is not a running total: 1-11月…累计33409份, 全年累计受理16件.
    assert.equal(metric('maocuhui.commercial-services.certificates-issued-and-authenticated').cumulative, undefined);
    assert.equal(metric('maocuhui.dispute-resolution.commercial-mediation-cases-accepted').cumulative, undefined);
  });

  it('农业固投实现翻番 is a doubling, with its 全省第一', () => {
    const doubled = metric('nongye.investment.agricultural-fixed-asset-investment-doubled');
    assert.deepEqual([doubled.kind, doubled.value, doubled.unit, doubled.quote], ['ratio', 2, '倍', '翻番']);
    assert.equal(formatMetric(doubled, 'zh-CN'), '翻番');
    assert.equal(formatMetric(doubled, 'en'), '2×');
    assert.equal(doubled.honor, 'nongye.investment.doubling-of-agricultural-fixed-investment-position');
  });

  it('恳谈会45期 are 45 sessions in English, not issues', () => {
    assert.equal(formatMetric(metric('gongshanglian.new-productivity.dialogue-meetings-held'), 'en'), '45 sessions');
  });

  it('各区县均完成1个 is labelled as one site in each district', () => {
    const site = metric('jianshe.waste-sorting.spoil-disposal-sites-upgraded-per-district');
    assert.match(site.label, /每个区县/);
    assert.match(site.labelEn!, /each district/);
  });

  it('行政村达到95%以上 is a share, as the same construction is elsewhere', () => {
    assert.equal(metric('nongye.rural-reform.share-of-villages-with-800k-yuan-income').kind, 'share');
  });

  it('智行天下 is not “Smart Travel” in the English title', () => {
    const title = initiative('kexie.zhixing').titleEn!;
    assert.doesNotMatch(title, /Smart Travel/);
    assert.match(title, /Wisdom/);
  });
});

describe('schema versions', () => {
  it('the 1.0 dataset as first published still validates under 1.1', () => {
    const old = parseReport(readFileSync(new URL('../fixtures/huzhou-2024-v1.0.json', import.meta.url), 'utf8'));
    assert.equal(old.ok, true, old.ok ? '' : old.problems.map((p) => p.message).join('\n'));
    if (old.ok) assert.equal(old.value.schemaVersion, '1.0');
  });

  it('the current dataset is 1.1', () => {
    assert.equal(report().schemaVersion, '1.1');
  });
});
