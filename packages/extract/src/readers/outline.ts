import type { Problem, Result } from '@hz-viz/schema';
import { failure, problem, success } from '@hz-viz/schema';
import type { SourceDocument, SourceParagraph, SourceUnit } from './document.js';
import { unitKindOf } from './document.js';
import type { Marker, MarkerKind } from './markers.js';
import { markerAt, markerKinds } from './markers.js';

/**
 * The reader for reports as most are published: a title, then parts numbered 一、 （一） 1. ①,
 * or district lines ("1.东湖区：……"), or theme paragraphs ("这一年，我们……"), on their own lines
 * or run together in one line. The kinds of numbering found, in the order they first occur,
 * become the levels: with three, groups → units → paragraphs; with two, units → paragraphs;
 * with one, units whose paragraphs are the text under each.
 */

export interface OutlineOptions {
  /** Which numbering opens each level, where the order of first appearance would mislead. */
  readonly levels?: { readonly group?: MarkerKind; readonly unit?: MarkerKind; readonly paragraph?: MarkerKind };
}

interface Line {
  readonly text: string;
  readonly number: number;
}

interface Piece {
  readonly marker?: Marker;
  /** The text after the marker. */
  readonly text: string;
  /** The text with its marker, for a numbered item kept inside a paragraph: ①…. */
  readonly raw: string;
  readonly line: number;
}

const sentenceEnd = /[。！？!?]$/u;
const lineEnd = /[。！？；;：:!?…”』」）)]$/u;
/** A heading is short and is not a sentence: 经济运行稳中有进, 东湖区. */
const maxHeading = 30;
const isHeading = (text: string) => text.length > 0 && text.length <= maxHeading && !/[。；;，,！？]/u.test(text) && !/[0-9]{2,}/.test(text);
/** 东湖区：, 市经信局： — a name and a colon opening a line. */
const nameColon = /^([^，。；：:、,\s]{2,14})[：:]/u;
/** 工业经济提质增效。 — a short heading sentence before the body on the same line. */
const headingSentence = /^([^，。；：:、,0-9０-９]{2,20})[。：:]/u;

/** Lines of the body joined where a sentence was wrapped, split where a paragraph ends. */
function logicalLines(lines: readonly Line[]): Line[] {
  const joined: Line[] = [];
  let current: { text: string; number: number } | undefined;
  const flush = () => {
    if (current) joined.push(current);
    current = undefined;
  };
  for (const { text: raw, number } of lines) {
    const text = raw.trim();
    if (text === '') {
      flush();
      continue;
    }
    const marker = markerAt(text);
    if (current && (marker || lineEnd.test(current.text) || (markerAt(current.text) && isHeading(current.text.slice(markerAt(current.text)!.length))))) flush();
    if (current) current.text += text;
    else current = { text, number };
  }
  flush();
  return joined;
}

/** Splits run-together text at markers that follow a sentence end and continue their sequence. */
function piecesOf(lines: readonly Line[]): Piece[] {
  const last = new Map<MarkerKind, number>();
  const pieces: Piece[] = [];
  for (const line of lines) {
    const cuts: { at: number; marker?: Marker }[] = [];
    const first = markerAt(line.text);
    cuts.push({ at: 0, ...(first && { marker: first }) });
    if (first) last.set(first.kind, first.number);
    for (let at = 1; at < line.text.length; at++) {
      if (!sentenceEnd.test(line.text[at - 1]!)) continue;
      const marker = markerAt(line.text.slice(at));
      if (!marker) continue;
      if (marker.kind !== '这一年' && marker.number !== (last.get(marker.kind) ?? 0) + 1) continue;
      last.set(marker.kind, marker.number);
      cuts.push({ at, marker });
    }
    cuts.forEach((cut, c) => {
      const end = cuts[c + 1]?.at ?? line.text.length;
      const text = line.text.slice(cut.at + (cut.marker?.length ?? 0), end).trim();
      pieces.push({ ...(cut.marker && { marker: cut.marker }), text, raw: line.text.slice(cut.at, end).trim(), line: line.number });
    });
  }
  return pieces;
}

/** A piece's own name or heading, and the body that follows it. */
function splitHeading(piece: Piece): { heading?: string; body: string } {
  if (piece.marker?.kind === '这一年') return { body: piece.text };
  const named = nameColon.exec(piece.text);
  if (named) return { heading: named[1]!, body: piece.text.slice(named[0].length).trim() };
  if (isHeading(piece.text)) return { heading: piece.text, body: '' };
  const sentence = headingSentence.exec(piece.text);
  if (sentence && piece.marker) return { heading: sentence[1]!, body: piece.text.slice(sentence[0].length).trim() };
  return { body: piece.text };
}

/** 这一年，我们聚焦产业升级，…… → 聚焦产业升级. */
function themeName(text: string): string {
  const clause = text.replace(/^这一年[，,]我们/u, '').split(/[，,。；;：:]/u)[0] ?? '';
  return clause.slice(0, 16) || text.slice(0, 8);
}

function countsOf(pieces: readonly Piece[]): Map<MarkerKind, number> {
  const counts = new Map<MarkerKind, number>();
  for (const piece of pieces) if (piece.marker) counts.set(piece.marker.kind, (counts.get(piece.marker.kind) ?? 0) + 1);
  return counts;
}

const describeCounts = (counts: ReadonlyMap<MarkerKind, number>) =>
  counts.size === 0 ? 'no numbered headings at all' : [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ');

/**
 * Which numbering opens groups, units and paragraphs. Without a config, by order of first
 * appearance: three kinds make groups → units → paragraphs, two units → paragraphs, one units.
 * With one, only what it names opens groups; a unit or paragraph level it leaves open is the
 * first other numbering the text uses.
 */
export function chooseLevels(
  order: readonly MarkerKind[],
  levels: NonNullable<OutlineOptions['levels']>,
): { group?: MarkerKind; unit?: MarkerKind; paragraph?: MarkerKind } {
  const configured = Object.values(levels).some(Boolean);
  if (!configured) {
    const [first, second, third] = order;
    return order.length >= 3 ? { group: first!, unit: second!, paragraph: third! } : { ...(first && { unit: first }), ...(second && { paragraph: second }) };
  }
  const named = new Set(Object.values(levels).filter(Boolean));
  const free = order.filter((kind) => !named.has(kind));
  const unit = levels.unit ?? free[0];
  const paragraph = levels.paragraph ?? free.find((kind) => kind !== unit);
  return { ...(levels.group && { group: levels.group }), ...(unit && { unit }), ...(paragraph && { paragraph }) };
}

export function readOutline(source: string, options: OutlineOptions = {}): Result<SourceDocument> {
  const all = source.split('\n').map((text, index) => ({ text, number: index + 1 }));
  let at = 0;
  const skipBlank = () => {
    while (at < all.length && all[at]!.text.trim() === '') at++;
  };
  const notes: string[] = [];
  skipBlank();
  while (at < all.length && /^【.*】$/u.test(all[at]!.text.trim())) {
    notes.push(all[at]!.text.trim().slice(1, -1));
    at++;
    skipBlank();
  }
  let title: string | undefined;
  const candidate = all[at]?.text.trim();
  if (candidate && !markerAt(candidate) && candidate.length <= 60 && !/[。！？；;：:!?，,]$/u.test(candidate)) {
    title = candidate;
    at++;
  }

  const pieces = piecesOf(logicalLines(all.slice(at)));
  const counts = countsOf(pieces);
  const order = markerKinds.filter((kind) => counts.has(kind)).sort((a, b) => pieces.findIndex((p) => p.marker?.kind === a) - pieces.findIndex((p) => p.marker?.kind === b));

  const problems: Problem[] = [];
  for (const [level, kind] of Object.entries(options.levels ?? {})) {
    if (kind && !counts.has(kind)) problems.push(problem(`config.levels.${level}`, `the config opens each ${level} with 「${kind}」, but the text has none (it has ${describeCounts(counts)})`));
  }
  if (problems.length > 0) return failure(problems);

  const { group: groupKind, unit: unitKind, paragraph: paragraphKind } = chooseLevels(order, options.levels ?? {});
  /** Numbering below the paragraphs (① under （一）): items inside a paragraph, not parts. */
  const deeper = (kind: MarkerKind) =>
    paragraphKind !== undefined && kind !== groupKind && kind !== unitKind && kind !== paragraphKind && order.indexOf(kind) > order.indexOf(paragraphKind);

  const groups: { name: string; line: number }[] = [];
  const units: { name: string; line: number; group?: string; paragraphs: SourceParagraph[] }[] = [];
  const unused: { line: number; text: string; reason: string }[] = [];
  const intro: SourceParagraph[] = [];
  let group: string | undefined;
  let unit: (typeof units)[number] | undefined;
  /** A heading waiting for its text on the following lines. */
  let pendingTitle: { title: string; line: number } | undefined;
  /** A titled paragraph takes every unnumbered line up to the next heading: it is one part. */
  let open: { title: string; text: string; line: number } | undefined;

  const addParagraph = (paragraph: SourceParagraph) => {
    open = paragraph.title === undefined ? undefined : { ...paragraph, title: paragraph.title };
    (unit ? unit.paragraphs : intro).push(open ?? paragraph);
  };
  const flushPending = () => {
    if (pendingTitle) unused.push({ line: pendingTitle.line, text: pendingTitle.title, reason: 'a heading with no text under it' });
    pendingTitle = undefined;
  };

  for (const piece of pieces) {
    const kind = piece.marker?.kind;
    // Unnumbered lines, and items numbered below the paragraphs (①…②…), belong to the open paragraph.
    if (open && piece.text && (kind === undefined || deeper(kind))) {
      open.text += kind === undefined ? piece.text : piece.raw;
      continue;
    }
    if (pendingTitle && kind !== undefined && deeper(kind)) {
      addParagraph({ title: pendingTitle.title, text: piece.raw, line: piece.line });
      pendingTitle = undefined;
      continue;
    }
    open = undefined;
    const { heading, body } = splitHeading(piece);
    if (kind !== undefined && kind === groupKind) {
      flushPending();
      group = heading ?? body.slice(0, 16);
      groups.push({ name: group, line: piece.line });
      unit = undefined;
      if (body && heading) addParagraph({ text: body, line: piece.line });
    } else if (kind !== undefined && kind === unitKind) {
      flushPending();
      const name = kind === '这一年' ? themeName(body) : (heading ?? themeName(body));
      unit = { name, line: piece.line, ...(group !== undefined && { group }), paragraphs: [] };
      units.push(unit);
      if (body) addParagraph({ text: body, line: piece.line });
    } else if (kind !== undefined && (kind === paragraphKind || paragraphKind === undefined || deeper(kind))) {
      flushPending();
      if (heading && body) addParagraph({ title: heading, text: body, line: piece.line });
      else if (heading) pendingTitle = { title: heading, line: piece.line };
      else addParagraph({ text: body, line: piece.line });
    } else if (piece.text) {
      if (pendingTitle) {
        addParagraph({ title: pendingTitle.title, text: piece.text, line: piece.line });
        pendingTitle = undefined;
      } else addParagraph({ text: piece.text, line: piece.line });
    }
  }
  flushPending();

  if (intro.length > 0) units.unshift({ name: '总体情况', line: intro[0]!.line, paragraphs: intro });
  for (const empty of units.filter((u) => u.paragraphs.length === 0)) unused.push({ line: empty.line, text: empty.name, reason: 'a heading with no text under it' });
  const kept: SourceUnit[] = units.filter((u) => u.paragraphs.length > 0);
  if (kept.length === 0) return failure([problem('', 'found no paragraphs of text to read')]);

  const layout =
    order.length === 0
      ? 'no numbered headings: every paragraph read as one part of the report'
      : [groupKind && `${groupKind} → groups`, unitKind && `${unitKind} → units`, paragraphKind && `${paragraphKind} → paragraphs`].filter(Boolean).join(', ');
  return success({
    ...(title !== undefined && { title }),
    notes,
    groups,
    units: kept,
    unitKind: unitKind === '这一年' ? 'theme' : unitKindOf(kept.filter((u) => u.name !== '总体情况').map((u) => u.name)),
    layout,
    unused,
  });
}
