import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Browser, Page } from 'playwright-core';
import { addFeed } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueHealth, type QueueHealth } from '../../src/index.ts';
import { pendingArticles, seedArticles } from '../helpers/seed.ts';
import { signIn, type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };
const FEED_ERROR = 'feed host answered 503 <img src=x onerror="window.__xss=1">';

describe.skipIf(!CHROMIUM)('home page in Chromium', () => {
  const prefix = `nf-home-${randomUUID().slice(0, 8)}`;
  let health: QueueHealth;
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    health = createQueueHealth({ redisUrl: REDIS_URL, connection, prefix });
    // Four stories, each with one figure below the review threshold and one above it.
    t = await startTestServer({ queues: health, seed: (store) => seedArticles(store.db, pendingArticles(4)) });
    const failing = await addFeed(t.store.db, { url: 'https://down.example/feed.xml', title: 'Down Example', intervalMinutes: 15 });
    await addFeed(t.store.db, { url: 'https://up.example/feed.xml', title: 'Up Example', intervalMinutes: 15 });
    // As three failed polls in a row leave the row (the poll path itself is tested in the CLI's feed tests).
    await t.store.db.updateTable('feeds').set({ consecutive_errors: 3, last_error: FEED_ERROR }).where('id', '=', failing.id).execute();

    const queue = health.set.queues.pollFeed;
    const worker = new Worker(queue.name, async () => {
      throw new Error('feed host answered 500');
    }, { connection, prefix });
    worker.on('error', () => {});
    const failed = new Promise<void>((resolve) => worker.once('failed', () => resolve()));
    await queue.add('poll-feed', { feedId: failing.id }, { attempts: 1, jobId: 'home-failing' });
    await failed;
    await worker.close();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (health) {
      await Promise.all(Object.values(health.set.queues).map((q) => q.obliterate({ force: true })));
      await health.close();
    }
  });

  async function home(token: string): Promise<Page> {
    const { cookie } = await signIn(t, token);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const [name, value] = cookie.split('=');
    await page.context().addCookies([{ name: name!, value: value!, url: t.url }]);
    expect((await page.goto(`${t.url}/`))?.status()).toBe(200);
    return page;
  }
  const text = async (page: Page, selector: string) => (await page.locator(selector).textContent())?.trim();

  it("shows an admin what arrived, what waits for review, failing feeds and failed jobs; the next visit counts only what is new", async () => {
    const page = await home(t.tokens.admin);
    expect(await text(page, '#since h2')).toBe('Your first visit');
    expect(await text(page, '#new-articles')).toBe('4');
    expect(await text(page, '#new-facts')).toBe('8');
    expect(await text(page, '#new-pending')).toBe('4');
    expect(await text(page, '#pending-count')).toBe('4');
    // The oldest pending figure is the first story's, and its link opens it in its article.
    expect(await text(page, '#oldest-pending')).toBe('“100 tonnes”');
    expect(await page.locator('#feeds-in-error tbody tr').count()).toBe(1);
    expect(await page.locator('#feeds-in-error tbody tr td').allTextContents()).toEqual(['Down Example', '3', FEED_ERROR]);
    expect(await text(page, '#failed-count')).toBe('1');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.screenshot({ path: shot('home-admin.png'), fullPage: true });

    await page.click('#oldest-pending');
    await page.waitForURL((u) => u.pathname.startsWith('/articles/'));
    expect(await page.evaluate("document.activeElement?.textContent")).toBe('100 tonnes');

    // A fifth story (the same text under another URL would be a duplicate, not an arrival).
    await seedArticles(t.store.db, pendingArticles(5, 'https://later.example/story').slice(4));
    await page.goto(`${t.url}/`);
    expect(await text(page, '#since h2')).toMatch(/^Since your last visit/);
    expect(await text(page, '#new-articles')).toBe('1');
    expect(await text(page, '#new-facts')).toBe('2');
    expect(await text(page, '#pending-count')).toBe('5');
    await page.close();
  });

  it("gives a researcher the counts and the way to the data, without the operators' sections", async () => {
    const page = await home(t.tokens.researcher);
    expect(await text(page, '#new-articles')).toBe('5');
    expect(await page.locator('#feeds-in-error').count()).toBe(0);
    expect(await page.locator('#review-summary').count()).toBe(0);
    expect(await page.locator('a[href="/explorer"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('home-researcher.png'), fullPage: true });
    await page.close();
  });
});
