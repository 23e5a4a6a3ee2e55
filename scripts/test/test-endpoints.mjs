import { readFileSync } from 'node:fs';

const dataset = () => readFileSync('data/huzhou-2024.json', 'utf8');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Endpoints the browser tests fetch to exercise <hz-report>'s failure paths:
 *   /__hz-test__/status/404           that status, no report
 *   /__hz-test__/text?body=…          a 200 with the given body (invalid JSON, invalid report)
 *   /__hz-test__/slow?ms=300          the real dataset after a delay
 *   /__hz-test__/flaky?key=k          fails (503) the first time for a key, then succeeds
 */
const flakyKeys = new Set();

export async function testEndpoints(context, next) {
  const { path, query } = context;
  if (!path.startsWith('/__hz-test__/')) return next();
  context.set('Cache-Control', 'no-store');
  if (path.startsWith('/__hz-test__/status/')) {
    context.status = Number(path.split('/').pop());
    context.body = 'error page';
    return;
  }
  if (path === '/__hz-test__/text') {
    context.type = 'application/json';
    context.body = String(query.body ?? '');
    return;
  }
  if (path === '/__hz-test__/slow') {
    await wait(Math.min(Number(query.ms ?? 300), 5000));
    context.type = 'application/json';
    context.body = dataset();
    return;
  }
  if (path === '/__hz-test__/flaky') {
    const key = String(query.key ?? '');
    if (!flakyKeys.has(key)) {
      flakyKeys.add(key);
      context.status = 503;
      context.body = 'try again';
      return;
    }
    context.type = 'application/json';
    context.body = dataset();
    return;
  }
  return next();
}
