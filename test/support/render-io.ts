import { readFileSync, writeFileSync } from 'node:fs';
import type { RenderIo } from '../../packages/ssr/src/cli/render.js';

/** `hz-viz-render`'s inputs and outputs for an in-process run: real files, with what it wrote and said recorded. */
export function recordingIo() {
  const err: string[] = [];
  const out: string[] = [];
  const written: string[] = [];
  const io: RenderIo = {
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, data) => {
      written.push(path);
      writeFileSync(path, data);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, err, out, written };
}
