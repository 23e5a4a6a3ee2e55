import type { Annotations } from './annotations.js';

/**
 * Reads the report's PDF-table text into departments, titles and paragraphs. The table was
 * read row by row, so each of its blocks prints department names first, then every title of
 * those departments, then every paragraph, each wrapped over several lines (docs/data.md).
 */

export interface SourceInitiative {
  readonly title: string;
  readonly text: string;
  /** 1-based line of the paragraph's first line, for error messages. */
  readonly line: number;
}

export interface SourceDepartment {
  readonly name: string;
  readonly initiatives: readonly SourceInitiative[];
}

interface Line {
  readonly number: number;
  readonly text: string;
}

export class SourceLayoutError extends Error {}

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

export function readSource(source: string, annotations: Annotations): SourceDepartment[] {
  const lines = source.split(/\r?\n/).map((text, index) => ({ number: index + 1, text }));
  const blocks = splitBlocks(lines);
  const expected = annotations.departments;
  const breaks = annotations.report.paragraphBreaks.map((b) => b.lineStartsWith);
  const unusedBreaks = new Set(breaks);
  const result: SourceDepartment[] = [];
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
      department.initiatives.map((initiative) => {
        let joined = '';
        const first = titleLines[cursor];
        while (joined.length < initiative.title.length && cursor < titleLines.length) joined += titleLines[cursor++]!.text;
        if (joined !== initiative.title) {
          throw new SourceLayoutError(`line ${first?.number}: expected title "${initiative.title}" of ${department.name}, found "${joined}"`);
        }
        return initiative.title;
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
    const wanted = departments.reduce((sum, department) => sum + department.initiatives.length, 0);
    if (paragraphs.length !== wanted) {
      throw new SourceLayoutError(
        `lines ${paragraphLines[0]?.number}-${paragraphLines.at(-1)?.number}: expected ${wanted} paragraphs for ${names.join('、')}, found ${paragraphs.length}`,
      );
    }
    let paragraphIndex = 0;
    departments.forEach((department, d) => {
      result.push({
        name: department.name,
        initiatives: titlesOf[d]!.map((title) => {
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
