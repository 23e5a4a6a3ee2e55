/**
 * Builds data/huzhou-2024.json from the source text and the annotations.
 *
 *   npm run extract            write the dataset
 *   npm run extract -- --check exit 1 if the committed dataset differs from a rebuild
 *   npm run extract -- --todo  add an empty annotation for every figure and honor not yet annotated
 *   npm run extract -- --only kexie,wenlian
 *                              check those departments' annotations and coverage; writes nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../packages/schema/src/index.js';
import { readAnnotations } from './annotations.js';
import { AnnotationProblems } from './build-initiative.js';
import { buildReport } from './build-report.js';
import { measureCoverage } from './coverage.js';
import { huzhou2024 } from './paths.js';
import { serializeReport, serializeReportModule } from './serialize.js';
import { addMissingAnnotations } from './todo.js';

function main(args: readonly string[]): number {
  const sourceText = readFileSync(huzhou2024.source, 'utf8');
  if (args.includes('--todo')) {
    const added = addMissingAnnotations(sourceText, huzhou2024.annotations);
    console.log(`added ${added} empty annotations under ${huzhou2024.annotations}`);
    return 0;
  }
  const onlyAt = args.indexOf('--only');
  const only = onlyAt === -1 ? undefined : (args[onlyAt + 1] ?? '').split(',');
  let report;
  let annotations;
  try {
    annotations = readAnnotations(huzhou2024.annotations, only);
    report = buildReport(sourceText, annotations, { only });
  } catch (error) {
    if (error instanceof AnnotationProblems) {
      console.error(`${error.problems.length} problems:\n${error.message}`);
      return 1;
    }
    throw error;
  }
  const checked = parseReport(report);
  if (!checked.ok) {
    console.error(checked.problems.map((p) => p.message).join('\n'));
    return 1;
  }
  if (only) {
    const coverage = measureCoverage(checked.report, { ...annotations, departments: annotations.departments.filter((d) => only.includes(d.id)) });
    for (const u of coverage.uncovered) console.log(`not covered: ${u.initiative} (${u.where}): ${u.figure}  …${u.context}…`);
    console.log(`${only.join(', ')}: annotations complete; coverage ${coverage.covered}/${coverage.total}`);
    return coverage.uncovered.length === 0 ? 0 : 1;
  }
  const serialized = serializeReport(checked.report);
  if (args.includes('--check')) {
    const committed = readFileSync(huzhou2024.output, 'utf8');
    const committedModule = readFileSync(huzhou2024.module, 'utf8');
    if (committed !== serialized || committedModule !== serializeReportModule(serialized)) {
      console.error(`${huzhou2024.output} is stale: run npm run extract`);
      return 1;
    }
    console.log(`${huzhou2024.output} is up to date`);
    return 0;
  }
  writeFileSync(huzhou2024.output, serialized);
  writeFileSync(huzhou2024.module, serializeReportModule(serialized));
  const metrics = checked.report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics)).length;
  const honors = checked.report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors)).length;
  console.log(`wrote ${join('data', 'huzhou-2024.json')}: ${checked.report.departments.length} departments, ${metrics} metrics, ${honors} honors`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
