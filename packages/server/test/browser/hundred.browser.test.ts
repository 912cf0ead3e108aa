import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingArticles, seedArticles } from '../helpers/seed.ts';
import { type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch } from './chromium.ts';

describe.skipIf(!CHROMIUM)('a full session in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer({ seed: (store) => seedArticles(store.db, pendingArticles(100)) });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a reviewer clears 100 pending facts with the keyboard alone', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/sign-in`);
    // The token field has autofocus; on a loaded machine the browser may apply it after load, so
    // wait for it rather than type into nothing (still no click: the keyboard alone).
    await page.waitForSelector('#token:focus');
    await page.keyboard.type(t.tokens.reviewer);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/review');
    for (let i = 0; i < 100; i++) {
      // The page ignores keys while a decision or a reload is in flight; wait until it is ready.
      await page.waitForSelector('body:not([aria-busy]) #item:not([hidden])');
      const id = await page.getAttribute('#item', 'data-fact-id');
      const verb = i % 3 === 2 ? 'Rejected' : 'Approved';
      await page.keyboard.press(verb === 'Rejected' ? 'r' : 'a');
      await page.locator('#status', { hasText: `${verb} fact ${id}` }).waitFor();
    }
    await page.waitForSelector('#empty:not([hidden])');
    const counts = await t.store.db.selectFrom('facts').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('type', '=', 'tonnage').groupBy('status').execute();
    expect(Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]))).toEqual({ approved: 67, rejected: 33 });
    expect((await t.store.db.selectFrom('reviews').select('id').execute()).length).toBe(100);
    await page.close();
  });
});
