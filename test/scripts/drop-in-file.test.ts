import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/**
 * A page opened as a file, with the drop-in folder copied beside it as a user would unzip it: the
 * first file loads its lazy files (here the Huzhou dataset) from file:// too (decision 0013).
 */
describe('the drop-in on a page opened as a file (file://)', () => {
  let browser: Browser;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hz-viz-file-'));
    cpSync('packages/hz-viz/dist/cdn', join(dir, 'hz-viz'), { recursive: true });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, body: string) {
    writeFileSync(join(dir, name), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="hz-viz/hz-viz-huzhou.min.js"></script></head><body>${body}</body></html>`);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(dir, name)).href);
    return { page, errors };
  }

  it('shows the Huzhou report from its lazy dataset file', async () => {
    const { page, errors } = await open('report.html', '<hz-report><hz-department-treemap></hz-department-treemap><hz-metric-card metric="caizheng.resources.local-government-bonds-issued"></hz-metric-card></hz-report>');
    await page.waitForFunction(() => (document.querySelector('hz-department-treemap')?.shadowRoot?.querySelectorAll('[role=treeitem]').length ?? 0) === 4, null, { timeout: 15_000 });
    await page.waitForFunction(() => (document.querySelector('hz-metric-card')?.shadowRoot?.textContent ?? '').includes('265.8亿元'), null, { timeout: 15_000 });
    assert.deepEqual(errors, []);
  });

  it('says a report from src needs a web server, in the page’s language', async () => {
    const { page, errors } = await open('src.html', '<hz-report src="report.json"></hz-report>');
    const alert = await page.waitForFunction(() => document.querySelector('hz-report')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '', null, { timeout: 15_000 });
    assert.match(String(await alert.jsonValue()), /直接打开的本地文件（file:\/\/）不能读取报告/);
    assert.deepEqual(errors, []);
  });
});
