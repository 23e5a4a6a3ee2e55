import type { Honor, HonorInput } from './model/honor.js';
import type { Metric, MetricInput } from './model/metric.js';
import type { Department, Initiative, InitiativeInput, Report, ReportInput } from './model/report.js';
import { completeTerm, defaultTerms } from './model/terms.js';
import { currentSchemaVersion } from './model/vocabulary.js';
import { parseRank } from './parse/ranks.js';
import { unitKind } from './parse/unit-kinds.js';

/**
 * Fills in what a report file may leave out, so every element reads one complete shape:
 * ids from each item's place (d1, d1.i2, d1.i2.m3), a metric's kind from its unit, an honor's
 * rank from its printed words, offsets from where the quote sits in the text, the default terms.
 * Pure and total: what cannot be filled (a quote that is not in the text) is left for the
 * cross-checks to report with its path.
 */
export function normalizeReport(input: ReportInput): Report {
  const { $schema: _schema, schemaVersion, id, period, terms, groups, departments, ...rest } = input;
  return {
    schemaVersion: schemaVersion ?? currentSchemaVersion,
    id: id ?? 'report',
    ...rest,
    period: period ?? '全年',
    terms: {
      group: completeTerm(terms?.group, defaultTerms.group),
      department: completeTerm(terms?.department, defaultTerms.department),
      initiative: completeTerm(terms?.initiative, defaultTerms.initiative),
    },
    groups: groups ?? [],
    departments: departments.map((department, d): Department => {
      const departmentId = department.id ?? `d${d + 1}`;
      return {
        ...department,
        id: departmentId,
        initiatives: department.initiatives.map((initiative, i) => normalizeInitiative(initiative, `${departmentId}.i${i + 1}`)),
      };
    }),
  };
}

/** One initiative completed as `normalizeReport` completes it: for an element given an initiative object. */
export function normalizeInitiative(initiative: InitiativeInput, fallbackId: string): Initiative {
  const id = initiative.id ?? fallbackId;
  const locate = locator(initiative.text);
  return {
    ...initiative,
    id,
    metrics: (initiative.metrics ?? []).map((metric, m) => locate(normalizeMetric(metric, `${id}.m${m + 1}`))),
    honors: (initiative.honors ?? []).map((honor, h) => locate(normalizeHonor(honor, `${id}.h${h + 1}`))),
  };
}

function normalizeMetric(metric: MetricInput, fallbackId: string): Metric {
  const unit = metric.unit ?? '';
  const info = unitKind(unit);
  const kind = metric.kind ?? info.kind;
  return {
    ...metric,
    id: metric.id ?? fallbackId,
    kind,
    unit,
    ...(kind === 'money' && metric.currency === undefined && info.currency && { currency: info.currency }),
    polarity: metric.polarity ?? (kind === 'date' ? 'neutral' : 'higher-is-better'),
  };
}

/** An honor given only as printed words (居全省第1) takes its rank from them. */
function normalizeHonor(honor: HonorInput, fallbackId: string): Honor {
  const id = honor.id ?? fallbackId;
  if (honor.kind !== undefined) return { ...honor, id, kind: honor.kind };
  const read = parseRank(honor.printed);
  if (!read) return { ...honor, id } as Honor; // kind stays missing: the cross-checks say so
  const { start: _start, end: _end, quote: _quote, printed: _printed, ...rank } = read;
  return { ...rank, ...honor, id, kind: rank.kind };
}

/** Places a quote given without offsets at its first occurrence in the paragraph. */
function locator(text: string | undefined) {
  return <T extends { quote?: string; start?: number; end?: number }>(item: T): T => {
    if (item.quote === undefined || item.start !== undefined || item.end !== undefined || text === undefined) return item;
    const at = text.indexOf(item.quote);
    return at === -1 ? item : { ...item, start: at, end: at + item.quote.length };
  };
}
