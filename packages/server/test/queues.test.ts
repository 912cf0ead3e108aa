import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarantineArticle } from '@newsfacts/store';
import { createQueueHealth, type QueueHealth } from '../src/index.ts';
import { type TestServer, signIn, startTestServer } from './helpers/test-server.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };

describe('queue health with Redis up', () => {
  const prefix = `nf-test-${randomUUID().slice(0, 8)}`;
  let health: QueueHealth;
  let t: TestServer;
  beforeAll(async () => {
    health = createQueueHealth({ redisUrl: REDIS_URL, connection, prefix });
    t = await startTestServer({ queues: health });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(Object.values(health.set.queues).map((q) => q.obliterate({ force: true })));
    await health.close();
  });

  it('counts jobs per queue and retries the failed ones', async () => {
    const queue = health.set.queues.pollFeed;
    const worker = new Worker(queue.name, async () => {
      throw new Error('feed host answered 500');
    }, { connection, prefix });
    worker.on('error', () => {});
    const failed = new Promise<void>((resolve) => worker.once('failed', () => resolve()));
    await queue.add('poll-feed', { feedId: 1 }, { attempts: 1, jobId: 'test-failing' });
    await failed;
    await worker.close();

    const counts = await t.req('/api/queues', { token: t.tokens.operator });
    expect(counts.status).toBe(200);
    const body = (await counts.json()) as { queues: Record<string, Record<string, number>> };
    expect(body.queues[queue.name]).toMatchObject({ failed: 1, active: 0 });

    const page = await t.req('/queues', { token: t.tokens.operator });
    const html = await page.text();
    expect(html).toContain(`data-queue="${queue.name}"`);
    expect(html).toContain('Retry failed');

    // The page's form post, as a signed-in operator would send it.
    const { cookie, csrf } = await signIn(t, t.tokens.operator);
    const retry = await t.req(`/queues/${queue.name}/retry`, {
      method: 'POST',
      headers: { cookie, origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }).toString(),
    });
    expect(retry.status).toBe(303);
    const after = await queue.getJobCounts('failed', 'waiting');
    expect(after).toEqual({ failed: 0, waiting: 1 });
    expect((await t.req('/api/queues/no-such-queue/retry', { method: 'POST', token: t.tokens.operator, json: {} })).status).toBe(404);
  });

  it('lists quarantined articles escaped and releases them into the fetch queue', async () => {
    const hostile = 'https://news.example/<script>alert(1)</script>';
    await quarantineArticle(t.store.db, { url: hostile, canonicalUrl: hostile, feedId: null, guid: null, queue: 'extract-article', reason: 'parser gave up: <img src=x onerror=alert(2)>' });
    await quarantineArticle(t.store.db, { url: 'https://news.example/b', canonicalUrl: 'https://news.example/b', feedId: null, guid: 'g-b', queue: 'fetch-article', reason: 'timed out' });

    const page = await (await t.req('/queues', { token: t.tokens.operator })).text();
    expect(page).toContain('Quarantined articles (2)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<img src=x');
    const listed = (await (await t.req('/api/quarantine', { token: t.tokens.operator })).json()) as { quarantined: { url: string; reason: string }[] };
    expect(listed.quarantined.map((r) => r.url).sort()).toEqual([hostile, 'https://news.example/b']);

    // Reviewers and researchers do not run the pipeline; a body naming nothing is refused, not read as "all".
    expect((await t.req('/api/quarantine', { token: t.tokens.reviewer })).status).toBe(403);
    expect((await t.req('/api/quarantine/release', { method: 'POST', token: t.tokens.researcher, json: { all: true } })).status).toBe(403);
    expect((await t.req('/api/quarantine/release', { method: 'POST', token: t.tokens.operator, json: {} })).status).toBe(400);
    expect((await t.req('/api/quarantine/release', { method: 'POST', token: t.tokens.operator, json: { url: 'https://news.example/none' } })).status).toBe(404);

    // The page's form post releases one article; it is fetched again.
    const { cookie, csrf } = await signIn(t, t.tokens.operator);
    const released = await t.req('/queues/quarantine/release', {
      method: 'POST',
      headers: { cookie, origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, url: 'https://news.example/b' }).toString(),
    });
    expect(released.status).toBe(303);
    expect(decodeURIComponent(released.headers.get('location') ?? '')).toContain('Released 1 article');
    const fetches = await health.set.queues.fetchArticle.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(fetches.map((j) => (j.data as { url: string }).url)).toContain('https://news.example/b');
    const rest = (await (await t.req('/api/quarantine', { token: t.tokens.operator })).json()) as { quarantined: { url: string }[] };
    expect(rest.quarantined.map((r) => r.url)).toEqual([hostile]);

    const all = await t.req('/api/quarantine/release', { method: 'POST', token: t.tokens.operator, json: { all: true } });
    expect(await all.json()).toEqual({ released: [hostile] });
    expect(await (await t.req('/queues', { token: t.tokens.operator })).text()).toContain('No article is quarantined');
  });

  it('mounts bull-board for operators only', async () => {
    const board = await t.req('/queues/board', { token: t.tokens.operator });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('__UI_CONFIG__');
    expect((await t.req('/queues/board', { token: t.tokens.reviewer })).status).toBe(403);
    // The board's own writes cannot carry our CSRF token: they must at least be same-origin.
    const { cookie } = await signIn(t, t.tokens.operator);
    const path = `/queues/board/api/queues/${health.set.queues.pollFeed.name}/retry/failed`;
    expect((await t.req(path, { method: 'PUT', headers: { cookie, origin: 'https://evil.example' }, json: {} })).status).toBe(403);
    expect((await t.req(path, { method: 'PUT', headers: { cookie, origin: t.url }, json: {} })).status).toBe(200);
    expect((await t.req('/queues/board')).status).toBe(401);
  });
});

describe('queue health with Redis down', () => {
  let health: QueueHealth;
  let t: TestServer;
  beforeAll(async () => {
    // Nothing listens on port 1: the pages must say so at once instead of hanging.
    health = createQueueHealth({ redisUrl: 'redis://127.0.0.1:1', connection: { host: '127.0.0.1', port: 1 }, prefix: 'nf-down' });
    t = await startTestServer({ queues: health });
  });
  afterAll(async () => {
    await t.close();
    await health.close();
  });

  it('answers with a clear message, and the rest of the app keeps working', async () => {
    const page = await t.req('/queues', { token: t.tokens.operator });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('Redis is not reachable');
    expect((await t.req('/api/queues', { token: t.tokens.operator })).status).toBe(503);
    expect((await t.req('/queues/board', { token: t.tokens.operator })).status).toBe(503);
    expect((await t.req('/feeds', { token: t.tokens.operator })).status).toBe(200);
  });

  it('still lists quarantined articles, and releases none while it cannot fetch them again', async () => {
    await quarantineArticle(t.store.db, { url: 'https://news.example/q', canonicalUrl: 'https://news.example/q', feedId: null, guid: null, queue: 'store-article', reason: 'database locked' });
    expect(await (await t.req('/queues', { token: t.tokens.operator })).text()).toContain('https://news.example/q');
    const refused = await t.req('/api/quarantine/release', { method: 'POST', token: t.tokens.operator, json: { all: true } });
    expect(refused.status).toBe(503);
    const kept = (await (await t.req('/api/quarantine', { token: t.tokens.operator })).json()) as { quarantined: { url: string }[] };
    expect(kept.quarantined.map((r) => r.url)).toEqual(['https://news.example/q']);
  });
});
