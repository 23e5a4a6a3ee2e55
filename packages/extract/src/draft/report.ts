import type { DepartmentInput, GroupInput, InitiativeInput, Problem, ReportInput, Result } from '@hz-viz/schema';
import { currentSchemaVersion, failure, mergeLexicons, problem, success } from '@hz-viz/schema';
import type { DepartmentOverlay, InitiativeOverlay, Overlay } from '../annotations/overlay.js';
import { emptyOverlay } from '../annotations/overlay.js';
import type { DraftConfig } from '../config.js';
import { commonLexicon } from '../lexicons/common.js';
import type { SourceDocument } from '../readers/document.js';
import { readOutline } from '../readers/outline.js';
import { readPdfTable } from '../readers/pdf-table.js';
import type { DraftReview, ParagraphReview } from '../review/model.js';
import { draftParagraph } from './paragraph.js';
import { slugOf, uniqueIds } from './slug.js';
import { termsForKind } from './terms.js';
import { draftTitle } from './title.js';

export interface DraftSource {
  readonly text: string;
  /** The file it came from, as the report's source.file and in messages. */
  readonly name?: string;
  readonly encoding?: string;
}

export interface DraftOptions {
  readonly config?: DraftConfig;
  readonly overlay?: Overlay;
}

/** A draft report, ready for `parseReport`, and what the editor should look at. */
export interface Draft {
  readonly report: ReportInput;
  readonly review: DraftReview;
}

const yearInTitle = /((?:19|20)[0-9]{2})\s*年/u;
const regionInTitle = /^(.{2,8}?(?:自治区|自治州|省|市|县|区|州|盟))/u;

function readDocument(text: string, config: DraftConfig, overlay: Overlay): Result<SourceDocument> {
  if (config.reader !== 'pdf-table') return readOutline(text, config.levels ? { levels: config.levels } : {});
  if (overlay.departments.length === 0) {
    return failure([problem('config.reader', 'the pdf-table reader matches the department names and titles listed in the annotations, and the config names none')]);
  }
  return readPdfTable(text, {
    departments: overlay.departments.map((d) => ({ name: d.name, titles: (d.initiatives ?? []).map((i) => i.title) })),
    paragraphBreaks: (overlay.report.paragraphBreaks ?? []).map((b) => b.lineStartsWith),
  });
}

/**
 * Any report's text to a draft report: the reader the config names (the outline reader by
 * default) finds units and paragraphs; the generic parsers, with the common and the dataset's
 * lexicon, find every figure and honor; the overlay's corrections win where an editor gave them.
 */
export function draftReport(source: DraftSource, options: DraftOptions = {}): Result<Draft> {
  const config = options.config ?? {};
  const overlay = options.overlay ?? emptyOverlay;
  const strict = config.requireAnnotations ?? false;
  const lexicon = mergeLexicons(commonLexicon, config.lexicon);
  const name = source.name ?? 'input';

  const read = readDocument(source.text, config, overlay);
  if (!read.ok) return read;
  const document = read.value;
  const meta = overlay.report;

  const problems: Problem[] = [];
  const title = meta.title ?? document.title ?? name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const year = meta.year ?? config.year ?? Number(yearInTitle.exec(document.title ?? '')?.[1] ?? NaN);
  if (!Number.isInteger(year)) {
    return failure([problem('year', `cannot tell the report's year: the title ${document.title ? `“${document.title}” names none` : 'is missing'}. Pass --year 2024, or set "year" in the config.`)]);
  }
  const period = meta.period ?? '全年';
  const regionName = regionInTitle.exec(title)?.[1];
  const region = meta.region ?? (regionName ? { name: regionName } : undefined);
  const terms = meta.terms ?? termsForKind(document.unitKind);

  const groupIds = uniqueIds();
  const groups: GroupInput[] = meta.groups
    ? meta.groups.map(({ id, name: groupName, nameEn }) => ({ id, name: groupName, ...(nameEn && { nameEn }) }))
    : document.groups.map((g) => ({ id: groupIds(slugOf(g.name, 4)), name: g.name }));
  const groupIdOf = (groupName: string | undefined) => groups.find((g) => g.name === groupName)?.id;

  const unitIds = uniqueIds();
  const reviews: ParagraphReview[] = [];
  const departments: DepartmentInput[] = document.units.map((unit, u) => {
    const unitOverlay: DepartmentOverlay | undefined = config.reader === 'pdf-table' ? overlay.departments[u] : overlay.departments.find((d) => d.name === unit.name);
    const id = unitOverlay?.id ?? unitIds(slugOf(unit.name, 4));
    const initiativeIds = uniqueIds();
    const initiatives = unit.paragraphs.map((paragraph, p): InitiativeInput => {
      const drafted = paragraph.title === undefined;
      const paragraphTitle = paragraph.title ?? draftTitle(paragraph.text);
      const initiativeOverlay: InitiativeOverlay | undefined =
        config.reader === 'pdf-table' ? unitOverlay?.initiatives?.[p] : unitOverlay?.initiatives?.find((i) => i.title === paragraphTitle);
      const initiativeId = initiativeOverlay?.id ?? `${id}.${initiativeIds(slugOf(paragraphTitle, 4))}`;
      const where = `${initiativeId} (source line ${paragraph.line})`;
      const drafts = draftParagraph(paragraph.text, { initiativeId, year, defaultPeriod: period, lexicon, overlay: initiativeOverlay, strict, where });
      problems.push(...drafts.problems.map((message) => problem('', message)));
      for (const quote of Object.keys(initiativeOverlay?.titleExclusions ?? {})) {
        if (!paragraphTitle.includes(quote)) problems.push(problem('', `${where}: title exclusion "${quote}" is not in the title`));
      }
      reviews.push({
        unit: unit.name,
        initiativeId,
        title: paragraphTitle,
        titleDrafted: drafted,
        line: paragraph.line,
        text: paragraph.text,
        found: drafts.found,
        skipped: drafts.skipped,
        unsure: drafts.unsure,
      });
      return {
        id: initiativeId,
        title: paragraphTitle,
        ...(initiativeOverlay?.titleEn && { titleEn: initiativeOverlay.titleEn }),
        text: paragraph.text,
        metrics: drafts.metrics,
        honors: drafts.honors,
      };
    });
    const group = unitOverlay?.group ?? groupIdOf(unit.group);
    return {
      id,
      name: unit.name,
      ...(unitOverlay?.fullName && { fullName: unitOverlay.fullName }),
      ...(unitOverlay?.nameEn && { nameEn: unitOverlay.nameEn }),
      ...(group && { group }),
      initiatives,
    };
  });
  if (problems.length > 0) return failure(problems);

  const metricCount = reviews.reduce((sum, r) => sum + r.found.filter((f) => f.type === 'metric').length, 0);
  const honorCount = reviews.reduce((sum, r) => sum + r.found.filter((f) => f.type === 'honor').length, 0);
  if (metricCount + honorCount === 0) {
    return failure([problem('', `${name}: found no figures or honors in its ${reviews.length} paragraph${reviews.length === 1 ? '' : 's'}: nothing to show. Is this the report's text?`)]);
  }

  const report: ReportInput = {
    schemaVersion: meta.schemaVersion ?? currentSchemaVersion,
    id: meta.id ?? `${slugOf(region?.name ?? title, 4)}-${year}`,
    title,
    ...(meta.titleEn && { titleEn: meta.titleEn }),
    ...(region && { region }),
    year,
    period,
    ...(terms && { terms }),
    source: meta.source ?? {
      title: document.title ?? title,
      ...(source.name && { file: source.name }),
      ...(document.notes.length > 0 && { note: document.notes.join(' ') }),
    },
    ...(groups.length > 0 && { groups }),
    departments,
  };
  const review: DraftReview = {
    source: { name, ...(source.encoding && { encoding: source.encoding }), layout: document.layout, notes: document.notes },
    summary: {
      units: departments.length,
      paragraphs: reviews.length,
      metrics: metricCount,
      honors: honorCount,
      skipped: reviews.reduce((sum, r) => sum + r.skipped.length, 0),
      unsure: reviews.reduce((sum, r) => sum + r.unsure.length, 0),
    },
    paragraphs: reviews,
    unused: document.unused,
  };
  return success({ report, review });
}
