import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueHealth, type QueueHealth } from '../src/index.ts';
import { pendingArticles, seedArticles } from './helpers/seed.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const connection = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };
const METRICS_TOKEN = 'scraper-token-0123456789abcdef';

describe('web app probes and metrics with Redis up', () => {
  const prefix = `nf-test-${randomUUID().slice(0, 8)}`;
  let health: QueueHealth;
  let t: TestServer;
  beforeAll(async () => {
    health = createQueueHealth({ redisUrl: REDIS_URL, connection, prefix });
    await health.set.queues.pollFeed.add('poll-feed', { feedId: 1 }, { jobId: 'waiting-one' });
    t = await startTestServer({ queues: health, metrics: { token: METRICS_TOKEN }, seed: (store) => seedArticles(store.db, pendingArticles(4)) });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(Object.values(health.set.queues).map((q) => q.obliterate({ force: true })));
    await health.close();
  });

  it('is ready when the database and Redis answer, without signing in', async () => {
    const res = await t.req('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, reasons: [] });
  });

  it('serves /metrics to operators and to the metrics token, to nobody else', async () => {
    expect((await t.req('/metrics')).status).toBe(401);
    expect((await t.req('/metrics', { token: t.tokens.reviewer })).status).toBe(403);
    expect((await t.req('/metrics', { token: 'not-the-token' })).status).toBe(401);
    for (const token of [t.tokens.operator, METRICS_TOKEN]) {
      const res = await t.req('/metrics', { token });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    }
  });

  it('reports queue depths, the review backlog and the process metrics', async () => {
    const text = await (await t.req('/metrics', { token: METRICS_TOKEN })).text();
    expect(text).toContain('newsfacts_queue_jobs{queue="poll-feed",state="waiting"} 1');
    expect(text).toContain('newsfacts_queue_jobs{queue="store-article",state="failed"} 0');
    // pendingArticles gives each article one figure below the review threshold.
    expect(text).toContain('newsfacts_review_pending 4');
    expect(text).toContain('process_cpu_user_seconds_total');
  });
});

describe('web app readiness with Redis down', () => {
  let health: QueueHealth;
  let t: TestServer;
  beforeAll(async () => {
    health = createQueueHealth({ redisUrl: 'redis://127.0.0.1:1', connection: { host: '127.0.0.1', port: 1 }, prefix: 'nf-down' });
    t = await startTestServer({ queues: health, metrics: { token: null } });
  });
  afterAll(async () => {
    await t.close();
    await health.close();
  });

  it('answers 503 naming Redis, while metrics still answer without the queue depths', async () => {
    const res = await t.req('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reasons: ['redis: not reachable'] });
    const metrics = await t.req('/metrics', { token: t.tokens.operator });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).not.toContain('newsfacts_queue_jobs{');
    expect(text).toContain('newsfacts_review_pending 0');
  });
});

describe('web app without Redis configured', () => {
  it('is ready on the database alone and has no /metrics unless configured', async () => {
    const t = await startTestServer();
    try {
      expect((await t.req('/readyz')).status).toBe(200);
      expect((await t.req('/metrics', { token: t.tokens.operator })).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
