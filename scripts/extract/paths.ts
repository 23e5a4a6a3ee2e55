import { fileURLToPath } from 'node:url';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Where the Huzhou 2024 dataset's inputs and outputs live. */
export const huzhou2024 = {
  source: repo('data/source/huzhou-2024.txt'),
  config: repo('data/huzhou-2024.config.json'),
  annotations: repo('data/annotations/huzhou-2024'),
  output: repo('data/huzhou-2024.json'),
  /** The same data as a module, so bundlers give it a lazy chunk of its own. */
  module: repo('packages/hz-viz/src/data/huzhou-2024.ts'),
} as const;

/** The invented sample (示例数据) the Storybook sample page shows, as the extractor drafts it. */
export const storySample = {
  source: repo('test/extract/samples/themes/source.txt'),
  output: repo('stories/data/yunxi-themes-2024.json'),
} as const;
