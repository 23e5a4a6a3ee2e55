import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRank, scanRanks } from '../../packages/schema/src/index.js';

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
    ['全省九连冠', { kind: 'streak', streak: 9, scope: 'province' }],
    ['连续三年蝉联', { kind: 'streak', streak: 3, streakUnit: '年' }],
    ['连续十个季度排名全国中等城市第一', { kind: 'streak', streak: 10, streakUnit: '季度', scope: 'group', scopeText: '全国中等城市', position: 1 }],
    ['领跑全省', { kind: 'top', scope: 'province' }],
    ['全省最多', { kind: 'top', scope: 'province' }],
    ['全国十大', { kind: 'top', scope: 'nation', topN: 10 }],
    ['获评全国首个', { kind: 'first' }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const rank = parseRank(text);
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
    assert.deepEqual(scanRanks(text).map((r) => r.quote), ['连续十个季度排名全国中等城市第一', '全省唯一']);
  });
  it('skips editions but keeps the places around them', () => {
    assert.deepEqual(scanRanks('在第十四届全国美展中，重点站获评数量位居全省第二').map((r) => r.quote), ['位居全省第二']);
  });
});
