import { readFileSync } from 'node:fs';

const dataset = () => readFileSync('data/huzhou-2024.json', 'utf8');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Endpoints the browser tests fetch to exercise <hz-report>'s failure paths:
 *   /__hz-test__/status/404           that status, no report
 *   /__hz-test__/text?body=…          a 200 with the given body (invalid JSON, invalid report)
 *   /__hz-test__/slow?ms=300          the real dataset after a delay
 *   /__hz-test__/flaky?key=k          fails (503) the first time for a key, then succeeds
 *   /__hz-test__/csp.html             every element under a strict CSP with Trusted Types
 *   /__hz-test__/other-version/…      the drop-in bundle as if it were another release (0.0.9)
 */
const flakyKeys = new Set();

const cspPage = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <script type="module" src="/test/pages/csp-probe.js"></script>
    <script type="module" src="/packages/hz-viz/dist/cdn/hz-viz-huzhou.min.js"></script>
  </head>
  <body>
    <hz-report>
      <hz-department-treemap></hz-department-treemap>
      <hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card>
      <hz-metric-bar metric="canlian.assistive-devices.device-fitting-completion-rate"></hz-metric-bar>
      <hz-bar-list department="canlian" kind="completion"></hz-bar-list>
      <hz-rank-badge text="全国首个"></hz-rank-badge>
      <hz-achievement-card initiative="jiaotong.port"></hz-achievement-card>
    </hz-report>
    <hz-metric-card label="x" value="12万x"></hz-metric-card>
  </body>
</html>`;

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
  if (path === '/__hz-test__/csp.html') {
    context.set('Content-Security-Policy', "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
    context.type = 'text/html';
    context.body = cspPage;
    return;
  }
  if (path.startsWith('/__hz-test__/other-version/')) {
    const file = path.slice('/__hz-test__/other-version/'.length);
    if (!/^[\w.-]+\.js$/.test(file)) return next();
    context.type = 'application/javascript';
    const version = /hzVizVersion = '([^']+)'/.exec(readFileSync('packages/hz-viz/src/internal/define.ts', 'utf8'))[1];
    context.body = readFileSync(`packages/hz-viz/dist/cdn/${file}`, 'utf8').replaceAll(`"${version}"`, '"0.0.9"');
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
