import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { quietChromium } from '../../scripts/chromium-args.mjs';
import { renderReportPage } from '../../packages/ssr/src/index.js';

/**
 * The static report page printed by Chromium to an A4 PDF: no card is split across two pages.
 * Each card's first and last words (as the print layout shows them) are looked up in the PDF's
 * text, page by page, in reading order: both must be on one page.
 */
let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: [...quietChromium] });
});
after(() => browser?.close());

/**
 * The PDF's text, one string per page, without white space (the PDF's runs are not the DOM's),
 * NFKC-normalized: pdf.js reads some glyphs of the CJK font as Kangxi radicals (⼯ for 工).
 */
async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '').normalize('NFKC'));
  }
  return pages;
}

/**
 * Run in the page (a string: the test's TypeScript transform would wrap named functions in a
 * helper the page does not have): every card's first and last printed words, in page order.
 */
const cardWords = `(() => {
  const words = (root) => {
    const out = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node.textContent ?? '').replace(/\\s+/g, '');
        if (text && node.parentElement?.checkVisibility({ visibilityProperty: true }) && !node.parentElement.closest('.sr-only')) out.push(text);
        return;
      }
      if (node.localName === 'style' || node.localName === 'template') return;
      if (node.localName === 'slot') return node.assignedNodes({ flatten: true }).forEach(walk);
      (node.shadowRoot ?? node).childNodes.forEach(walk);
    };
    walk(root);
    return out;
  };
  return [...document.querySelectorAll('hz-metric-card, hz-rank-badge, hz-achievement-card')].map((card) => {
    const all = words(card);
    return { tag: card.localName, first: all[0].slice(0, 6), last: all[all.length - 1].slice(-4) };
  });
})()`;

describe('printing the static report page', () => {
  it('splits no card across pages', async () => {
    const page = await renderReportPage(JSON.parse(readFileSync('data/huzhou-2024.json', 'utf8')));
    assert.ok(page.ok);
    const tab = await browser.newPage();
    await tab.setContent(page.value, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print' });
    // Every card's first and last words as printed, in page order.
    const cards = (await tab.evaluate(cardWords)) as { tag: string; first: string; last: string }[];
    const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
    await tab.close();
    const pages = await pdfPages(new Uint8Array(pdf));
    assert.ok(pages.length > 5, `${pages.length} pages`);
    assert.ok(cards.length > 100, `${cards.length} cards`);
    // A cursor through the pages in reading order: each card is found after the one before it.
    let at = { page: 0, offset: 0 };
    // A few glyphs come out as CJK radicals NFKC does not map (⻔ for 门): any Chinese character
    // of the card may be read as any radical.
    const pattern = (text: string) => new RegExp([...text].map((c) => (/\p{Script=Han}/u.test(c) ? `(?:${c}|[\u2E80-\u2FDF])` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''), 'gu');
    const find = (text: string, from: { page: number; offset: number }) => {
      const re = pattern(text);
      for (let p = from.page; p < pages.length; p++) {
        re.lastIndex = p === from.page ? from.offset : 0;
        const match = re.exec(pages[p]!);
        if (match) return { page: p, offset: match.index, length: match[0].length };
      }
      return undefined;
    };
    const split: string[] = [];
    for (const card of cards) {
      const first = find(card.first, at);
      assert.ok(first, `${card.tag} "${card.first}" is in the PDF`);
      const last = find(card.last, { page: first.page, offset: first.offset + first.length - 1 });
      assert.ok(last, `${card.tag} "${card.first}…${card.last}" ends in the PDF`);
      if (last.page !== first.page) split.push(`${card.tag} "${card.first}…${card.last}" (pages ${first.page + 1}–${last.page + 1})`);
      at = last;
    }
    assert.deepEqual(split, []);
  });
});
