import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@newsfacts/config';
import { ALL_QUEUE_NAMES, enqueue } from '@newsfacts/queues';
import { addFeed, listArticles, listFacts } from '@newsfacts/store';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, metricsListen, schedulePolls, startFixtureSite, startWorkerService, waitUntilIdle, type WorkerService } from '../src/index.ts';
import { RedisUnavailableError } from '../src/runtime/ensure-redis.ts';
import { freePort, startPrivateRedis } from './private-redis.ts';
import { parsePrometheusText, sumOf } from './prometheus-text.ts';
import { deletePrefixKeys, testConfig } from './test-pipeline.ts';

interface LogLine {
  level: number;
  msg: string;
  queue?: string;
  jobId?: string;
  attempt?: number;
  url?: string | null;
  feedId?: number | null;
}

/** Waits for /readyz to give `status`; the deadline only bounds a broken run. */
async function readyzUntil(url: string, status: number, deadlineMs = 20_000): Promise<{ status: number; body: { ready: boolean; reasons: string[] } }> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const res = await fetch(`${url}/readyz`).catch(() => null);
    const body = res ? ((await res.json()) as { ready: boolean; reasons: string[] }) : { ready: false, reasons: ['no answer'] };
    if (res?.status === status || Date.now() > until) return { status: res?.status ?? 0, body };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Scrapes /metrics until the series reaches `value`; the deadline only bounds a broken run. */
async function metricUntil(url: string, name: string, where: Record<string, string>, value: number, deadlineMs = 20_000): Promise<number> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const now = sumOf(parsePrometheusText(await (await fetch(`${url}/metrics`)).text()), name, where);
    if (now >= value || Date.now() > until) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a worker process with all roles serves its metrics and probes (real Redis, SQLite, HTTP)', () => {
  let site: FixtureSite;
  let dir: string;
  let service: WorkerService;
  let url: string;
  const logs: LogLine[] = [];

  beforeAll(async () => {
    site = await startFixtureSite();
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-metrics-'));
    const log = pino({ level: 'info', base: undefined }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
    service = await startWorkerService(testConfig(dir), ['fetch', 'extract', 'store'], log, { listen: { host: '127.0.0.1', port: 0 } });
    url = service.endpoint!.url;
    const { store, queues } = service.pipeline;
    for (const feed of ['rss.xml', 'atom.xml', 'missing.xml']) await addFeed(store!.db, { url: `${site.baseUrl}/feeds/${feed}`, intervalMinutes: 15 });
    await schedulePolls(store!, queues, { now: new Date(), force: 'metrics-1' });
    expect(await waitUntilIdle(queues, { timeoutMs: 90_000 })).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await service?.endpoint?.close();
    if (service) await deletePrefixKeys(service.pipeline.queues.prefix);
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const scrape = async () => {
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    return parsePrometheusText(await res.text());
  };

  it('counts completed jobs for every queue that ran, and times each attempt', async () => {
    const samples = await scrape();
    const articles = (await listArticles(service.pipeline.store!.db)).length;
    expect(articles).toBeGreaterThan(5);
    const completed = (queue: string) => sumOf(samples, 'newsfacts_jobs_completed_total', { queue });
    expect(completed('poll-feed')).toBe(3);
    expect(completed('record-poll')).toBe(3);
    for (const queue of ['fetch-article', 'extract-article', 'store-article']) expect(completed(queue)).toBe(articles);
    for (const queue of ALL_QUEUE_NAMES) {
      const failed = sumOf(samples, 'newsfacts_jobs_failed_total', { queue });
      expect(sumOf(samples, 'newsfacts_job_duration_seconds_count', { queue })).toBe(completed(queue) + failed);
      // Every queue's series exists from the start, at 0 when nothing ran (schedule-feeds, record-fetch, quarantine-article).
      expect(samples.some((s) => s.name === 'newsfacts_jobs_completed_total' && s.labels.queue === queue)).toBe(true);
    }
  });

  it('counts facts written by type, summing to the facts in SQLite', async () => {
    const samples = await scrape();
    const facts = await listFacts(service.pipeline.store!.db, { status: 'all' });
    const byType = new Map<string, number>();
    for (const f of facts) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
    expect(facts.length).toBeGreaterThan(20);
    expect(sumOf(samples, 'newsfacts_facts_written_total')).toBe(facts.length);
    for (const [type, n] of byType) expect(sumOf(samples, 'newsfacts_facts_written_total', { type })).toBe(n);
  });

  it('sizes the commit each stored article was part of', async () => {
    const samples = await scrape();
    const stored = sumOf(samples, 'newsfacts_store_commit_group_articles_count');
    // Every article written went through a commit; a job that found its work already stored did not.
    expect(stored).toBeGreaterThanOrEqual((await listArticles(service.pipeline.store!.db)).length);
    expect(stored).toBeLessThanOrEqual(sumOf(samples, 'newsfacts_jobs_completed_total', { queue: 'store-article' }));
    expect(stored).toBeGreaterThan(0);
    // Each article reports the size of its own group: the sum is at least one per article, at most 32.
    expect(sumOf(samples, 'newsfacts_store_commit_group_articles_sum')).toBeGreaterThanOrEqual(stored);
    expect(sumOf(samples, 'newsfacts_store_commit_group_articles_sum')).toBeLessThanOrEqual(stored * 32);
  });

  it('counts fetches by kind and status, and the missing feed as a feed error', async () => {
    const samples = await scrape();
    const articles = (await listArticles(service.pipeline.store!.db)).length;
    expect(sumOf(samples, 'newsfacts_fetches_total', { kind: 'feed', status: '200' })).toBe(2);
    expect(sumOf(samples, 'newsfacts_fetches_total', { kind: 'feed', status: '404' })).toBe(1);
    expect(sumOf(samples, 'newsfacts_fetches_total', { kind: 'article', status: '200' })).toBe(articles);
    expect(sumOf(samples, 'newsfacts_feed_errors_total', { reason: 'http-4xx' })).toBe(1);
  });

  it('reports queue depths per queue and state, and the process metrics', async () => {
    const samples = await scrape();
    const depths = samples.filter((s) => s.name === 'newsfacts_queue_jobs');
    expect(new Set(depths.map((s) => s.labels.queue))).toEqual(new Set(ALL_QUEUE_NAMES));
    expect(new Set(depths.map((s) => s.labels.state))).toEqual(new Set(['waiting', 'active', 'delayed', 'failed', 'prioritized']));
    // The queues were drained before the scrape.
    for (const s of depths.filter((d) => d.labels.state === 'waiting' || d.labels.state === 'active')) expect(s.value).toBe(0);
    expect(sumOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
  });

  it('is alive and ready while running', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, reasons: [] });
  });

  it('binds queue, job id, attempt and the job subject to every processor log line', () => {
    const jobLines = logs.filter((l) => l.queue !== undefined && l.msg !== 'worker error');
    expect(new Set(jobLines.map((l) => l.msg))).toEqual(new Set(['feed polled', 'article fetched', 'article extracted', 'article stored']));
    for (const line of jobLines) {
      expect(line.jobId).toBeTruthy();
      expect(line.attempt).toBeGreaterThanOrEqual(1);
      expect(line.url ?? line.feedId).toBeTruthy();
    }
  });

  it('stops being ready once its workers shut down, while the process still answers', async () => {
    await service.pipeline.close();
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { reasons: string[] };
    expect(body.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^workers: /), 'database: closed', expect.stringMatching(/^redis: /)]));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('readiness follows Redis', () => {
  it('answers 503 while Redis is gone, and 200 again once it is back and jobs run', async () => {
    const site = await startFixtureSite();
    const redis = await startPrivateRedis();
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-ready-'));
    // The fetch role alone: no database, so readiness is Redis and the workers.
    const service = await startWorkerService(testConfig(dir, { redisUrl: redis.url }), ['fetch'], pino({ level: 'silent' }), { listen: { host: '127.0.0.1', port: 0 } });
    try {
      const url = service.endpoint!.url;
      expect((await readyzUntil(url, 200)).status).toBe(200);
      await redis.stop();
      const down = await readyzUntil(url, 503);
      expect(down.status).toBe(503);
      expect(down.body.reasons.some((r) => r.startsWith('redis: '))).toBe(true);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      await redis.restart();
      expect((await readyzUntil(url, 200)).body).toEqual({ ready: true, reasons: [] });
      // The workers took up work again (and are connected before they are closed).
      await enqueue(service.pipeline.queues, 'pollFeed', { feedId: 1, url: `${site.baseUrl}/feeds/rss.xml`, etag: null, lastModified: null, round: 'after-outage' });
      expect(await metricUntil(url, 'newsfacts_jobs_completed_total', { queue: 'poll-feed' }, 1)).toBe(1);
    } finally {
      await service.close();
      await redis.dispose();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('startWorkerService refuses to start', () => {
  it('when no Redis answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-refuse-'));
    try {
      const port = await freePort();
      const starting = startWorkerService(testConfig(dir, { redisUrl: `redis://127.0.0.1:${port}` }), ['fetch'], pino({ level: 'silent' }), { listen: null });
      await expect(starting).rejects.toBeInstanceOf(RedisUnavailableError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when its metrics port is taken, naming the setting to change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-refuse-'));
    const first = await startWorkerService(testConfig(dir), ['fetch'], pino({ level: 'silent' }), { listen: { host: '127.0.0.1', port: 0 } });
    try {
      const second = startWorkerService(testConfig(dir), ['fetch'], pino({ level: 'silent' }), { listen: { host: '127.0.0.1', port: first.endpoint!.port } });
      await expect(second).rejects.toBeInstanceOf(ConfigError);
      await expect(second).rejects.toThrow(/NEWSFACTS_METRICS_PORT/);
    } finally {
      await first.close();
      await deletePrefixKeys(first.pipeline.queues.prefix);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('metricsListen', () => {
  it('listens by default for long-running workers only; 0 turns it off; an explicit port always wins', () => {
    const base = loadConfig({});
    expect(metricsListen(base, true)).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(metricsListen(base, false)).toBeNull();
    expect(metricsListen(loadConfig({ NEWSFACTS_METRICS_PORT: '0' }), true)).toBeNull();
    expect(metricsListen(loadConfig({ NEWSFACTS_METRICS_PORT: '9100', NEWSFACTS_METRICS_HOST: '0.0.0.0' }), false)).toEqual({ host: '0.0.0.0', port: 9100 });
  });
});
