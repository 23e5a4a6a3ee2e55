/**
 * Screenshots of the visual gallery pages in Debian's headless Chromium.
 *   node scripts/screenshots/take.mjs [page …]   → tmp/screenshots/<page>-<variant>.png
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { quietChromium, withoutOmniboxPopup } from '../chromium-args.mjs';

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync('test/visual').filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
const variants = [
  { name: 'light', colorScheme: 'light', query: '' },
  { name: 'dark', colorScheme: 'dark', query: '' },
  { name: 'en', colorScheme: 'light', query: '?lang=en' },
];
mkdirSync('tmp/screenshots', { recursive: true });
const server = await serve();
const { port } = server.server.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...quietChromium, withoutOmniboxPopup],
});
try {
  for (const page of pages) {
    for (const variant of variants) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, colorScheme: variant.colorScheme, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`${page}: ${error.message}`));
      await tab.goto(`http://127.0.0.1:${port}/test/visual/${page}.html${variant.query}`);
      await tab.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 }).catch(() => console.error(`${page}: not ready`));
      const file = `tmp/screenshots/${page}-${variant.name}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
