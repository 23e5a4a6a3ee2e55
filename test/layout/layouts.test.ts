import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Figure, Metric } from '../../packages/schema/src/index.js';
import { barListView, unitCaption } from '../../packages/hz-viz/src/elements/bar-list/bar-list-view.js';
import { loadLocale } from '../../packages/hz-viz/src/internal/english-part.js';
import { barListLayout } from '../../packages/hz-viz/src/layout/bar-list.js';
import { headlineMetrics } from '../../packages/hz-viz/src/layout/headlines.js';
import { meterLayout } from '../../packages/hz-viz/src/layout/meter.js';
import { niceCeil, unitScale } from '../../packages/hz-viz/src/layout/scale.js';
import { segmentText } from '../../packages/hz-viz/src/layout/segments.js';

const figure = (value: number, kind: Figure['kind'] = 'percent', unit = '%'): Figure => ({ label: 'x', kind, value, unit, polarity: 'higher-is-better' });

describe('unitScale and niceCeil', () => {
  it('maps and clamps onto [0, 1]', () => {
    const at = unitScale(-10, 10);
    assert.deepEqual([at(-10), at(0), at(10), at(20), at(-30)], [0, 0.5, 1, 1, 0]);
    assert.equal(unitScale(5, 5)(5), 0);
  });
  it('rounds up to 1, 2, 2.5, 5 × 10ⁿ', () => {
    assert.deepEqual([190, 2.6, 100, 0.3, 7].map(niceCeil), [200, 5, 100, 0.5, 10]);
  });
});

describe('meterLayout', () => {
  it('draws a completion rate past its 100% target', () => {
    const layout = meterLayout({ kind: 'completion', value: 190, unit: '%' })!;
    assert.deepEqual([layout.mode, layout.max, layout.marker, layout.to], ['completion', 200, 0.5, 0.95]);
  });
  it('diverges from a centred zero for a decline', () => {
    const layout = meterLayout({ kind: 'change', value: -1.47, unit: '%' })!;
    assert.equal(layout.marker, 0.5);
    assert.ok(layout.from < 0.5 && layout.to === 0.5);
  });
  it('puts shares on 0–100% and per-mille on 0–1000‰', () => {
    assert.ok(Math.abs(meterLayout({ kind: 'share', value: 36.7, unit: '%' })!.to - 0.367) < 1e-12);
    assert.equal(meterLayout({ kind: 'permille', value: 55.5, unit: '‰' })!.max, 1000);
  });
  it('widens the scale past a stated max, marks the max, and keeps ARIA values in range', () => {
    for (const input of [
      { kind: 'percent' as const, value: 190, unit: '%', max: 100 },
      { kind: 'share' as const, value: 150, unit: '%' },
      { kind: 'count' as const, value: 500, unit: '家', max: 300 },
    ]) {
      const layout = meterLayout(input)!;
      const limit = input.max ?? 100;
      assert.equal(layout.limit, limit, JSON.stringify(input));
      assert.ok(layout.value <= layout.max && layout.value >= layout.min, `${input.value} within ${layout.min}–${layout.max}`);
      assert.equal(layout.marker, limit / layout.max);
      assert.ok(layout.to > layout.marker! && layout.to <= 1);
    }
    assert.deepEqual(meterLayout({ kind: 'count', value: 500, unit: '家', max: 300 }), { mode: 'range', min: 0, max: 500, value: 500, from: 0, to: 1, marker: 0.6, limit: 300 });
    // Within the max nothing changes, and there is no limit line.
    assert.deepEqual(meterLayout({ kind: 'count', value: 61, unit: '家', max: 100 }), { mode: 'range', min: 0, max: 100, value: 61, from: 0, to: 0.61 });
    const change = meterLayout({ kind: 'change', value: -8, unit: '%', max: 5 })!;
    assert.deepEqual([change.min, change.max, change.limit, change.marker], [-10, 10, 5, 0.5]);
  });
  it('needs a max for counts', () => {
    assert.equal(meterLayout({ kind: 'count', value: 61, unit: '家' }), undefined);
    assert.equal(meterLayout({ kind: 'count', value: 61, unit: '家', max: 100 })!.to, 0.61);
  });
});

describe('barListLayout', () => {
  it('puts every row on one scale from zero', () => {
    const layout = barListLayout([{ figure: figure(50) }, { figure: figure(100) }], 'source');
    assert.deepEqual(layout.rows.map((r) => [r.from, r.to]), [[0, 0.5], [0, 1]]);
    assert.equal(layout.zeroAt, undefined);
  });
  it('centres on zero when signs differ', () => {
    const layout = barListLayout([{ figure: figure(-5, 'change') }, { figure: figure(15, 'change') }], 'source');
    assert.equal(layout.zeroAt, 0.25);
    assert.deepEqual(layout.rows.map((r) => [r.from, r.to]), [[0, 0.25], [0.25, 1]]);
  });
  it('adds the 100% target line to completion rates', () => {
    const layout = barListLayout([{ figure: figure(120, 'completion') }, { figure: figure(80, 'completion') }], 'source');
    assert.equal(layout.targetAt, 100 / 120);
  });
  it('sorts stably by value either way, remembering the source order', () => {
    const items = [3, 1, 3, 2].map((v, i) => ({ id: String(i), figure: figure(v) }));
    assert.deepEqual(barListLayout(items, 'value-desc').rows.map((r) => r.item.id), ['0', '2', '3', '1']);
    assert.deepEqual(barListLayout(items, 'value-asc').rows.map((r) => r.item.id), ['1', '3', '0', '2']);
    assert.deepEqual(barListLayout(items, 'source').rows.map((r) => r.sourceIndex), [0, 1, 2, 3]);
  });
  it('handles an empty list', () => assert.deepEqual(barListLayout([], 'source').rows, []));
});

describe('barListView', () => {
  it("gives each bar its place as CSS once, with left only where a bar does not start at the track's start", () => {
    const layout = barListLayout([{ figure: figure(-5, 'change') }, { figure: figure(15, 'change') }], 'source');
    const view = barListView([{ unit: '%', layout }], 'source', 'zh-CN', () => undefined);
    assert.deepEqual(view.rows.map((r) => r.barStyle), [{ width: '25.000%' }, { left: '25.000%', width: '75.000%' }]);
  });
});

describe('segmentText', () => {
  it('cuts text into plain and marked stretches that join back to the text', () => {
    const text = '培训2600多人次，惠及4.51万人次。';
    const spans = [{ start: 12, end: 19 }, { start: 2, end: 9 }];
    const segments = segmentText(text, spans);
    assert.deepEqual(segments.map((s) => [s.text, Boolean(s.mark)]), [['培训', false], ['2600多人次', true], ['，惠及', false], ['4.51万人次', true], ['。', false]]);
    assert.equal(segments.map((s) => s.text).join(''), text);
  });
  it('keeps the earlier of overlapping spans and ignores spans outside the text', () => {
    const segments = segmentText('abcdef', [{ start: 1, end: 4 }, { start: 2, end: 5 }, { start: 4, end: 99 }]);
    assert.deepEqual(segments.map((s) => s.text), ['a', 'bcd', 'ef']);
  });
});

describe('headlineMetrics', () => {
  const metric = (id: string, extra: Partial<Metric>): Metric => ({ id, label: id, kind: 'count', value: 1, unit: '个', polarity: 'higher-is-better', quote: '1个', start: 0, end: 2, ...extra });
  it('prefers honored figures, then rates and money, and keeps text order', () => {
    const picked = headlineMetrics(
      [metric('a', {}), metric('b', { kind: 'money', currency: 'CNY' }), metric('c', { honor: 'x.y' }), metric('d', { kind: 'completion' })],
      3,
    );
    assert.deepEqual(picked.map((m) => m.id), ['b', 'c', 'd']);
  });
  it('returns none for a count of 0', () => assert.deepEqual(headlineMetrics([metric('a', {})], 0), []));
});

describe('unitCaption', () => {
  // English is a lazy part (decision 0019): an element waits for it before it updates.
  before(() => loadLocale('en'));
  const figure = (unit: string, unitEn?: string) => ({ label: 'x', kind: 'count' as const, value: 1, unit, polarity: 'higher-is-better' as const, ...(unitEn && { unitEn }) });
  it('says the unit in the page language: the figure’s unitEn, the formatter’s plural, or the Chinese classifier English drops', () => {
    assert.equal(unitCaption(figure('辆'), 'zh-CN'), '辆');
    assert.equal(unitCaption(figure('辆'), 'en'), 'vehicles');
    assert.equal(unitCaption(figure('标箱', 'TEU'), 'en'), 'TEU');
    assert.equal(unitCaption(figure('条'), 'en'), '条');
  });
});
