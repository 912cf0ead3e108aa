import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addFeed, listFacts, openDb } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../src/index.ts';
import { freePort } from './private-redis.ts';
import { parsePrometheusText, type Sample, sumOf } from './prometheus-text.ts';
import { deletePrefixKeys, REDIS_URL } from './test-pipeline.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Running {
  child: ChildProcessWithoutNullStreams;
  stderr(): string;
  exited: Promise<number | null>;
}

/**
 * The real `newsfacts` entry point as a long-running process (runCli waits for exit). Node with tsx
 * as a loader, not the tsx launcher, which SIGKILLs a child slow to acknowledge SIGTERM.
 */
function spawnCli(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}packages/cli/src/main.ts`, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** Polls `probe` until it holds; the deadline only bounds a broken run. */
async function until<T>(probe: () => Promise<T | null>, deadlineMs: number): Promise<T | null> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const logLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg: string; queue?: string; jobId?: string; attempt?: number });

describe('`newsfacts run` serves every series from one process', () => {
  const token = `metrics-${randomUUID()}`;
  const prefix = `nftest-${randomUUID().slice(0, 8)}`;
  let site: FixtureSite;
  let dir: string;
  let run: Running;
  let url: string;
  let samples: Sample[];

  beforeAll(async () => {
    site = await startFixtureSite();
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-run-metrics-'));
    const store = await openDb(join(dir, 'facts.db'));
    for (const feed of ['rss.xml', 'atom.xml', 'missing.xml']) await addFeed(store.db, { url: `${site.baseUrl}/feeds/${feed}`, intervalMinutes: 15 });
    await store.close();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    run = spawnCli(['run'], {
      REDIS_URL,
      NEWSFACTS_DB: join(dir, 'facts.db'),
      NEWSFACTS_QUEUE_PREFIX: prefix,
      NEWSFACTS_ALLOW_PRIVATE_NETWORKS: '1',
      NEWSFACTS_HOST_MIN_DELAY_MS: '0',
      NEWSFACTS_HOST_MAX_CONCURRENT: '4',
      NEWSFACTS_METRICS_PORT: String(port),
      NEWSFACTS_METRICS_TOKEN: token,
      NEWSFACTS_LOG_LEVEL: 'info',
    });
    const scrape = async () => {
      const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      return res.status === 200 ? parsePrometheusText(await res.text()) : null;
    };
    // The scheduler polls the three due feeds at once; done when they are polled and nothing is queued
    // (the scheduler's own next tick always waits in schedule-feeds).
    samples =
      (await until(async () => {
        const s = await scrape();
        if (!s || sumOf(s, 'newsfacts_jobs_completed_total', { queue: 'poll-feed' }) < 3) return null;
        const queued = s.filter((x) => x.name === 'newsfacts_queue_jobs' && x.labels.queue !== 'schedule-feeds' && x.labels.state !== 'failed');
        return queued.length > 0 && queued.every((x) => x.value === 0) && sumOf(s, 'newsfacts_jobs_completed_total', { queue: 'store-article' }) > 0 ? s : null;
      }, 150_000)) ?? [];
  }, 180_000);

  afterAll(async () => {
    if (run && run.child.exitCode === null) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
    await deletePrefixKeys(prefix);
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the job, fact, fetch, feed-error, queue-depth and process series', () => {
    const completed = (queue: string) => sumOf(samples, 'newsfacts_jobs_completed_total', { queue });
    for (const queue of ['schedule-feeds', 'poll-feed', 'record-poll', 'fetch-article', 'extract-article', 'store-article']) expect(completed(queue)).toBeGreaterThan(0);
    expect(sumOf(samples, 'newsfacts_job_duration_seconds_count', { queue: 'fetch-article' })).toBeGreaterThan(0);
    expect(sumOf(samples, 'newsfacts_facts_written_total')).toBeGreaterThan(20);
    expect(sumOf(samples, 'newsfacts_fetches_total', { kind: 'feed', status: '200' })).toBe(2);
    expect(sumOf(samples, 'newsfacts_fetches_total', { kind: 'feed', status: '404' })).toBe(1);
    expect(sumOf(samples, 'newsfacts_fetches_total', { kind: 'article', status: '200' })).toBe(completed('fetch-article'));
    expect(sumOf(samples, 'newsfacts_feed_errors_total', { reason: 'http-4xx' })).toBe(1);
    // One series per state (waiting, active, delayed, failed, prioritized) of each of the eight queues.
    expect(samples.filter((s) => s.name === 'newsfacts_queue_jobs').length).toBe(8 * 5);
    expect(new Set(samples.filter((s) => s.name === 'newsfacts_queue_jobs').map((s) => s.labels.queue))).toContain('quarantine-article');
    expect(sumOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('wants the token for /metrics but answers the probes without one', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('logs JSON at the configured level, with job context on every job line', () => {
    const lines = logLines(run.stderr());
    expect(lines.some((l) => l.level === 30 && l.msg === 'workers running; Ctrl-C to stop')).toBe(true);
    expect(lines.some((l) => l.msg === 'serving /metrics, /healthz and /readyz')).toBe(true);
    const jobLines = lines.filter((l) => l.queue !== undefined && l.msg !== 'worker error');
    expect(jobLines.length).toBeGreaterThan(10);
    for (const l of jobLines) expect([l.jobId, l.attempt]).toEqual([expect.any(String), expect.any(Number)]);
  });

  it('stops cleanly on SIGTERM, and what it counted is what the database holds', async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const store = await openDb(join(dir, 'facts.db'), { readonly: true });
    try {
      expect((await listFacts(store.db, { status: 'all' })).length).toBe(sumOf(samples, 'newsfacts_facts_written_total'));
    } finally {
      await store.close();
    }
  });
});

describe('`newsfacts worker --role fetch`', () => {
  it('serves probes and metrics without the database, and logs nothing below NEWSFACTS_LOG_LEVEL', async () => {
    const prefix = `nftest-${randomUUID().slice(0, 8)}`;
    const port = await freePort();
    const worker = spawnCli(['worker', '--role', 'fetch'], { REDIS_URL, NEWSFACTS_QUEUE_PREFIX: prefix, NEWSFACTS_METRICS_PORT: String(port), NEWSFACTS_LOG_LEVEL: 'warn' });
    try {
      const ready = await until(async () => ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200 ? true : null), 60_000);
      expect(ready).toBe(true);
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain('newsfacts_jobs_completed_total{queue="fetch-article"} 0');
      expect(metrics).not.toContain('queue="store-article"} 0');
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(logLines(worker.stderr()).filter((l) => l.level < 40)).toEqual([]);
    } finally {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      await deletePrefixKeys(prefix);
    }
  }, 120_000);
});
