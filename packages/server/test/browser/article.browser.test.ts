import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedArticle, seedArticles } from '../helpers/seed.ts';
import { signIn, type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';
import { ownHostileArticle } from './hostile.ts';

/** Prose, a data table written as the cleaner writes one (cells joined by " | "), and nested facts. */
function tradeArticle(): SeedArticle {
  const lead = 'Refiners shipped 1,240 tonnes of oxide in March 2025, up 12.5% on the month.';
  const header = 'Destination | Tonnes | Share';
  const row1 = 'Northland | 610 tonnes | 49.2%';
  const row2 = 'Southport | 630 tonnes | 50.8%';
  const close = 'Analysts expect a further 300 tonnes before the quota review.';
  return {
    url: 'https://trade.example/oxide/march',
    title: 'Oxide shipments in March',
    siteName: 'Trade Example',
    paragraphs: [lead, header, row1, row2, close],
    facts: [
      { text: '1,240 tonnes', sentence: lead, value: 1240, confidence: 0.95, period: '2025-03' },
      { text: 'March 2025', sentence: lead, type: 'date', value: '2025-03', unit: null, confidence: 0.9 },
      // Inside the one above: its highlight nests in the month's.
      { text: '2025', sentence: lead, type: 'date', value: '2025', unit: null, confidence: 0.9 },
      { text: '12.5%', sentence: lead, type: 'percentage', value: 12.5, unit: '%', confidence: 0.5 },
      { text: '610 tonnes', sentence: row1, value: 610, confidence: 0.9 },
      { text: '49.2%', sentence: row1, type: 'percentage', value: 49.2, unit: '%', confidence: 0.9 },
      { text: '630 tonnes', sentence: row2, value: 630, confidence: 0.4 },
      { text: '300 tonnes', sentence: close, value: 300, confidence: 0.3 },
    ],
  };
}

type Highlights = Record<string, { text: string; offset: number | null; focusable: boolean }>;

/**
 * Each fact's highlights as the browser sees them: their joined text, and the offset of the first
 * one in the body (its block's start plus the text before it in the block). A string, as the test
 * build has no DOM types.
 */
const HIGHLIGHTS = `(() => {
  const out = {};
  const offsetOf = (mark) => {
    const block = mark.closest('[data-start]:not(mark)');
    if (!block) return null;
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEndBefore(mark);
    return Number(block.getAttribute('data-start')) + range.toString().length;
  };
  for (const mark of document.querySelectorAll('#body mark[data-fact-id]')) {
    const id = mark.getAttribute('data-fact-id');
    const entry = (out[id] ??= { text: '', offset: offsetOf(mark), focusable: mark.getAttribute('tabindex') === '0' });
    entry.text += mark.textContent ?? '';
  }
  return out;
})()`;

async function highlights(page: Page): Promise<Highlights> {
  return (await page.evaluate(HIGHLIGHTS)) as Highlights;
}

describe.skipIf(!CHROMIUM)('article view in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer({ seed: (store) => seedArticles(store.db, [tradeArticle(), ownHostileArticle()]) });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openArticle(url: string): Promise<{ page: Page; articleId: number }> {
    const { cookie } = await signIn(t, t.tokens.researcher);
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const [name, value] = cookie.split('=');
    await page.context().addCookies([{ name: name!, value: value!, url: t.url }]);
    const article = await t.store.db.selectFrom('articles').select('id').where('url', '=', url).executeTakeFirstOrThrow();
    const res = await page.goto(`${t.url}/articles/${article.id}`);
    expect(res?.status()).toBe(200);
    return { page, articleId: article.id };
  }

  it('highlights every fact of the article at its stored offsets, in paragraphs and table cells', async () => {
    const { page, articleId } = await openArticle('https://trade.example/oxide/march');
    const facts = await t.store.db.selectFrom('facts').select(['id', 'text', 'start', 'end']).where('article_id', '=', articleId).execute();
    const { body_text } = await t.store.db.selectFrom('articles').select('body_text').where('id', '=', articleId).executeTakeFirstOrThrow();
    expect(facts).toHaveLength(tradeArticle().facts.length);
    const seen = await highlights(page);
    expect(Object.keys(seen).sort()).toEqual(facts.map((f) => String(f.id)).sort());
    for (const f of facts) {
      expect(seen[f.id]).toEqual({ text: body_text.slice(f.start, f.end), offset: f.start, focusable: true });
      expect(seen[f.id]!.text).toBe(f.text);
    }
    // The three table blocks are one table of three rows, three cells each.
    expect(await page.locator('#body table tr').count()).toBe(3);
    expect(await page.locator('#body table tr').nth(1).locator('td').allTextContents()).toEqual(['Northland', '610 tonnes', '49.2%']);

    // Keyboard path: Tab from the top reaches the facts in text order.
    const order = [...facts].sort((a, b) => a.start - b.start || b.end - a.end).map((f) => String(f.id));
    await page.locator('#fact-summary').click();
    const focused: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('j');
      focused.push(((await page.evaluate("document.activeElement?.getAttribute('data-fact-id')")) as string | null) ?? '');
    }
    expect(focused).toEqual(order);
    // On focus the value shows (the label the CSS draws after the highlight).
    const label = (await page.evaluate("getComputedStyle(document.activeElement, '::after').content")) as string;
    expect(label).toContain('300 t');
    await page.screenshot({ path: shot('article-view.png'), fullPage: true });
    await page.close();
  });

  it('shows hostile article text as text: no script runs, no element is injected', async () => {
    const errors: string[] = [];
    const { page, articleId } = await openArticle(ownHostileArticle().url);
    page.on('pageerror', (e) => errors.push(e.message));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.reload();
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('#article script, #article img, #article svg, #article a[href^="javascript"]').count()).toBe(0);
    const fact = await t.store.db.selectFrom('facts').select(['id', 'text']).where('article_id', '=', articleId).executeTakeFirstOrThrow();
    expect(await page.locator(`#fact-${fact.id}`).textContent()).toBe(fact.text);
    // The hostile markup is on the page as visible text.
    expect(await page.locator('#body').textContent()).toContain('<script>window.__xss = "script"');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    const csp = (await page.goto(`${t.url}/articles/${articleId}`))?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    // The stored snapshot is served as plain text, never as a page.
    const snapshot = await page.goto(`${t.url}/articles/${articleId}/snapshot`);
    expect(snapshot?.headers()['content-type']).toContain('text/plain');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.screenshot({ path: shot('article-view-hostile.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
