import type { Locale, Problem } from '@hz-viz/schema';
import { requestUpdateAll } from './lang.js';

/**
 * A problem said in the page's language. @hz-viz/schema words its problems in English, one fixed
 * sentence shape each (problems.ts, cross-checks.ts, json-syntax.ts, the figure and honor readers),
 * as zod does; like a zod error map, this turns each shape into Chinese for a zh page, keeping the
 * path and the quoted values as they are. `problems` and `hz-error` keep the original messages, the
 * stable text for logs and tests; only what the page shows is translated.
 *
 * The shapes any element can meet at first paint (an attribute, a property, a JSON attribute) are
 * here; the shapes only a report's full validation or its loading produces (cross-checks, quotes,
 * HTTP) are in problem-text-report.ts, a lazy chunk that <hz-report> loads before it shows them.
 */
export function problemText(p: Problem, locale: Locale): string {
  if (locale === 'en') return p.message;
  if (!reportRules) void loadReportProblemWording();
  const detail = zhDetail(p.detail);
  return p.path ? `${p.path}：${detail}` : detail;
}

export type Rules = readonly (readonly [RegExp, (m: RegExpExecArray) => string])[];

let reportRules: Rules | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the Chinese wording of the report's own problems; every element renders again when it
 * arrives. Never rejects: without it (a self-hosted drop-in without its lazy/ folder) those
 * problems stay in English, which still says what and where.
 */
export function loadReportProblemWording(): Promise<void> {
  loading ??= import('./problem-text-report.js').then(
    (module) => {
      reportRules = module.reportRules;
      requestUpdateAll();
    },
    (error: unknown) => console.warn(`hz-viz: the Chinese wording of report problems did not load, so they are shown in English (${error instanceof Error ? error.message : String(error)})`),
  );
  return loading;
}

/** describeValue's words for what was received (problems.ts). */
function value(text: string): string {
  if (text === 'nothing') return '空';
  if (text === 'an object') return '一个对象';
  const array = /^an array of (\d+)$/.exec(text);
  if (array) return `含 ${array[1]} 项的数组`;
  const other = /^an? (\w+)$/.exec(text);
  return other ? `一个 ${other[1]} 值` : text;
}

const types: Readonly<Record<string, string>> = {
  'a number': '数字',
  'a finite number': '有限数字',
  'an integer': '整数',
  text: '文本',
  'non-empty text': '非空文本',
  'an object': '对象',
  'an array': '数组',
  'true or false': 'true 或 false',
  'a number such as 7.3 or 4.51万': '数字（如 7.3 或 4.51万）',
  'a positive whole number': '正整数',
  'a positive number': '正数',
  'a number of characters': '字数',
  'a JSON array': 'JSON 数组',
  'an array of metrics': '指标数组',
  'an object with label, value and unit': '含 label、value 和 unit 的对象',
  'a slug id such as "jiaotong.port" (lower-case letters, digits, "-" and ".")': 'slug 形式的 id，如 "jiaotong.port"（小写字母、数字、"-" 和 "."）',
  'an honor such as 居全省第1, 全国首个 or 九连冠': '荣誉文字，如 居全省第1、全国首个 或 九连冠',
  'an array of node ids such as ["economy", "jingxin"]': '节点 id 数组，如 ["economy", "jingxin"]',
  'an object with a name': '含 name 的对象',
  'a non-negative number': '非负数',
};
const type = (text: string) => types[text] ?? text;
/** `"a", "b", "c"` or `a, b or c` as a Chinese list, each value quoted: they are what to type. */
export const list = (text: string) =>
  text
    .split(/, (?:or )?| or /)
    .map((item) => (/^".*"$/.test(item) ? item : `"${item}"`))
    .join('、');

/** json-syntax.ts's reasons. */
function jsonReason(reason: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^unexpected (.+) after the end of the JSON value$/, (m) => `JSON 值结束后还有 ${m[1]}`],
    [/^unexpected (.+)$/, (m) => `意外的 ${m[1]}`],
    [/^expected a property name in double quotes, found (.+)$/, (m) => `应为双引号中的属性名，实际为 ${m[1]}`],
    [/^expected ":" after a property name, found (.+)$/, (m) => `属性名后应为 ":"，实际为 ${m[1]}`],
    [/^expected "," or "}" in an object, found (.+)$/, (m) => `对象中应为 "," 或 "}"，实际为 ${m[1]}`],
    [/^expected "," or "]" in an array, found (.+)$/, (m) => `数组中应为 "," 或 "]"，实际为 ${m[1]}`],
    [/^expected a value, found (.+)$/, (m) => `应为一个值，实际为 ${m[1]}`],
    [/^unterminated string$/, () => '字符串没有结束'],
    [/^unescaped control character in a string$/, () => '字符串中有未转义的控制字符'],
    [/^bad \\u escape in a string$/, () => '字符串中的 \\u 转义有误'],
    [/^bad escape in a string$/, () => '字符串中的转义有误'],
    [/^nested too deeply \(over 1,000 levels\)$/, () => '嵌套过深（超过 1,000 层）'],
  ];
  for (const [pattern, say] of rules) {
    const m = pattern.exec(reason);
    if (m) return say(m).replace('the end of the text', '文本结尾');
  }
  return reason;
}

/** The lazy parts an element names when one could not load (LazyPart's failure problems). */
const lazyParts: Readonly<Record<string, string>> = {
  'rank badge': '排名徽章',
  'figure validator': '数据校验模块',
  'report link': '报告连接模块',
  'Chinese numeral reader': '中文数字读取模块',
};

const rules: Rules = [
  [/^required: expected one of (.+), but it is missing$/, (m) => `必填：应为 ${list(m[1]!)} 之一，但缺失`],
  [/^required: expected (.+), but it is missing$/, (m) => `必填：应为${type(m[1]!)}，但缺失`],
  [/^expected one of (.+), received (.+)$/, (m) => `应为 ${list(m[1]!)} 之一，实际为 ${value(m[2]!)}`],
  [/^expected (0, 1, 2 or 3|1, 2, 3 or 4), received (.+)$/, (m) => `应为 ${m[1]!.replace(/, | or /g, '、')} 之一，实际为 ${value(m[2]!)}`],
  [/^expected (.+?), received (.+)$/, (m) => `应为${type(m[1]!)}，实际为 ${value(m[2]!)}`],
  [/^nested deeper than 64 levels \(is the tree cyclic\?\)$/, () => '嵌套超过 64 层（树中是否有循环？）'],
  [/^unknown fields? (.+)$/, (m) => `未知字段 ${list(m[1]!)}`],
  [/^does not match any allowed shape, received (.+)$/, (m) => `不符合任何允许的结构，实际为 ${value(m[1]!)}`],
  [/^invalid JSON at line (\d+), column (\d+): (.+)$/, (m) => `JSON 格式有误（第 ${m[1]} 行第 ${m[2]} 列）：${jsonReason(m[3]!)}`],
  [/^invalid JSON: (.+)$/, (m) => `JSON 格式有误：${m[1]}`],
  [/^Too small: expected (\w+) to (?:be|have) (>=?)(\d+)(?: \w+)?(?:, received (.+))?$/, (m) => `过小：应 ${m[2]} ${m[3]}${m[4] ? `，实际为 ${value(m[4])}` : ''}`],
  [/^Too big: expected (\w+) to (?:be|have) (<=?)(\d+)(?: \w+)?(?:, received (.+))?$/, (m) => `过大：应 ${m[2]} ${m[3]}${m[4] ? `，实际为 ${value(m[4])}` : ''}`],
  [/^… and (\d+) more problems?$/, (m) => `……另有 ${m[1]} 个问题`],
  [/^Invalid input(?:, received (.+))?$/, (m) => `超出允许的范围${m[1] ? `，实际为 ${value(m[1])}` : ''}`],
  // The elements' own attribute checks (their attribute and value stay as written).
  [/^expected a report: set \.report or \.data, or place the treemap inside <hz-report>$/, () => '需要报告：请设置 .report 或 .data，或把树状图放在 <hz-report> 内'],
  [/^expected a tree of \{ name, value, children \}; a report goes to \.report or a surrounding <hz-report>$/, () => '应为 { name, value, children } 形式的树；报告请交给 .report 或外层的 <hz-report>'],
  [/^expected a report from parseReport, received (.+)$/, (m) => `应为 parseReport 解析出的报告，实际为 ${value(m[1]!)}`],
  [/^"(.+)" is not a child of "(.+)"$/, (m) => `"${m[1]}" 不是 "${m[2]}" 的下级`],
  [/^(.+) differs from (.+) of the first item; a bar list compares figures in one unit$/, (m) => `单位 ${m[1]} 与第一项的 ${m[2]} 不同；条形列表只比较同一单位的数据`],
  [/^expected metric ids, department or kind \(with a report\), or items \(JSON\)$/, () => '应给出指标 id、department 或 kind（需在报告内），或 items（JSON）'],
  [/^required for a (\w+) figure: the end of the scale, e\.g\. (max=".+")$/, (m) => `"${m[1]}" 类数据必填：刻度的终点，例如 ${m[2]}`],
  [/^required: an initiative id inside <hz-report>, or an initiative object$/, () => '必填：<hz-report> 内的举措 id，或一个举措对象'],
  // A lazily loaded part of the library that did not arrive (offline, a blocked file).
  [/^could not load the (rank badge|figure validator|report link|Chinese numeral reader): (.*)$/, (m) => `无法加载${lazyParts[m[1]!]}：${m[2]}`],
  // Last: the bare shapes the specific ones above refine.
  [/^required: expected (.+)$/, (m) => `必填：应为${type(m[1]!)}`],
  [/^expected (.+)$/, (m) => (types[m[1]!] ? `应为${types[m[1]!]}` : m[0])],
];

function zhDetail(detail: string): string {
  // The report's rules first: they are the specific ones; the bare shapes close the list.
  for (const [pattern, say] of [...(reportRules ?? []), ...rules]) {
    const m = pattern.exec(detail);
    if (m) return say(m);
  }
  return detail;
}
