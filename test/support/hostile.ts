import type { ReportInput } from '../../packages/schema/src/index.js';

/**
 * The hardening corpus, shared by the browser tests (test/browser/hostile-report.test.ts) and the
 * server renderer's (test/ssr): invented strings (示例数据, not a real report) that would run
 * script or inject markup if any of them reached the page as HTML: put into every text field of
 * a report, and into attribute values.
 */
export const payloads = [
  '<img src=x onerror="window.__hzPwned=1">',
  '<script>window.__hzPwned=1</script>',
  '"><svg onload="window.__hzPwned=1">',
  "'><iframe src=javascript:window.__hzPwned=1>",
  '<a href="javascript:window.__hzPwned=1">x</a>',
  '${window.__hzPwned=1}',
  '{{constructor.constructor("window.__hzPwned=1")()}}',
  '<style>*{display:none}</style>',
  '\u202E<b>rtl</b>',
];

/** A valid report with `payload` in every text field (and its one figure quoted after it). */
export function hostileReport(payload: string): ReportInput {
  const text = `${payload}共有12个`;
  const start = text.indexOf('12个');
  return {
    schemaVersion: '1.0',
    id: 'hostile',
    title: payload,
    titleEn: payload,
    region: { name: payload, nameEn: payload },
    year: 2024,
    period: payload,
    source: { title: payload, publisher: payload },
    groups: [{ id: 'g', name: payload, nameEn: payload }],
    departments: [
      {
        id: 'd',
        name: payload,
        fullName: payload,
        nameEn: payload,
        group: 'g',
        initiatives: [
          {
            id: 'd.i',
            title: payload,
            titleEn: payload,
            text,
            metrics: [{ id: 'd.i.m', label: payload, labelEn: payload, kind: 'count', value: 12, unit: payload, printed: '12个', polarity: 'higher-is-better', quote: '12个', start, end: start + 3, note: payload }],
            honors: [],
          },
        ],
      },
    ],
  };
}
