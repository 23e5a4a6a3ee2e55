import type { ReportInput } from '@hz-viz/schema';
import type { DraftReview, ParagraphReview } from './model.js';
import { doubtText, skipReasonText } from './model.js';

/**
 * The review page: one static HTML file an editor opens in any browser, offline. Each paragraph
 * is printed with every figure and honor it found highlighted and every skipped or doubtful run
 * marked; beside it, hz-viz's own <hz-metric-card> and <hz-rank-badge> show the typed reading of
 * each, fed by the draft itself through <hz-report>. The drop-in bundle is inlined, so the page
 * needs no server and no network.
 */

export interface ReviewPageInput {
  readonly report: ReportInput;
  readonly review: DraftReview;
  /** The text of hz-viz's drop-in bundle (dist/cdn/hz-viz.min.js). */
  readonly bundle: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside a <script> element: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly className: 'metric' | 'honor' | 'skipped' | 'unsure';
  readonly note: string;
}

/** The paragraph with its runs marked; where marks overlap, a found item wins over a doubt. */
function markedText(paragraph: ParagraphReview): string {
  const marks: Mark[] = [
    ...paragraph.found.map((f): Mark => ({ start: f.start, end: f.end, className: f.type, note: `${f.label}：${f.reading}` })),
    ...paragraph.skipped.map((s): Mark => ({ start: s.start, end: s.end, className: 'skipped', note: `跳过：${skipReasonText[s.reason].zh}${s.note ? `（${s.note}）` : ''}` })),
    ...paragraph.unsure.map((u): Mark => ({ start: u.start, end: u.end, className: 'unsure', note: `待核：${doubtText(u, 'zh-CN')}` })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    html += escapeHtml(paragraph.text.slice(at, mark.start));
    const words = escapeHtml(paragraph.text.slice(mark.start, mark.end));
    html += `<mark class="${mark.className}" title="${escapeHtml(mark.note)}">${words}<span class="visually-hidden">（${escapeHtml(mark.note)}）</span></mark>`;
    at = mark.end;
  }
  return html + escapeHtml(paragraph.text.slice(at));
}

function paragraphSection(paragraph: ParagraphReview): string {
  const readings = paragraph.found
    .map((f) => {
      const element = f.type === 'metric' ? `<hz-metric-card metric="${escapeHtml(f.id)}" size="compact"></hz-metric-card>` : `<hz-rank-badge honor="${escapeHtml(f.id)}"></hz-rank-badge>`;
      return `<li>${element}<p class="reading"><q>${escapeHtml(f.quote)}</q> ${escapeHtml(f.reading)}${f.from === 'draft' ? ' · <span class="drafted">标签为草拟</span>' : ''}</p></li>`;
    })
    .join('');
  const skipped = paragraph.skipped
    .map((s) => `<li><q>${escapeHtml(s.text)}</q> ${escapeHtml(skipReasonText[s.reason].zh)}${s.note ? `：${escapeHtml(s.note)}` : ''}</li>`)
    .join('');
  const unsure = paragraph.unsure.map((u) => `<li><q>${escapeHtml(u.quote)}</q> ${escapeHtml(doubtText(u, 'zh-CN'))}</li>`).join('');
  return `<section class="paragraph" id="${escapeHtml(paragraph.initiativeId)}" aria-labelledby="${escapeHtml(paragraph.initiativeId)}-title">
<h2 id="${escapeHtml(paragraph.initiativeId)}-title">${escapeHtml(paragraph.unit)} · ${escapeHtml(paragraph.title)}${paragraph.titleDrafted ? ' <small>（标题为草拟）</small>' : ''}</h2>
<p class="meta"><code>${escapeHtml(paragraph.initiativeId)}</code> · 源文第 ${paragraph.line} 行 · 找到 ${paragraph.found.length} · 跳过 ${paragraph.skipped.length} · 待核 ${paragraph.unsure.length}</p>
<div class="columns"><p class="text">${markedText(paragraph)}</p>${readings ? `<ol class="readings" aria-label="读数">${readings}</ol>` : ''}</div>
${skipped ? `<details><summary>跳过 ${paragraph.skipped.length} 处</summary><ul class="skipped">${skipped}</ul></details>` : ''}
${unsure ? `<details open><summary>待核 ${paragraph.unsure.length} 处</summary><ul class="unsure">${unsure}</ul></details>` : ''}
</section>`;
}

const styles = `
:root { color-scheme: light dark; font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.7; }
body { margin: 0; background: Canvas; color: CanvasText; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 0; }
.note { border-left: 4px solid #b45309; padding: .25rem .75rem; background: color-mix(in srgb, #b45309 12%, Canvas); }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0; }
.summary div { display: flex; gap: .35rem; } .summary dt { font-weight: 600; } .summary dd { margin: 0; }
.paragraph { border-top: 1px solid color-mix(in srgb, CanvasText 25%, Canvas); padding: 1rem 0; }
.meta { margin: .25rem 0; color: color-mix(in srgb, CanvasText 75%, Canvas); font-size: .875rem; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
@media (max-width: 48rem) { .columns { grid-template-columns: 1fr; } }
.readings { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.reading { margin: .15rem 0 0; font-size: .8125rem; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.metric { background: color-mix(in srgb, #2563eb 22%, Canvas); }
mark.honor { background: color-mix(in srgb, #ca8a04 30%, Canvas); }
mark.skipped { background: none; text-decoration: line-through; text-decoration-color: #6b7280; }
mark.unsure { background: none; text-decoration: underline wavy #dc2626; text-underline-offset: 3px; }
.drafted { font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) { mark.metric, mark.honor { border: 1px solid CanvasText; } }
`;

export function reviewPage({ report, review, bundle }: ReviewPageInput): string {
  const s = review.summary;
  const title = report.title;
  const counts: [string, number][] = [
    ['部分', s.units],
    ['段落', s.paragraphs],
    ['数字', s.metrics],
    ['荣誉', s.honors],
    ['跳过', s.skipped],
    ['待核', s.unsure],
  ];
  const unused = review.unused.map((u) => `<li>第 ${u.line} 行 <q>${escapeHtml(u.text)}</q>：${escapeHtml(u.reason)}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>审阅草稿：${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
<header>
<h1>审阅草稿：${escapeHtml(title)}</h1>
${review.source.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}
<p>来源：<code>${escapeHtml(review.source.name)}</code>${review.source.encoding ? `（${escapeHtml(review.source.encoding)}）` : ''}；版式：<span lang="en">${escapeHtml(review.source.layout)}</span></p>
<dl class="summary">${counts.map(([name, n]) => `<div><dt>${name}</dt><dd>${n}</dd></div>`).join('')}</dl>
<p>图例：<mark class="metric">找到的数字</mark> <mark class="honor">荣誉</mark> <mark class="skipped">跳过</mark> <mark class="unsure">待核</mark>。改正写入注释文件（annotations），重新运行后保留。</p>
${unused ? `<details open><summary>未使用的文字</summary><ul>${unused}</ul></details>` : ''}
</header>
<hz-report>
${review.paragraphs.map(paragraphSection).join('\n')}
</hz-report>
</main>
<script type="application/json" id="hz-draft">${scriptJson(report)}</script>
<script>document.querySelector('hz-report').report = JSON.parse(document.getElementById('hz-draft').textContent);</script>
<script type="module">${bundle.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
