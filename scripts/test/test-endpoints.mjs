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
 *   /__hz-test__/slow-cdn/…           the drop-in folder with its lazy files 400 ms late
 *   /__hz-test__/without/NAME/…       the drop-in folder with its lazy files whose names start
 *                                     with NAME missing (404), as a copy hosted incompletely
 *   /__hz-test__/watched/SITE.html    the static page hz-viz-render wrote to tmp/fixtures/ssr/SITE/,
 *                                     with test/pages/hydration-watch.js run after its last element
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
  if (path.startsWith('/__hz-test__/watched/')) {
    const site = path.slice('/__hz-test__/watched/'.length).replace(/\.html$/, '');
    if (!/^[\w-]+$/.test(site)) return next();
    const page = readFileSync(`tmp/fixtures/ssr/${site}/index.html`, 'utf8');
    context.type = 'text/html';
    // Its own folder stays the base of its links (the drop-in, report.json); the watcher is a
    // classic script at the end of <body>: it runs once every element is parsed, before the
    // deferred drop-in does.
    context.body = page.replace('<head>', `<head><base href="/tmp/fixtures/ssr/${site}/">`).replace('</body>', '<script src="/test/pages/hydration-watch.js"></script></body>');
    return;
  }
  if (path.startsWith('/__hz-test__/other-version/')) {
    const file = path.slice('/__hz-test__/other-version/'.length);
    if (!/^(lazy\/)?[\w.-]+\.js$/.test(file)) return next();
    context.type = 'application/javascript';
    const version = /hzVizVersion = '([^']+)'/.exec(readFileSync('packages/hz-viz/src/internal/define.ts', 'utf8'))[1];
    // The first file says its release in its messages too (hz-viz 0.1.0 …), not only as a string.
    const code = readFileSync(`packages/hz-viz/dist/cdn/${file}`, 'utf8').replaceAll(`"${version}"`, '"0.0.9"');
    context.body = file.startsWith('lazy/') ? code : code.replaceAll(`hz-viz ${version}`, 'hz-viz 0.0.9');
    return;
  }
  if (path.startsWith('/__hz-test__/slow-cdn/')) {
    const file = path.slice('/__hz-test__/slow-cdn/'.length);
    if (!/^(lazy\/)?[\w.-]+\.js$/.test(file)) return next();
    if (file.startsWith('lazy/')) await wait(400);
    context.type = 'application/javascript';
    context.body = readFileSync(`packages/hz-viz/dist/cdn/${file}`, 'utf8');
    return;
  }
  if (path.startsWith('/__hz-test__/without/')) {
    const [missing, ...rest] = path.slice('/__hz-test__/without/'.length).split('/');
    const file = rest.join('/');
    if (!/^(lazy\/)?[\w.-]+\.js$/.test(file)) return next();
    if (file.startsWith(`lazy/${missing}`)) {
      context.status = 404;
      context.body = 'not here';
      return;
    }
    context.type = 'application/javascript';
    context.body = readFileSync(`packages/hz-viz/dist/cdn/${file}`, 'utf8');
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
