import { fileURLToPath } from 'node:url';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Where the Huzhou 2024 dataset's inputs and output live. */
export const huzhou2024 = {
  source: repo('data/source/huzhou-2024.txt'),
  annotations: repo('data/annotations/huzhou-2024'),
  output: repo('data/huzhou-2024.json'),
  /** The same data as a module, so bundlers give it a lazy chunk of its own. */
  module: repo('packages/hz-viz/src/data/huzhou-2024.ts'),
} as const;
