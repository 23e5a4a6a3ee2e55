import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRank, scanRanks } from '../../packages/schema/src/index.js';

/** A dataset's peer group, as the Huzhou config names it. */
const lexicon = { scopes: { 全国中等城市: 'group' as const }, scopesEn: { 全国中等城市: "China's medium-sized cities" } };

describe('parseRank reads an honor from its words', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['居全省第1', { kind: 'position', scope: 'province', scopeText: '全省', position: 1 }],
    ['位居全省第二', { kind: 'position', scope: 'province', position: 2 }],
    ['全省第三', { kind: 'position', position: 3 }],
    ['全省首位', { kind: 'position', position: 1 }],
    ['全国首个', { kind: 'first', scope: 'nation', position: 1 }],
    ['全国首批', { kind: 'first', scope: 'nation' }],
    ['全国首单', { kind: 'first' }],
    ['在全省率先', { kind: 'first', scope: 'province' }],
    ['率先在全国', { kind: 'first', scope: 'nation' }],
    ['全省唯一', { kind: 'only', scope: 'province' }],
    ['八连增', { kind: 'streak', streak: 8, streakUnit: '连增' }],
    ['全省九连冠', { kind: 'streak', streak: 9, scope: 'province', position: 1 }],
    ['连续8个月全省第一', { kind: 'streak', streak: 8, streakUnit: '月', scope: 'province', position: 1 }],
    ['连续3年居全省首位', { kind: 'streak', streak: 3, streakUnit: '年', scope: 'province', position: 1 }],
    ['连续5年入选全国百强', { kind: 'streak', streak: 5, scope: 'nation', topN: 100 }],
    ['连续3个季度保持全省第一', { kind: 'streak', streak: 3, streakUnit: '季度', position: 1 }],
    ['创历史新高', { kind: 'record' }],
    ['创我市历史最佳', { kind: 'record', scope: undefined }],
    ['全国前十', { kind: 'top', scope: 'nation', topN: 10 }],
    ['连续三年蝉联', { kind: 'streak', streak: 3, streakUnit: '年' }],
    ['连续十个季度排名全国中等城市第一', { kind: 'streak', streak: 10, streakUnit: '季度', scope: 'group', scopeText: '全国中等城市', scopeTextEn: "China's medium-sized cities", position: 1 }],
    ['领跑全省', { kind: 'top', scope: 'province' }],
    ['全省最多', { kind: 'top', scope: 'province' }],
    ['全国十大', { kind: 'top', scope: 'nation', topN: 10 }],
    ['获评全国首个', { kind: 'first' }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const rank = parseRank(text, { lexicon });
      assert.ok(rank, `${text} should parse`);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(rank[key as keyof typeof rank], value, `${text}: ${key}`);
    });
  }
  for (const text of ['第三届', '第二批', '第3轮', '第一等次', '', '优秀', '全省']) {
    it(`does not read ${JSON.stringify(text)} as an honor`, () => assert.equal(parseRank(text), undefined));
  }
});

describe('scanRanks', () => {
  it('prefers the longest honor at a place', () => {
    const text = '在住建部评估中连续十个季度排名全国中等城市第一，全省唯一获评';
    assert.deepEqual(scanRanks(text, { lexicon }).map((r) => r.quote), ['连续十个季度排名全国中等城市第一', '全省唯一']);
    // Without a lexicon the peer group is still read from its place before 第一; only its English is missing.
    const [generic] = scanRanks(text);
    assert.deepEqual([generic?.quote, generic?.scope, generic?.scopeText, generic?.scopeTextEn], ['连续十个季度排名全国中等城市第一', 'group', '全国中等城市', undefined]);
    assert.deepEqual(scanRanks('居全省同类县市第2').map((r) => [r.scope, r.scopeText, r.position]), [['group', '全省同类县市', 2]]);
    assert.deepEqual(scanRanks('居全省第2，全国首批').map((r) => [r.scope, r.scopeText]), [['province', '全省'], ['nation', '全国']]);
  });
  it('skips editions but keeps the places around them', () => {
    assert.deepEqual(scanRanks('在第十四届全国美展中，重点站获评数量位居全省第二').map((r) => r.quote), ['位居全省第二']);
  });
});
