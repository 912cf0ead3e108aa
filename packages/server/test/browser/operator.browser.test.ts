import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueHealth, type QueueHealth } from '../../src/index.ts';
import { type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.skipIf(!CHROMIUM)('operator pages in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let health: QueueHealth;
  beforeAll(async () => {
    const u = new URL(REDIS_URL);
    health = createQueueHealth({ redisUrl: REDIS_URL, connection: { host: u.hostname, port: Number(u.port || 6379) }, prefix: `nf-browser-${randomUUID().slice(0, 8)}` });
    t = await startTestServer({ queues: health });
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

  it('adds, pauses and resumes a feed, and opens the queue dashboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()) && !/fonts\.googleapis/.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(`${t.url}/sign-in`);
    await page.fill('#token', t.tokens.operator);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/feeds');

    await page.fill('input[name="url"]', 'https://feeds.example/rare-earths.xml');
    await page.click('form[action="/feeds"] button[type="submit"]');
    await page.locator('.status', { hasText: 'Added feed' }).waitFor();
    const feed = await t.store.db.selectFrom('feeds').selectAll().executeTakeFirstOrThrow();
    expect(feed.url).toBe('https://feeds.example/rare-earths.xml');

    await page.click(`tr[data-feed-id="${feed.id}"] button`);
    await page.locator('.status', { hasText: `Feed ${feed.id} paused` }).waitFor();
    expect((await t.store.db.selectFrom('feeds').select('status').executeTakeFirstOrThrow()).status).toBe('paused');
    await page.screenshot({ path: shot('feeds.png'), fullPage: true });
    await page.click(`tr[data-feed-id="${feed.id}"] button`);
    await page.locator('.status', { hasText: `Feed ${feed.id} resumed` }).waitFor();
    expect((await t.store.db.selectFrom('feeds').select('status').executeTakeFirstOrThrow()).status).toBe('active');

    await page.goto(`${t.url}/queues`);
    await page.locator('#queue-counts tr[data-queue="poll-feed"]').waitFor();
    await page.screenshot({ path: shot('queues.png'), fullPage: true });
    await page.click('text=Open the BullMQ dashboard');
    await page.locator('text=poll-feed').first().waitFor({ timeout: 15000 });
    await page.screenshot({ path: shot('bull-board.png') });
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
