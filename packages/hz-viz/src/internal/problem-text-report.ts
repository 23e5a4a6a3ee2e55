import type { Rules } from './problem-text.js';
import { list } from './problem-text.js';

/**
 * The Chinese wording of the problems only a report meets: the schema's cross-checks (ids,
 * groups, honors, quotes at their offsets) and <hz-report>'s own loading failures. A lazy chunk:
 * a page whose reports are valid never downloads it (see problem-text.ts).
 */

/** Where a misplaced quote actually is (cross-checks.ts `whereItIs`). */
function where(suffix: string | undefined): string {
  if (!suffix) return '';
  const at = /^; the quote is at (\d+)–(\d+) \(hz-viz-validate --fix corrects it\)$/.exec(suffix);
  if (at) return `；引文实际在第 ${at[1]}–${at[2]} 位（hz-viz-validate --fix 可自动更正）`;
  return suffix === '; the quote does not occur in the text' ? '；原文中没有这段引文' : suffix;
}

/** The two endings cross-checks.ts gives a misplaced quote, matched exactly: the quoted text before may hold "; ". */
const whereSuffix = '(; the quote is at \\d+–\\d+ \\(hz-viz-validate --fix corrects it\\)|; the quote does not occur in the text)?';

export const reportRules: Rules = [
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
  [/^could not read the report: (.+)$/, (m) => `无法读取报告：${m[1]}`],
  [/^no report: give <hz-report> src="report\.json" or \.report, or load the dataset (.+)$/, (m) => `没有报告：请给 <hz-report> 设置 src="报告.json" 或 .report，或加载数据集 ${m[1]}`],
  [/^could not load (.+): the server answered HTTP (\d+)$/, (m) => `无法获取 ${m[1]}：服务器返回 HTTP ${m[2]}`],
  [/^could not load (.+): a network error, or the browser blocked it \((.*)\)$/, (m) => `无法获取 ${m[1]}：网络错误或被浏览器拦截（${m[2]}）`],
  [/^could not load (.+): a page opened as a file \(file:\/\/\) cannot read a report; open it through a web server \(for example, run npx serve in its folder\)$/, (m) => `无法获取 ${m[1]}：直接打开的本地文件（file://）不能读取报告，请通过网站服务器打开页面（例如在页面所在目录运行 npx serve）`],
  [/^could not load the report bundled with the drop-in \(hz-viz-huzhou\.min\.js loads it from its lazy\/ folder\): (.*)$/, (m) => `无法加载随脚本附带的报告（hz-viz-huzhou.min.js 从同目录的 lazy/ 文件夹加载它）：${m[1]}`],
  [/^this is not a report, and the validator that says where did not load \(the drop-in loads it from its lazy\/ folder\): (.*)$/, (m) => `这不是有效的报告，而指出问题所在的校验程序未能加载（脚本从同目录的 lazy/ 文件夹加载它）：${m[1]}`],
];
