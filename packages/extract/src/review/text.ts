import type { DraftReview } from './model.js';
import { doubtText, skipReasonText } from './model.js';

/** The review as plain text, for a terminal or a diff. */
export function reviewAsText(review: DraftReview): string {
  const s = review.summary;
  const lines = [
    `# Review of ${review.source.name}${review.source.encoding ? ` (${review.source.encoding})` : ''}`,
    ...review.source.notes.map((note) => `Note: ${note}`),
    `Layout: ${review.source.layout}`,
    `${s.units} units, ${s.paragraphs} paragraphs: ${s.metrics} metrics, ${s.honors} honors found; ${s.skipped} runs skipped; ${s.unsure} to check.`,
  ];
  for (const p of review.paragraphs) {
    lines.push('', `## ${p.unit} / ${p.title}${p.titleDrafted ? ' (title drafted)' : ''} — ${p.initiativeId}, line ${p.line}`);
    for (const f of p.found) lines.push(`  found   ${f.quote}  →  ${f.reading}${f.from === 'draft' ? '  (label drafted)' : ''}`);
    for (const k of p.skipped) lines.push(`  skipped ${k.text}  —  ${skipReasonText[k.reason].en}${k.note ? `: ${k.note}` : ''}`);
    for (const u of p.unsure) lines.push(`  check   ${u.quote}  —  ${doubtText(u, 'en')}`);
  }
  if (review.unused.length > 0) {
    lines.push('', '## Not used');
    for (const u of review.unused) lines.push(`  line ${u.line}: ${u.text} — ${u.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
