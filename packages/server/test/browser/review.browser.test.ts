import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingArticles, seedArticles } from '../helpers/seed.ts';
import { type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';
import { HOSTILE_SENTENCE, ownHostileArticle, xssFixtureArticle } from './hostile.ts';

/** Fails the test if anything in the page runs: a dialog, or the flag the hostile text tries to set. */
function watchForScript(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

async function signInAs(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.fill('#token', token);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

const currentId = async (page: Page) => Number(await page.getAttribute('#item', 'data-fact-id'));
/** Waits for the status line (no string-eval wait: our CSP rightly forbids eval in the page). */
async function statusIs(page: Page, text: string): Promise<void> {
  await page.locator('#status', { hasText: text }).waitFor({ timeout: 5000 });
  // The status is set before the next items load; the page ignores keys until that finishes.
  await page.waitForSelector('body:not([aria-busy])', { timeout: 10000 });
  expect(await page.textContent('#status')).toMatch(new RegExp(`^${text}\\b`));
}

describe.skipIf(!CHROMIUM)('review queue in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  const fixture = xssFixtureArticle();

  beforeAll(async () => {
    t = await startTestServer({
      seed: async (store) => {
        await seedArticles(store.db, [ownHostileArticle(), ...(fixture ? [fixture] : []), ...pendingArticles(12)]);
      },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a reviewer clears five items with the keyboard (with an undo and an edit), and the store shows the decisions', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchForScript(page);
    await signInAs(page, t.url, t.tokens.reviewer);
    expect(new URL(page.url()).pathname).toBe('/review');
    await page.waitForSelector('#item:not([hidden])');

    // The hostile sentence comes first (lowest confidence) and shows as text, highlighted span included.
    expect(await page.textContent('#f-sentence')).toBe(HOSTILE_SENTENCE);
    expect(await page.textContent('#f-sentence mark')).toBe('12 tonnes');
    expect(await page.$$eval('#item img, #item script, #item svg', (els) => els.length)).toBe(0);
    expect(await page.getAttribute('#f-link', 'href')).toMatch(/^https:\/\/hostile\.example\//);
    await page.screenshot({ path: shot('review-queue.png'), fullPage: true });

    await page.keyboard.press('?');
    await page.waitForSelector('#help:not([hidden])');
    await page.screenshot({ path: shot('review-help.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#help', { state: 'hidden' });

    const id1 = await currentId(page);
    await page.keyboard.press('a');
    await statusIs(page, `Approved fact ${id1}`);

    const id2 = await currentId(page);
    await page.keyboard.press('r');
    await statusIs(page, `Rejected fact ${id2}`);
    await page.keyboard.press('u');
    await statusIs(page, `Undid the decision on fact ${id2}`);
    expect(await currentId(page)).toBe(id2);
    await page.keyboard.press('a');
    await statusIs(page, `Approved fact ${id2}`);

    const id3 = await currentId(page);
    await page.keyboard.press('e');
    await page.waitForSelector('#edit-dialog[open]');
    await page.keyboard.type('999'); // the value field opens focused and selected
    await page.keyboard.press('Tab'); // unit
    await page.keyboard.press('Tab'); // period
    await page.keyboard.type('2025-09');
    await page.keyboard.press('Enter');
    await statusIs(page, `Edited and approved fact ${id3}`);

    const id4 = await currentId(page);
    await page.keyboard.press('j');
    expect(await currentId(page)).not.toBe(id4);
    await page.keyboard.press('k');
    expect(await currentId(page)).toBe(id4);
    await page.keyboard.press('s');
    await statusIs(page, `Skipped fact ${id4}`);

    const id5 = await currentId(page);
    expect(id5).not.toBe(id4);
    await page.keyboard.press('r');
    await statusIs(page, `Rejected fact ${id5}`);
    const id6 = await currentId(page);
    await page.keyboard.press('a');
    await statusIs(page, `Approved fact ${id6}`);
    await page.screenshot({ path: shot('review-queue-after.png'), fullPage: true });

    const facts = await t.store.db.selectFrom('facts').select(['id', 'status', 'value_num', 'period']).where('id', 'in', [id1, id2, id3, id4, id5, id6]).execute();
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get(id1)!.status).toBe('approved');
    expect(byId.get(id2)!.status).toBe('approved');
    expect(byId.get(id3)).toMatchObject({ status: 'approved', value_num: 999, period: '2025-09' });
    expect(byId.get(id4)!.status).toBe('pending');
    expect(byId.get(id5)!.status).toBe('rejected');
    expect(byId.get(id6)!.status).toBe('approved');
    const reviews = await t.store.db.selectFrom('reviews').select(['fact_id', 'action', 'reviewer']).orderBy('id').execute();
    expect(reviews.map((r) => [r.fact_id, r.action])).toEqual([
      [id1, 'approve'],
      [id2, 'reject'],
      [id2, 'undo'],
      [id2, 'approve'],
      [id3, 'edit'],
      [id5, 'reject'],
      [id6, 'approve'],
    ]);
    expect(new Set(reviews.map((r) => r.reviewer))).toEqual(new Set(['reviewer']));
    expect(watch.dialogs).toEqual([]);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.close();
  });

  it('renders the XSS fixture and the hostile article inert on every page', async () => {
    const page = await browser.newPage();
    const watch = watchForScript(page);
    // The first reviewer's leases (5 minutes) would hide the lowest-confidence items from admin.
    await t.store.db.deleteFrom('review_leases' as never).execute();
    // The first test decided the lowest-confidence (hostile) facts: re-open them so they are queued again.
    const decided = await t.store.db.selectFrom('facts').select('id').where('status', 'in', ['approved', 'rejected']).execute();
    for (const { id } of decided) {
      expect((await t.req(`/api/review/${id}/reopen`, { method: 'POST', token: t.tokens.admin, json: {} })).status).toBe(200);
    }
    await signInAs(page, t.url, t.tokens.admin);
    await page.goto(`${t.url}/review`);
    await page.waitForSelector('#item:not([hidden])');
    // Walk through every leased item so each hostile string is rendered at least once.
    const count = await page.$$eval('#queue-list li', (els) => els.length);
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      seen.push((await page.textContent('#f-paragraph')) ?? '', (await page.textContent('#f-title')) ?? '');
      await page.keyboard.press('j');
    }
    if (fixture) {
      expect(seen.some((s) => s.includes('Rotterdam rose 18.5%'))).toBe(true);
      expect(seen.some((s) => s.includes('<img src=x onerror=alert(2)>'))).toBe(true);
    }
    expect(seen.some((s) => s.includes('<script>window.__xss = "script"'))).toBe(true);
    await page.goto(`${t.url}/review/history`);
    await page.goto(`${t.url}/explorer?status=all`);
    await page.waitForTimeout(300);
    expect(watch.dialogs).toEqual([]);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.close();
  });

  it('a reviewer cannot add feeds, from the page or with its token', async () => {
    const page = await browser.newPage();
    await signInAs(page, t.url, t.tokens.reviewer2);
    const feedsPage = await page.goto(`${t.url}/feeds`);
    expect(feedsPage?.status()).toBe(403);
    await page.goto(`${t.url}/review`);
    const status = await page.evaluate(`fetch('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': document.querySelector('meta[name="csrf-token"]').content },
      body: JSON.stringify({ url: 'https://feeds.example/from-reviewer.xml' }),
    }).then((r) => r.status)`);
    expect(status).toBe(403);
    expect(await t.store.db.selectFrom('feeds').select('id').execute()).toEqual([]);
    await page.close();
  });
});
