/**
 * Opens every story of the built Storybook (storybook-static/) in headless Chromium, saves a
 * screenshot to tmp/screenshots/stories/<id>.png and runs axe-core on it.
 *   npm run build-storybook && node scripts/screenshots/stories.mjs [filter]
 * Exits 1 when a story has an axe violation or a page error.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';

const filter = process.argv[2] ?? '';
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync('tmp/screenshots/stories', { recursive: true });

const server = await startDevServer({
  config: { rootDir: 'storybook-static', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
let failures = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  for (const story of stories) {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`http://127.0.0.1:${port}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    await tab.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 20_000 }).catch(() => errors.push('nothing rendered'));
    await tab.waitForTimeout(story.id.includes('report-page') ? 2500 : 900);
    await tab.screenshot({ path: `tmp/screenshots/stories/${story.id}.png`, fullPage: true });
    const height = await tab.evaluate(() => document.querySelector('#storybook-root')?.getBoundingClientRect().height ?? 0);
    if (height < 10) errors.push(`nothing visible (story root is ${height}px tall)`);
    await tab.addScriptTag({ content: axeSource });
    const violations = await tab.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
    });
    const problems = [...errors, ...violations];
    if (problems.length > 0) failures++;
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${story.id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${stories.length - failures} stories clean, ${failures} with problems`);
process.exitCode = failures > 0 ? 1 : 0;
