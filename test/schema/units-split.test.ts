import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseFigures, englishFigures, englishUnitNames, unitInfo, unitKinds, units } from '@hz-viz/schema';

// The unit table is two modules (decision 0019): what a unit means, which reading and Chinese
// need, and its English name, which only English needs. They must name the same units.
describe('unit kinds and English unit names', () => {
  it('name the same units', () => {
    assert.deepEqual(Object.keys(englishUnitNames).sort(), Object.keys(unitKinds).sort());
  });
  it('hold the 68 units with their kinds, currencies and tight units', () => {
    assert.equal(Object.keys(unitKinds).length, 68);
    assert.deepEqual(unitKinds['美元'], { kind: 'money', currency: 'USD' });
    assert.deepEqual(unitKinds['倍'], { kind: 'ratio', tight: true });
    assert.deepEqual(unitKinds['平方公里'], { kind: 'measure' });
    assert.deepEqual(unitKinds['个工作日'], { kind: 'duration' });
    assert.deepEqual(unitKinds['个百分点'], { kind: 'change' });
    assert.deepEqual(unitKinds['套（间）'], { kind: 'count' });
  });
  it('merge into the unit table as before', () => {
    assert.deepEqual(unitInfo('%'), { kind: 'percent', en: '%', enSuffix: true });
    assert.deepEqual(unitInfo('元'), { kind: 'money', currency: 'CNY', en: 'yuan' });
    assert.deepEqual(unitInfo('人次'), { kind: 'count', en: 'person-time', enPlural: 'person-times' });
    assert.deepEqual(unitInfo('光年'), { kind: 'count', en: '光年' });
    assert.equal(Object.keys(units).length, Object.keys(unitKinds).length);
  });
  it('each locale object says its locale', () => {
    assert.equal(chineseFigures.locale, 'zh-CN');
    assert.equal(englishFigures.locale, 'en');
  });
});
