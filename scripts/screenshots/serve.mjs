import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Serves the repository with TypeScript compiled on the fly, for screenshots and manual checks. */
export async function serve(port = 0) {
  return startDevServer({
    config: {
      rootDir: process.cwd(),
      port,
      hostname: '127.0.0.1',
      nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
      plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.browser.json', target: 'es2022' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}
