import type { Locale, Problem } from '@hz-viz/schema';

/**
 * A problem said in the page's language. @hz-viz/schema words its problems in English, one fixed
 * sentence shape each (problems.ts, cross-checks.ts, json-syntax.ts, the figure and honor readers),
 * as zod does; like a zod error map, this turns each shape into Chinese for a zh page, keeping the
 * path and the quoted values as they are. `problems` and `hz-error` keep the original messages, the
 * stable text for logs and tests; only what the page shows is translated.
 */
export function problemText(p: Problem, locale: Locale): string {
  if (locale === 'en') return p.message;
  const detail = zhDetail(p.detail);
  return p.path ? `${p.path}：${detail}` : detail;
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
const list = (text: string) =>
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

/** Where a misplaced quote actually is (cross-checks.ts `whereItIs`). */
function where(suffix: string | undefined): string {
  if (!suffix) return '';
  const at = /^; the quote is at (\d+)–(\d+) \(hz-viz-validate --fix corrects it\)$/.exec(suffix);
  if (at) return `；引文实际在第 ${at[1]}–${at[2]} 位（hz-viz-validate --fix 可自动更正）`;
  return suffix === '; the quote does not occur in the text' ? '；原文中没有这段引文' : suffix;
}

/** The two endings cross-checks.ts gives a misplaced quote, matched exactly: the quoted text before may hold "; ". */
const whereSuffix = '(; the quote is at \\d+–\\d+ \\(hz-viz-validate --fix corrects it\\)|; the quote does not occur in the text)?';

const rules: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^required: expected one of (.+), but it is missing$/, (m) => `必填：应为 ${list(m[1]!)} 之一，但缺失`],
  [/^required: expected (.+), but it is missing$/, (m) => `必填：应为${type(m[1]!)}，但缺失`],
  [/^expected one of (.+), received (.+)$/, (m) => `应为 ${list(m[1]!)} 之一，实际为 ${value(m[2]!)}`],
  [/^expected (0, 1, 2 or 3|1, 2, 3 or 4), received (.+)$/, (m) => `应为 ${m[1]!.replace(/, | or /g, '、')} 之一，实际为 ${value(m[2]!)}`],
  [/^expected (.+?), received (.+)$/, (m) => `应为${type(m[1]!)}，实际为 ${value(m[2]!)}`],
  [/^nested deeper than 64 levels \(is the tree cyclic\?\)$/, () => '嵌套超过 64 层（树中是否有循环？）'],
  [/^unknown fields? (.+)$/, (m) => `未知字段 ${list(m[1]!)}`],
  [/^does not match any allowed shape, received (.+)$/, (m) => `不符合任何允许的结构，实际为 ${value(m[1]!)}`],
  [/^duplicate id (.+), first used at (.+)$/, (m) => `id ${m[1]} 重复，首次出现在 ${m[2]}`],
  [/^duplicate id (.+)$/, (m) => `id ${m[1]} 重复`],
  [/^unknown group (.+); report\.groups has none$/, (m) => `未知分组 ${m[1]}；report.groups 为空`],
  [/^unknown group (.+); report\.groups has (.+)$/, (m) => `未知分组 ${m[1]}；report.groups 中有 ${list(m[2]!)}`],
  [/^required when the report has groups: one of (.+)$/, (m) => `报告有分组时必填：应为 ${list(m[1]!)} 之一`],
  [/^unknown honor (.+)$/, (m) => `未知荣誉 ${m[1]}`],
  [/^required for a money figure: "CNY" or "USD"$/, () => '金额数据必填："CNY" 或 "USD"'],
  [/^a range must end above its start \((.+)\), received (.+)$/, (m) => `区间终点须大于起点（${m[1]}），实际为 ${m[2]}`],
  [/^required for a "position" honor$/, () => '名次类荣誉（position）必填'],
  [/^required for a position: expected a positive whole number, but it is missing$/, () => '名次类荣誉必填：应为正整数，但缺失'],
  [/^(.+) does not occur in the initiative text$/, (m) => `${m[1]} 不在举措原文中`],
  [new RegExp(`^(.+) is not the text at (\\d+)–(\\d+), which reads (.+?)${whereSuffix}$`), (m) => `${m[1]} 不是第 ${m[2]}–${m[3]} 位的原文（那里是 ${m[4]}）${where(m[5])}`],
  [new RegExp(`^offsets (\\d+)–(\\d+) hold no text: end must be after start${whereSuffix}$`), (m) => `偏移 ${m[1]}–${m[2]} 之间没有文字：end 须大于 start${where(m[3])}`],
  [new RegExp(`^offsets (\\d+)–(\\d+) are outside the initiative text \\(length (\\d+)\\)${whereSuffix}$`), (m) => `偏移 ${m[1]}–${m[2]} 超出举措原文（长 ${m[3]} 字）${where(m[4])}`],
  [/^required with start and end: the text the offsets point at$/, () => '有 start 和 end 时必填：偏移所指的原文'],
  [/^required with the other offset; or leave both out to place the quote where it first occurs$/, () => '须与另一个偏移一起给出；或两者都不给，引文即放在首次出现处'],
  [/^(.+) needs the initiative's text to sit in, but the initiative has no text$/, (m) => `${m[1]} 须位于举措原文中，但该举措没有原文`],
  [/^required: (.+) is not an honor hz-viz can read; give kind, one of (.+)$/, (m) => `必填：${m[1]} 不是 hz-viz 能读出的荣誉；请给出 kind，为 ${list(m[2]!)} 之一`],
  [/^invalid JSON at line (\d+), column (\d+): (.+)$/, (m) => `JSON 格式有误（第 ${m[1]} 行第 ${m[2]} 列）：${jsonReason(m[3]!)}`],
  [/^invalid JSON: (.+)$/, (m) => `JSON 格式有误：${m[1]}`],
  [/^could not read the report: (.+)$/, (m) => `无法读取报告：${m[1]}`],
  [/^Too small: expected (\w+) to (?:be|have) (>=?)(\d+)(?: \w+)?(?:, received (.+))?$/, (m) => `过小：应 ${m[2]} ${m[3]}${m[4] ? `，实际为 ${value(m[4])}` : ''}`],
  [/^Too big: expected (\w+) to (?:be|have) (<=?)(\d+)(?: \w+)?(?:, received (.+))?$/, (m) => `过大：应 ${m[2]} ${m[3]}${m[4] ? `，实际为 ${value(m[4])}` : ''}`],
  // <hz-report>'s own (messages.ts, English).
  [/^no report: give <hz-report> src="report\.json" or \.report, or load the dataset (.+)$/, (m) => `没有报告：请给 <hz-report> 设置 src="报告.json" 或 .report，或加载数据集 ${m[1]}`],
  [/^could not load (.+): the server answered HTTP (\d+)$/, (m) => `无法获取 ${m[1]}：服务器返回 HTTP ${m[2]}`],
  [/^could not load (.+): a network error, or the browser blocked it \((.*)\)$/, (m) => `无法获取 ${m[1]}：网络错误或被浏览器拦截（${m[2]}）`],
  [/^could not load (.+): a page opened as a file \(file:\/\/\) cannot read a report; open it through a web server \(for example, run npx serve in its folder\)$/, (m) => `无法获取 ${m[1]}：直接打开的本地文件（file://）不能读取报告，请通过网站服务器打开页面（例如在页面所在目录运行 npx serve）`],
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
  // Last: the bare shapes the specific ones above refine.
  [/^required: expected (.+)$/, (m) => `必填：应为${type(m[1]!)}`],
  [/^expected (.+)$/, (m) => (types[m[1]!] ? `应为${types[m[1]!]}` : m[0])],
];

function zhDetail(detail: string): string {
  for (const [pattern, say] of rules) {
    const m = pattern.exec(detail);
    if (m) return say(m);
  }
  return detail;
}
