import type { ReportInput } from './model/report.js';
import type { Report } from './model/report.js';
import {
  changeWords,
  currencies,
  honorKinds,
  honorScopes,
  magnitudeWords,
  metricKinds,
  polarities,
  qualifierWords,
  schemaVersions,
} from './model/vocabulary.js';
import { normalizeReport } from './normalize.js';

/**
 * The cheap check a page runs before its first paint, without zod: does the value have the
 * *types* a report's readers rely on (every field the schema declares, at its declared type or
 * absent; every closed vocabulary in its list)? What it passes, `normalizeReport` and every
 * element can read without throwing. It answers yes or no only: what is wrong, and all that
 * types cannot say (unknown fields, empty text, slug ids, whole numbers, unique ids, quotes at
 * their offsets, references), is `parseReport`'s to find and word.
 *
 * Everything `parseReport` accepts, this accepts (test/schema/report-shape.test.ts); it may
 * accept more, which the full validation then rejects.
 */

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const string: Check = (value) => typeof value === 'string';
const number: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const boolean: Check = (value) => typeof value === 'boolean';
const oneOf =
  (list: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && list.includes(value);
const arrayOf =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };

/**
 * An object whose listed fields, where present, pass their checks; `required` ones must be
 * present. Plain loops over precomputed lists: the check runs once per report, before the first
 * paint, in code the engine has not optimized yet, where destructuring and callbacks cost most.
 */
function shape(fields: Readonly<Record<string, Check>>, required: readonly string[] = []): Check {
  const keys = Object.keys(fields);
  const checks = keys.map((key) => fields[key]!);
  return (value) => {
    if (!isRecord(value)) return false;
    for (let i = 0; i < required.length; i++) if (value[required[i]!] === undefined) return false;
    for (let i = 0; i < keys.length; i++) {
      const field = value[keys[i]!];
      if (field !== undefined && !checks[i]!(field)) return false;
    }
    return true;
  };
}

const span = { quote: string, start: number, end: number };

const figureFields = {
  label: string,
  labelEn: string,
  kind: oneOf(metricKinds),
  value: number,
  valueMax: number,
  unit: string,
  unitEn: string,
  printed: string,
  magnitude: oneOf(magnitudeWords),
  qualifier: oneOf(qualifierWords),
  currency: oneOf(currencies),
  changeWord: oneOf(changeWords),
  period: string,
  cumulative: boolean,
  polarity: oneOf(polarities),
};

const metric = shape(
  { ...figureFields, id: string, ...span, honor: string, correction: shape({ text: string, unit: string, note: string }, ['text', 'note']), note: string },
  ['label', 'value'],
);

const honor = shape(
  {
    id: string,
    label: string,
    labelEn: string,
    kind: oneOf(honorKinds),
    scope: oneOf(honorScopes),
    scopeText: string,
    scopeTextEn: string,
    position: number,
    streak: number,
    streakUnit: string,
    topN: number,
    printed: string,
    ...span,
    note: string,
  },
  ['label', 'printed'],
);

const initiative = shape({ id: string, title: string, titleEn: string, text: string, metrics: arrayOf(metric), honors: arrayOf(honor), note: string }, ['title']);

const department = shape(
  { id: string, name: string, fullName: string, nameEn: string, group: string, initiatives: arrayOf(initiative), note: string },
  ['name', 'initiatives'],
);

const term = shape({ zh: string, en: string, enPlural: string }, ['zh']);

const report = shape(
  {
    $schema: string,
    schemaVersion: oneOf(schemaVersions),
    id: string,
    title: string,
    titleEn: string,
    region: shape({ name: string, nameEn: string }, ['name']),
    year: number,
    period: string,
    terms: shape({ group: term, department: term, initiative: term }),
    source: shape({ title: string, publisher: string, file: string, url: string, note: string }, ['title']),
    groups: arrayOf(shape({ id: string, name: string, nameEn: string }, ['id', 'name'])),
    departments: arrayOf(department),
  },
  ['title', 'year', 'departments'],
);

/** Whether `value` has a report's types (see above). Never throws: a hostile getter is a no. */
export function hasReportShape(value: unknown): value is ReportInput {
  try {
    return report(value);
  } catch {
    return false;
  }
}

/**
 * A report read the cheap way: JSON text parsed, the shape checked, the defaults filled in.
 * `undefined` when the input is not (the shape of) a report: `parseReport` then says why.
 */
export function readReportShape(input: unknown): Report | undefined {
  try {
    const value: unknown = typeof input === 'string' ? JSON.parse(input) : input;
    return hasReportShape(value) ? normalizeReport(value) : undefined;
  } catch {
    return undefined;
  }
}
