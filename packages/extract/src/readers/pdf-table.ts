import type { Result } from '@hz-viz/schema';
import { failure, problem, success } from '@hz-viz/schema';
import type { SourceDocument, SourceUnit } from './document.js';

/**
 * The reader for text pulled out of a PDF table row by row, as the Huzhou 2024 report was: each
 * block lists its department names first, then every title of those departments, then every
 * paragraph, each wrapped over several lines (docs/data.md). Which names and titles to expect
 * comes from the dataset's annotations; nothing here knows Huzhou.
 */

interface Line {
  readonly number: number;
  readonly text: string;
}

/** A block starts on a line indented by the PDF's table cell: " 市科协". */
function splitBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  for (const line of lines) {
    if (/^\s+\S/.test(line.text) || blocks.length === 0) blocks.push([]);
    blocks.at(-1)!.push({ number: line.number, text: line.text.trim() });
  }
  return blocks;
}

/** Consecutive non-blank lines, separated by blank ones. */
function runsOf(lines: readonly Line[]): Line[][] {
  const runs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

const joinLines = (lines: readonly Line[]) => lines.map((line) => line.text).join('');

/** What the pdf-table reader must be told: the names and titles it matches, and where paragraphs run together. */
export interface PdfTableOptions {
  readonly departments: readonly { readonly name: string; readonly titles: readonly string[] }[];
  /** Lines that start a paragraph although no blank line comes before them. */
  readonly paragraphBreaks?: readonly string[];
}

class SourceLayoutError extends Error {}

export function readPdfTable(source: string, options: PdfTableOptions): Result<SourceDocument> {
  try {
    const units = readBlocks(source, options);
    return success({ notes: [], groups: [], units, unitKind: 'department', layout: 'pdf-table: blocks of department names, then their titles, then their paragraphs', unused: [] });
  } catch (error) {
    if (error instanceof SourceLayoutError) return failure([problem('', error.message)]);
    throw error;
  }
}

function readBlocks(source: string, options: PdfTableOptions): SourceUnit[] {
  const lines = source.split(/\r?\n/).map((text, index) => ({ number: index + 1, text }));
  const blocks = splitBlocks(lines);
  const expected = options.departments;
  const breaks = options.paragraphBreaks ?? [];
  const unusedBreaks = new Set(breaks);
  const result: SourceUnit[] = [];
  let next = 0;

  for (const block of blocks) {
    const runs = runsOf(block);
    // Department names: one run each, wrapped names joined (市发展 / 改革委).
    const names: string[] = [];
    while (runs.length > 0 && expected[next + names.length]?.name === joinLines(runs[0]!)) {
      names.push(joinLines(runs.shift()!));
    }
    if (names.length === 0) {
      throw new SourceLayoutError(`line ${block[0]?.number}: expected department ${expected[next]?.name ?? '(none left)'}, found "${joinLines(runs[0] ?? [])}"`);
    }
    const departments = expected.slice(next, next + names.length);
    next += names.length;

    // Titles: lines concatenate to the expected titles in order; a title may wrap over lines
    // and over blank lines, and two titles may sit on consecutive lines.
    const titleLines = runs.flat();
    let cursor = 0;
    const titlesOf = departments.map((department) =>
      department.titles.map((title) => {
        let joined = '';
        const first = titleLines[cursor];
        while (joined.length < title.length && cursor < titleLines.length) joined += titleLines[cursor++]!.text;
        if (joined !== title) {
          throw new SourceLayoutError(`line ${first?.number}: expected title "${title}" of ${department.name}, found "${joined}"`);
        }
        return title;
      }),
    );

    // Paragraphs: the remaining lines, split at blank lines and at the annotated breaks.
    const paragraphLines = block.slice(block.indexOf(titleLines[cursor - 1]!) + 1);
    const paragraphs: Line[][] = [];
    let current: Line[] = [];
    for (const line of paragraphLines) {
      const breaksHere = breaks.find((b) => line.text.startsWith(b));
      if (line.text === '' || breaksHere) {
        if (current.length > 0) paragraphs.push(current);
        current = [];
        if (breaksHere) unusedBreaks.delete(breaksHere);
      }
      if (line.text !== '') current.push(line);
    }
    if (current.length > 0) paragraphs.push(current);
    const wanted = departments.reduce((sum, department) => sum + department.titles.length, 0);
    if (paragraphs.length !== wanted) {
      throw new SourceLayoutError(
        `lines ${paragraphLines[0]?.number}-${paragraphLines.at(-1)?.number}: expected ${wanted} paragraphs for ${names.join('、')}, found ${paragraphs.length}`,
      );
    }
    let paragraphIndex = 0;
    departments.forEach((department, d) => {
      result.push({
        name: department.name,
        line: block[0]!.number,
        paragraphs: titlesOf[d]!.map((title) => {
          const paragraph = paragraphs[paragraphIndex++]!;
          return { title, text: joinLines(paragraph), line: paragraph[0]!.number };
        }),
      });
    });
  }
  if (next !== expected.length) throw new SourceLayoutError(`expected ${expected.length} departments, the source has ${next}`);
  if (unusedBreaks.size > 0) throw new SourceLayoutError(`paragraph breaks not found in the source: ${[...unusedBreaks].join(', ')}`);
  return result;
}
