/**
 * Opens every story of the built Storybook (storybook-static/) in headless Chromium, saves a
 * screenshot to tmp/screenshots/stories/<id>.png and runs axe-core on it.
 *   npm run build-storybook && node scripts/screenshots/stories.mjs [filter] [--report counts.json]
 * Exits 1 when a story has an axe violation, a page error or nothing visible. npm test runs it
 * with --report, counting each story as one test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { quietChromium, withoutOmniboxPopup } from '../chromium-args.mjs';

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const reportFile = reportAt === -1 ? undefined : args.splice(reportAt, 2)[1];
const filter = args[0] ?? '';
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
  args: [...quietChromium, withoutOmniboxPopup],
});
/** In the page: wait until reports have loaded and every hz-* element has finished rendering. */
async function settle(reportTimeout) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const reports = [...document.querySelectorAll('hz-report')];
  await Promise.race([Promise.all(reports.map((r) => r.loaded)), new Promise((resolve) => setTimeout(resolve, reportTimeout))]);
  for (let round = 0; round < 3; round++) {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hz-'));
    const inner = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('hz-')));
    await Promise.all([...elements, ...inner].map((el) => el.updateComplete));
    await frame();
    await frame();
  }
}

/** Each story that failed twice, with its first problem, for the report and npm test's closing lines. */
const failedStories = [];
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  /**
   * Opens a story in `tab`: the first in a fresh preview, the next ones by switching the preview
   * to them (Storybook's `setCurrentStory`, what its sidebar does), which unmounts the last story
   * first. Loading the preview is most of a story's time; a story that fails after a switch is
   * opened again alone, in a fresh tab, and counts only if it fails there too.
   */
  const open = async (tab, story, fresh) => {
    const url = `http://127.0.0.1:${port}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`;
    // Not the load event: the story's root is what is waited for, and the preview's last assets
    // (fonts, maps) need not hold every story up.
    if (fresh) await tab.goto(url, { waitUntil: 'domcontentloaded' });
    else
      await tab.evaluate(
        (storyId) =>
          new Promise((resolve, reject) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            // Only this story's rendering ends the wait: the story before it may still report
            // its own (Storybook cancels a render without waiting for it). A failure of any kind
            // ends it too, and the story is then opened again alone.
            const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
            const done = (error) => {
              clearTimeout(timer);
              for (const event of events) channel.off(event, handlers[event]);
              if (error) reject(error);
              else resolve();
            };
            const handlers = Object.fromEntries(
              events.map((event) => [
                event,
                (payload) => {
                  if (event === 'storyRendered') {
                    if (payload === storyId) done();
                  } else done(new Error(`${event}: ${JSON.stringify(payload)?.slice(0, 300)}`));
                },
              ]),
            );
            const timer = setTimeout(() => done(new Error('the story did not render within a minute')), 60_000);
            for (const event of events) channel.on(event, handlers[event]);
            channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
          }),
        story.id,
      );
  };

  /** One story: open it, let it settle, screenshot it, run axe; the problems found, none if clean. */
  const check = async (tab, story, fresh) => {
    const errors = [];
    const onError = (error) => errors.push(error.message);
    tab.on('pageerror', onError);
    try {
      await open(tab, story, fresh).catch((error) => errors.push(error.message));
      // Generous: the other tab may be running axe over a 1,000-card story on the same 2 cores.
      await tab.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 60_000 }).catch(() => errors.push('nothing rendered'));
      await tab.evaluate(settle, story.id.includes('loading') ? 300 : 4000);
      const height = await tab.evaluate(() => document.querySelector('#storybook-root')?.getBoundingClientRect().height ?? 0);
      // The whole story, up to 4,000 px: a 1,000-card story is 40,000 px tall, and painting all of
      // it for a picture nobody scrolls through took longer than the screenshot's time limit.
      const shown = await tab.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      await tab.screenshot({ path: `tmp/screenshots/stories/${story.id}.png`, fullPage: true, clip: { x: 0, y: 0, width: shown.width, height: Math.min(shown.height, 4000) } });
      if (height < 10) errors.push(`nothing visible (story root is ${height}px tall)`);
      // Our own axe, under a name of its own: Storybook's a11y addon loads another copy as
      // window.axe (run with its own rule settings), which must not replace ours in a tab that
      // checks many stories.
      if (fresh || !(await tab.evaluate(() => Boolean(window.__hzAxe)))) await tab.addScriptTag({ content: `${axeSource};window.__hzAxe = window.axe;` });
      // A page story is checked as a whole page (landmarks, one main); an element story in its root.
      const wholePage = story.id.includes('report-page');
      const violations = await tab.evaluate(async (page) => {
        // A run of ours may not have finished (axe allows one at a time per copy): wait for it
        // rather than fail the story.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.__hzAxe.run(page ? document : document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
          } catch (error) {
            if (attempt >= 20 || !String(error).includes('Axe is already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      }, wholePage);
      return [...errors, ...violations];
    } catch (error) {
      return [...errors, String(error)];
    } finally {
      tab.off('pageerror', onError);
    }
  };

  // Two tabs at a time (a third gained nothing on 2 cores), each working through the queue.
  const queue = [...stories];
  const worker = async () => {
    let tab;
    for (let story = queue.shift(); story; story = queue.shift()) {
      const fresh = !tab;
      tab ??= await context.newPage();
      let problems = await check(tab, story, fresh);
      if (problems.length > 0) {
        // Opened alone in a fresh tab before it counts: what a switch left behind is not the
        // story's fault, and on two cores shared with other work the preview of a 1,000-card
        // story has missed the minute once; a story that is really broken fails twice.
        await tab.close();
        console.log(`again ${story.id} (${problems[0]})`);
        tab = await context.newPage();
        problems = await check(tab, story, true);
      }
      if (problems.length > 0) failedStories.push(`${story.id}: ${problems[0]}`);
      console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${story.id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`);
    }
    await tab?.close();
  };
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
  await server.stop();
}
const failures = failedStories.length;
console.log(`${stories.length - failures} stories clean, ${failures} with problems`);
if (reportFile) writeFileSync(reportFile, JSON.stringify({ passed: stories.length - failures, failed: failures, failures: failedStories }));
process.exitCode = failures > 0 ? 1 : 0;
