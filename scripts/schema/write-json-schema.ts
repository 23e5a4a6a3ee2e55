/**
 * Writes packages/schema/report.schema.json from the zod schema.
 *   npm run json-schema            write it
 *   npm run json-schema -- --check exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../../packages/schema/src/index.js';

export const jsonSchemaFile = fileURLToPath(new URL('../../packages/schema/report.schema.json', import.meta.url));
export const serializedJsonSchema = () => `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const stale = readFileSync(jsonSchemaFile, 'utf8') !== serializedJsonSchema();
    console.log(stale ? `${jsonSchemaFile} is stale: run npm run json-schema` : `${jsonSchemaFile} is up to date`);
    process.exitCode = stale ? 1 : 0;
  } else {
    writeFileSync(jsonSchemaFile, serializedJsonSchema());
    console.log(`wrote ${jsonSchemaFile}`);
  }
}
