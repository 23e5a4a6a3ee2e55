/**
 * What hz-viz's commands (hz-viz-draft, hz-viz-render) share that needs Node: not in the main
 * entry, which browsers load. `import { writeAtomically } from '@hz-viz/schema/node.js'`.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file beside its target under a temporary name, then renames it over the target: a
 * reader never sees half a file, and a failed write leaves the old one. `write` does the writing
 * (`fs.writeFileSync`, or a command's in-process io in its tests).
 */
export function writeAtomically<D extends string | Uint8Array>(path: string, data: D, write: (path: string, data: D) => void): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    write(temporary, data);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
