/**
 * Fixtures the browser tests load that need a bundler first: the React 19 page (React ships
 * CommonJS). Built with esbuild into tmp/fixtures/. Run after `npm run build`.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['test/pages/react-page.tsx'],
  bundle: true,
  format: 'esm',
  outfile: 'tmp/fixtures/react-page.js',
  jsx: 'automatic',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
