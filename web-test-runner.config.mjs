import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { quietChromium } from './scripts/chromium-args.mjs';
import { countReporter } from './scripts/test/count-reporter.mjs';
import { testEndpoints } from './scripts/test/test-endpoints.mjs';

/** Browser tests: every element is tested in Debian's headless Chromium (no downloaded browser). */
export default {
  files: ['test/browser/**/*.test.ts', 'test/dist/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [testEndpoints],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.browser.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          ...quietChromium,
          // For the leak tests: a forced GC and exact heap figures.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter('tmp/wtr-counts.json')],
};
