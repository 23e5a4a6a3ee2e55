import { parse } from 'csv-parse/sync';
import type { DepartmentInput, HonorInput, InitiativeInput, MetricInput, Problem, ReportInput, Result } from '@hz-viz/schema';
import { currentSchemaVersion, failure, figureFromFields, metricKinds, parseFigure, parseRank, polarities, problem, success } from '@hz-viz/schema';
import type { Overlay } from '../annotations/overlay.js';
import { emptyOverlay } from '../annotations/overlay.js';
import { slugOf, uniqueIds } from '../draft/slug.js';
import { termsForNames } from '../draft/terms.js';
import type { CsvColumn } from './columns.js';
import { columnMeaning, columnOf, csvColumns, requiredColumns } from './columns.js';

/**
 * A spreadsheet of figures (one row each: section, item, label, value, unit, change, period, rank)
 * to a report. The CSV is parsed by csv-parse (docs/decisions/0007); every problem is said with
 * its line and column, and any problem means no report at all, never a partial one.
 */

export interface CsvDraftOptions {
  /** What the report is called and which year it covers; from the config or the command line. */
  readonly title?: string;
  readonly year?: number;
  readonly overlay?: Overlay;
  /** The file name, for messages and the report's source. */
  readonly name?: string;
}

type CsvInitiative = Omit<InitiativeInput, 'metrics' | 'honors'> & { id: string; metrics: MetricInput[]; honors: HonorInput[] };
type CsvDepartment = Omit<DepartmentInput, 'initiatives'> & { id: string; initiatives: CsvInitiative[] };

interface Row {
  readonly line: number;
  readonly cells: Partial<Record<CsvColumn, string>>;
}

const at = (line: number, column?: CsvColumn) => (column ? `line ${line}, ${column}` : `line ${line}`);

function readRows(text: string): Result<Row[]> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, trim: true, comment: '#', comment_no_infix: true }) as unknown as typeof records;
  } catch (error) {
    const lines = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : undefined;
    const message = error instanceof Error ? error.message.replace(/ on line \d+$| at line \d+$/, '') : String(error);
    return failure([problem(lines ? at(lines) : '', `not readable as CSV: ${message}`)]);
  }
  const [header, ...body] = records;
  if (!header) return failure([problem('', 'the CSV is empty: expected a header row and one row per figure')]);
  const columns = header.record.map((cell) => columnOf(cell));
  const problems: Problem[] = [];
  header.record.forEach((cell, c) => {
    if (columns[c] === undefined) problems.push(problem(at(header.info.lines), `unknown column "${cell}" (column ${c + 1}); the columns are ${csvColumns.join(', ')}`));
  });
  for (const column of requiredColumns) {
    if (!columns.includes(column)) {
      problems.push(problem(at(header.info.lines), `missing column "${column}": ${columnMeaning[column]} (found: ${header.record.join(', ') || 'nothing'})`));
    }
  }
  const seen = new Set<CsvColumn>();
  columns.forEach((column) => {
    if (column && seen.has(column)) problems.push(problem(at(header.info.lines), `column "${column}" appears twice`));
    if (column) seen.add(column);
  });
  if (problems.length > 0) return failure(problems);
  if (body.length === 0) return failure([problem(at(header.info.lines), 'the CSV has a header but no rows of figures')]);
  return success(
    body.map(({ record, info }) => {
      const cells: Partial<Record<CsvColumn, string>> = {};
      record.forEach((value, c) => {
        const column = columns[c];
        if (column && value !== '') cells[column] = value;
      });
      return { line: info.lines, cells };
    }),
  );
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * The change column: 7.3% / +7.3 / -1.5% / 增长7.3% / 提高2.5个百分点. A number without a unit, signed
 * or not, is a percentage change, as a statistics sheet's 增幅 column means it.
 */
function readChange(text: string): ReturnType<typeof parseFigure> {
  const direct = parseFigure(text);
  if (direct?.kind === 'change' && direct.unit !== '') return direct;
  const signed = /^[+＋\-−－]/.test(text) ? text : `+${text}`;
  const read = parseFigure(/[%％]|百分点$/.test(signed) ? signed : `${signed}%`);
  return read?.kind === 'change' ? read : undefined;
}

export function draftFromCsv(text: string, options: CsvDraftOptions = {}): Result<ReportInput> {
  const rows = readRows(text);
  if (!rows.ok) return rows;
  const overlay = options.overlay ?? emptyOverlay;
  const title = overlay.report.title ?? options.title;
  const year = overlay.report.year ?? options.year;
  const problems: Problem[] = [];
  if (!title) problems.push(problem('title', 'a CSV has no title line: pass --title "…" or set report.title in the annotations'));
  if (year === undefined) problems.push(problem('year', 'a CSV does not say its year: pass --year 2024 or set "year" in the config'));

  const departments: CsvDepartment[] = [];
  const unitIds = uniqueIds();
  /** One id maker per parent, so a second 新增企业 in the same item becomes xinzengqiye-2. */
  const idMakers = new Map<string, (id: string) => string>();
  const idsWithin = (parent: string) => {
    let make = idMakers.get(parent);
    if (!make) idMakers.set(parent, (make = uniqueIds()));
    return make;
  };
  /** Every metric id so far and the line that gave it. */
  const explicitIds = new Map<string, number>();
  for (const { line, cells } of rows.value) {
    for (const column of requiredColumns) {
      if (cells[column] === undefined) problems.push(problem(at(line, column), `required: ${columnMeaning[column]}, but the cell is empty`));
    }
    const section = cells.section;
    const item = cells.item;
    const label = cells.label;
    if (!section || !item || !label || cells.value === undefined) continue;

    const figure = figureFromFields({ label, value: cells.value, unit: cells.unit ?? '', kind: cells.kind ?? null, period: cells.period ?? null, polarity: cells.polarity ?? null });
    if (!figure.ok) {
      for (const p of figure.problems) problems.push(problem(at(line, p.path as CsvColumn), p.detail));
      continue;
    }
    if (cells.kind && !isOneOf(metricKinds, cells.kind)) continue;
    if (cells.polarity && !isOneOf(polarities, cells.polarity)) continue;

    let department = departments.find((d) => d.name === section);
    if (!department) {
      department = { id: unitIds(slugOf(section, 6)), name: section, initiatives: [] };
      departments.push(department);
    }
    let initiative = department.initiatives.find((i) => i.title === item);
    if (!initiative) {
      initiative = { id: `${department.id}.${idsWithin(department.id)(slugOf(item, 4))}`, title: item, metrics: [], honors: [] };
      department.initiatives.push(initiative);
    }
    const localIds = idsWithin(initiative.id);

    let id: string;
    if (cells.id) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(cells.id)) {
        problems.push(problem(at(line, 'id'), `expected a slug such as "port-cargo" (lower-case letters, digits and "-"), received "${cells.id}"`));
        continue;
      }
      id = `${initiative.id}.${cells.id}`;
      const first = explicitIds.get(id);
      if (first !== undefined) {
        problems.push(problem(at(line, 'id'), `duplicate id "${cells.id}" in ${section} / ${item}: first used on line ${first}`));
        continue;
      }
      localIds(cells.id);
    } else {
      // A drafted id steps around every id already given, explicit or drafted.
      do id = `${initiative.id}.${localIds(slugOf(label, 4))}`;
      while (explicitIds.has(id));
    }
    explicitIds.set(id, line);

    const { printed, ...figureFields } = figure.value;
    const metric: MetricInput = {
      id,
      ...figureFields,
      ...(printed && { printed }),
      ...(cells.labelEn && { labelEn: cells.labelEn }),
      ...(cells.note && { note: cells.note }),
    };
    if (cells.rank) {
      const rank = parseRank(cells.rank);
      if (!rank) {
        problems.push(problem(at(line, 'rank'), `expected an honor such as 居全省第1, 全国首个 or 连续3年全省第一, received "${cells.rank}"`));
        continue;
      }
      const { start: _s, end: _e, quote: _q, ...rankFields } = rank;
      const honorId = `${id}-${rank.kind}`;
      initiative.honors.push({ id: honorId, label, ...(cells.labelEn && { labelEn: cells.labelEn }), ...rankFields });
      metric.honor = honorId;
    }
    initiative.metrics.push(metric);
    if (cells.change) {
      const change = readChange(cells.change);
      if (!change) {
        problems.push(problem(at(line, 'change'), `expected a change such as 7.3%, +7.3, 下降1.5% or 提高2.5个百分点, received "${cells.change}"`));
        continue;
      }
      const { start: _s, end: _e, quote: _q, printed: changePrinted, ...changeFields } = change;
      initiative.metrics.push({
        id: `${id}-change`,
        label: `${label}同比`,
        ...(cells.labelEn && { labelEn: `${cells.labelEn}, change` }),
        ...changeFields,
        printed: changePrinted,
        ...(cells.period && { period: cells.period }),
        polarity: metric.polarity ?? 'higher-is-better',
      });
    }
  }
  if (problems.length > 0) return failure(problems);
  const terms = overlay.report.terms ?? termsForNames(departments.map((d) => d.name));
  return success({
    schemaVersion: currentSchemaVersion,
    id: overlay.report.id ?? `${slugOf(title!, 4)}-${year}`,
    title: title!,
    ...(overlay.report.titleEn && { titleEn: overlay.report.titleEn }),
    ...(overlay.report.region && { region: overlay.report.region }),
    year: year!,
    ...(terms && { terms }),
    source: overlay.report.source ?? { title: title!, ...(options.name && { file: options.name }) },
    departments,
  });
}
