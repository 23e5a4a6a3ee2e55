import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { FigureMatch, MetricInput, QualifierWord, ReportInput } from '../../packages/schema/src/index.js';
import { formatMetric, normalizeReport, parseFigure, parseReport, qualifierWords, scaleDecimal, scanFigures, scanRanks, unitInfo } from '../../packages/schema/src/index.js';

const settings = { seed: 20241231, numRuns: 300 };
/** Each run of the report property parses two reports: fewer runs keep it fast. */
const reportSettings = { seed: 20241231, numRuns: 100 };

/** Units a report prints, each a complete unit word (年 is left out: 近5年 is a span, not a figure). */
const knownUnits = ['', '人次', '人', '家', '个', '元', '美元', '吨', '平方米', '亩', '%', '‰', '项', '场次', '公里', '千瓦时', '件', '倍', '标箱'] as const;

/** A decimal as printed: an integer, or one with one or two decimal places. */
const decimalText = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 9 })).map(([i, f]) => `${i}.${f}`),
  fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`),
);

describe('formatMetric then parseFigure gives back the figure', () => {
  it('value, unit and qualifier survive the round trip', () => {
    const figure = fc.record({
      number: decimalText,
      magnitude: fc.constantFrom(undefined, '万' as const, '亿' as const),
      unit: fc.constantFrom(...knownUnits),
      qualifier: fc.constantFrom<QualifierWord | undefined>(undefined, ...qualifierWords),
    });
    fc.assert(
      fc.property(figure, ({ number, magnitude, unit, qualifier }) => {
        const value = scaleDecimal(number, magnitude === '万' ? 4 : magnitude === '亿' ? 8 : 0);
        const printed = formatMetric({ kind: unitInfo(unit).kind, value, unit, ...(qualifier && { qualifier }) }, 'zh-CN');
        const parsed = parseFigure(printed);
        assert.ok(parsed, `${printed} should parse`);
        assert.equal(parsed.value, value, printed);
        assert.equal(parsed.unit, unit, printed);
        assert.equal(parsed.qualifier, qualifier, printed);
        assert.equal(parsed.kind, unitInfo(unit).kind, printed);
        assert.equal(parsed.currency, unitInfo(unit).currency, printed);
      }),
      settings,
    );
  });
});

/** Figures as the reports print them, each read on its own. */
const figureTexts = [
  '4.51万人次', '2600多人次', '3600余人次', '超3500亿元', '增长2.6%', '下降1.47%', '完成率190%', '占比达36.7%', '3-5个',
  '1.48亿吨', '提高2.5个百分点', '+2.6%', '三家', '55.5‰', '12月26日', '翻两番', '3倍', '95%以上', '1000人左右',
  '近300家', '约2000人', '减少3.2%', '1691万美元', '比重90%以上', '15分钟', '两次', '缩短4.6个工作日',
] as const;
/** Words between figures that hold no numeral, no cue and no honor. */
const fillers = ['开展培训', '服务企业', '建成项目', '受理案件', '发放资金', '引进人才', '新建道路', '其中'] as const;
const rankTexts = ['居全省第1', '全国首个', '八连增', '连续三年蝉联', '全省唯一', '领跑全省', '创历史新高', '位居全国首位', '全国十大', '在全省率先'] as const;

const scanOptions = { year: 2024 };

function paragraph(parts: readonly (readonly [string, string])[]): string {
  return `${parts.map(([filler, item]) => `${filler}${item}`).join('，')}。`;
}

describe('scanning a paragraph', () => {
  it('every figure sits at its offsets, ends with its printed text, and each inserted figure is found as it reads alone', () => {
    const parts = fc.array(fc.tuple(fc.constantFrom(...fillers), fc.constantFrom(...figureTexts)), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(parts, (chosen) => {
        const text = paragraph(chosen);
        const figures = scanFigures(text, scanOptions);
        for (const figure of figures) {
          assert.equal(text.slice(figure.start, figure.end), figure.quote, text);
          assert.ok(figure.quote.endsWith(figure.printed), `${figure.quote} ends with ${figure.printed}`);
          assert.ok(figure.start < figure.end);
        }
        const alone = chosen.map(([, item]) => parseFigure(item, scanOptions)!);
        const strip = ({ start: _s, end: _e, ...rest }: FigureMatch) => rest;
        assert.deepEqual(figures.map(strip), alone.map(strip), text);
        // In text order, without overlaps.
        for (let i = 1; i < figures.length; i++) assert.ok(figures[i - 1]!.end <= figures[i]!.start, text);
      }),
      settings,
    );
  });

  it('every honor sits at its offsets, and each inserted honor is found as it reads alone', () => {
    const parts = fc.array(fc.tuple(fc.constantFrom(...fillers), fc.constantFrom(...rankTexts)), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(parts, (chosen) => {
        const text = paragraph(chosen);
        const ranks = scanRanks(text);
        for (const rank of ranks) {
          assert.equal(text.slice(rank.start, rank.end), rank.quote, text);
          assert.ok(rank.quote.endsWith(rank.printed));
        }
        assert.deepEqual(
          ranks.map((r) => r.quote),
          chosen.map(([, item]) => item),
          text,
        );
        for (let i = 1; i < ranks.length; i++) assert.ok(ranks[i - 1]!.end <= ranks[i]!.start, text);
      }),
      settings,
    );
  });

  it('in a paragraph of figures, honors and fillers mixed, every match sits at its offsets', () => {
    const items = [...figureTexts, ...rankTexts, ...fillers, '2024年', '第三届', '1-11月', '5G', '35年来'];
    const parts = fc.array(fc.tuple(fc.constantFrom(...fillers), fc.constantFrom(...items)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(parts, fc.constantFrom('，', '', '、', '；'), (chosen, separator) => {
        const text = chosen.map(([filler, item]) => `${filler}${item}`).join(separator);
        for (const figure of scanFigures(text, scanOptions)) {
          assert.equal(text.slice(figure.start, figure.end), figure.quote, text);
          assert.ok(figure.quote.endsWith(figure.printed), `${text}: ${figure.quote} / ${figure.printed}`);
          assert.ok(Number.isFinite(figure.value), text);
        }
        for (const rank of scanRanks(text)) {
          assert.equal(text.slice(rank.start, rank.end), rank.quote, text);
          assert.ok(rank.quote.endsWith(rank.printed));
        }
      }),
      settings,
    );
  });
});

describe('the Chinese output of a figure with printed text is its printed text', () => {
  const prefixes = ['', '增长', '下降', '提高', '减少', '超', '近', '约', '+', '－', '完成率', '占比达'] as const;
  const suffixQualifiers = ['', '多', '余'] as const;
  const boundAfter = ['', '以上', '左右'] as const;

  it('formatMetric(zh-CN) = change word or sign + printed', () => {
    const generated = fc.record({
      prefix: fc.constantFrom(...prefixes),
      number: decimalText,
      magnitude: fc.constantFrom('', '万', '亿'),
      qualifier: fc.constantFrom(...suffixQualifiers),
      unit: fc.constantFrom(...knownUnits),
      bound: fc.constantFrom(...boundAfter),
    });
    fc.assert(
      fc.property(generated, ({ prefix, number, magnitude, qualifier, unit, bound }) => {
        // One qualifier at a time, as the reports print them.
        fc.pre([prefix === '超' || prefix === '近' || prefix === '约', qualifier !== '', bound !== ''].filter(Boolean).length <= 1);
        const text = `${prefix}${number}${magnitude}${qualifier}${unit}${bound}`;
        const figure = parseFigure(text);
        assert.ok(figure, `${text} should parse`);
        assert.ok(figure.printed, text);
        const sign = figure.kind === 'change' && !figure.changeWord ? (figure.value > 0 ? '+' : figure.value < 0 ? '−' : '') : '';
        assert.equal(formatMetric(figure, 'zh-CN'), `${figure.changeWord ?? sign}${figure.printed}`, text);
      }),
      settings,
    );
  });

  it('holds for every figure a paragraph yields', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...figureTexts), { minLength: 1, maxLength: 6 }), (chosen) => {
        const text = chosen.join('，');
        for (const figure of scanFigures(text, scanOptions)) {
          const sign = figure.kind === 'change' && !figure.changeWord ? (figure.value > 0 ? '+' : figure.value < 0 ? '−' : '') : '';
          assert.equal(formatMetric(figure, 'zh-CN'), `${figure.changeWord ?? sign}${figure.printed}`, figure.quote);
        }
      }),
      settings,
    );
  });
});

/** A metric as a hand-made report gives it, with the quote it was printed as. */
const metricInput = fc.record({
  label: fc.constantFrom('完成投资', '新增企业', '培训人次', '能耗'),
  value: fc.integer({ min: 0, max: 1_000_000 }),
  unit: fc.constantFrom(undefined, '', '元', '美元', '家', '人次', '%', '吨'),
  quoted: fc.boolean(),
  polarity: fc.constantFrom(undefined, 'higher-is-better' as const, 'lower-is-better' as const, 'neutral' as const),
});
const honorInput = fc.record({
  printed: fc.constantFrom(...rankTexts),
  quoted: fc.boolean(),
  kind: fc.constantFrom(undefined, 'top' as const),
});
const initiativeInput = fc.record({
  title: fc.constantFrom('扩大投资', '科技创新', '民生实事'),
  withId: fc.boolean(),
  metrics: fc.array(metricInput, { maxLength: 2 }),
  honors: fc.array(honorInput, { maxLength: 2 }),
});
const reportInput = fc.record({
  schemaVersion: fc.constantFrom(undefined, '1.0' as const, '1.1' as const),
  grouped: fc.boolean(),
  terms: fc.constantFrom(undefined, { department: { zh: '区县' } }, { group: { zh: '板块', en: 'sector' } }),
  departments: fc.array(
    fc.record({ name: fc.constantFrom('市经信局', '东湖区', '市交通局'), initiatives: fc.array(initiativeInput, { maxLength: 2 }) }),
    { maxLength: 2 },
  ),
});

function buildReport(generated: typeof reportInput extends fc.Arbitrary<infer T> ? T : never): ReportInput {
  return {
    ...(generated.schemaVersion && { schemaVersion: generated.schemaVersion }),
    title: '示例',
    year: 2024,
    ...(generated.terms && { terms: generated.terms }),
    ...(generated.grouped && { groups: [{ id: 'economy', name: '经济' }, { id: 'people', name: '民生' }] }),
    departments: generated.departments.map((department, d) => ({
      name: department.name,
      ...(generated.grouped && { group: d % 2 === 0 ? 'economy' : 'people' }),
      initiatives: department.initiatives.map((initiative, i) => {
        const metrics: MetricInput[] = initiative.metrics.map((m) => {
          const printed = `${m.value}${m.unit ?? ''}`;
          return {
            label: m.label,
            value: m.value,
            ...(m.unit !== undefined && { unit: m.unit }),
            ...(m.polarity && { polarity: m.polarity }),
            ...(m.quoted && { quote: printed }),
          };
        });
        const honors = initiative.honors.map((h) => ({
          label: '荣誉',
          printed: h.printed,
          ...(h.kind && { kind: h.kind }),
          ...(h.quoted && { quote: h.printed }),
        }));
        const text = [...initiative.metrics.map((m) => `${m.value}${m.unit ?? ''}`), ...initiative.honors.map((h) => h.printed)].join('，');
        return {
          ...(initiative.withId && { id: `init-${d}-${i}` }),
          title: initiative.title,
          ...(text && { text }),
          ...(metrics.length > 0 && { metrics }),
          ...(honors.length > 0 && { honors }),
        };
      }),
    })),
  };
}

describe('normalizeReport', () => {
  it('gives a valid report, the one parseReport returns, and normalizing it again changes nothing', () => {
    fc.assert(
      fc.property(reportInput, (generated) => {
        const input = buildReport(generated);
        const normalized = normalizeReport(input);
        const parsed = parseReport(input);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n'));
        assert.deepEqual(parsed.value, normalized);
        const again = parseReport(normalized);
        assert.ok(again.ok, again.ok ? '' : again.problems.map((p) => p.message).join('\n'));
        assert.deepEqual(again.value, normalized);
        assert.deepEqual(normalizeReport(normalized as ReportInput), normalized);
        // Every quote sits at its offsets, every id is unique.
        const ids = new Set<string>([...normalized.groups.map((g) => g.id)]);
        let count = ids.size;
        for (const department of normalized.departments) {
          ids.add(department.id);
          count++;
          for (const initiative of department.initiatives) {
            ids.add(initiative.id);
            count++;
            for (const item of [...initiative.metrics, ...initiative.honors]) {
              ids.add(item.id);
              count++;
              if (item.quote !== undefined) assert.equal(initiative.text?.slice(item.start, item.end), item.quote);
            }
            for (const honor of initiative.honors) assert.ok(honor.kind);
          }
        }
        assert.equal(ids.size, count);
      }),
      reportSettings,
    );
  });
});
