import { randomUUID } from 'node:crypto';
import { PermanentError } from '@newsfacts/core';
import type { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FailedJob,
  contracts,
  getFailedJob,
  type JobRef,
  iterateFailedJobs,
  openQueues,
  type QueueSet,
  retryFailedJobs,
  startWorker,
  type WorkerLogger,
} from '../src/index.ts';

const connection = { host: '127.0.0.1', port: 6379 };
const prefix = `nftest-${randomUUID().slice(0, 8)}`;
const silent: WorkerLogger = { info() {}, warn() {}, error() {}, child: () => silent };
let set: QueueSet;
let workers: Worker[] = [];
/** Flipped by the test: the processor fails until the "publisher" is back. */
let serverDown = true;

const articleUrl = (feed: number, n: number) => `https://feed${feed}.example/news/${n}`;

async function collect(filter: Parameters<typeof iterateFailedJobs>[1], chunkSize = 4): Promise<FailedJob[]> {
  const out: FailedJob[] = [];
  for await (const job of iterateFailedJobs(set, filter, { chunkSize })) out.push(job);
  return out;
}

async function retryAll(refs: JobRef[], concurrency?: number): Promise<string[]> {
  const outcomes: string[] = [];
  for await (const { outcome } of retryFailedJobs(set, refs, { concurrency })) outcomes.push(outcome);
  return outcomes;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

beforeAll(async () => {
  set = openQueues(connection, prefix);
  workers = [
    startWorker(
      contracts.fetchArticle,
      async (payload) => {
        if (payload.feedId === 2) throw new PermanentError(`HTTP 400 from ${payload.url}`);
        if (serverDown) throw new Error(`HTTP 503 from ${payload.url}\n    at the publisher`);
        return { status: 'fetched' };
      },
      { connection, prefix, concurrency: 4, log: silent },
    ),
    startWorker(contracts.pollFeed, async () => ({ status: 'ok' }), { connection, prefix, concurrency: 1, log: silent }),
  ];
  // Feed 1: a transient fault that spends both attempts; feed 2: a permanent one (one attempt).
  for (let n = 0; n < 9; n++) {
    for (const feedId of [1, 2]) {
      const payload = { url: articleUrl(feedId, n), feedId, guid: null, itemTitle: null, itemPublished: null };
      await set.queues.fetchArticle.add(contracts.fetchArticle.name, payload, {
        jobId: contracts.fetchArticle.jobId(payload),
        attempts: 2,
        backoff: { type: 'fixed', delay: 10 },
      });
    }
  }
  // A payload the worker refuses: no `round`.
  await set.queues.pollFeed.add(contracts.pollFeed.name, { feedId: 2, url: 'https://feed2.example/rss' }, { jobId: 'poll-broken' });
  await until(async () => (await set.queues.fetchArticle.getFailedCount()) === 18 && (await set.queues.pollFeed.getFailedCount()) === 1, '19 failed jobs');
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  for (const q of Object.values(set.queues)) await q.obliterate({ force: true });
  await set.close();
});

describe('failed jobs (dead letters)', () => {
  it('lists every failed job once, newest first across queues, in small chunks', async () => {
    const all = await collect({}, 4);
    expect(all).toHaveLength(19);
    expect(new Set(all.map((j) => `${j.queue}:${j.jobId}`)).size).toBe(19);
    const times = all.map((j) => Date.parse(j.failedAt ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const transient = all.find((j) => j.feedId === 1);
    expect(transient).toMatchObject({ queue: 'fetch-article', attemptsMade: 2, attemptsAllowed: 2, failedReason: expect.stringMatching(/^HTTP 503 from https:\/\/feed1\.example/) });
    expect(all.find((j) => j.queue === 'poll-feed')).toMatchObject({ jobId: 'poll-broken', feedId: 2, url: 'https://feed2.example/rss', failedReason: expect.stringContaining('invalid payload') });
  });

  it('filters by queue, feed, URL, error text or pattern, and time', async () => {
    expect(await collect({ queues: ['poll-feed'] })).toHaveLength(1);
    expect(await collect({ feedIds: [2] })).toHaveLength(10);
    expect(await collect({ feedIds: [2], queues: ['fetch-article'] })).toHaveLength(9);
    expect((await collect({ url: 'FEED1.example/news/3' })).map((j) => j.url)).toEqual([articleUrl(1, 3)]);
    expect(await collect({ error: 'http 503' })).toHaveLength(9);
    // A /g pattern keeps its position between jobs unless the matcher resets it.
    expect(await collect({ error: /^PermanentError: HTTP 4\d\d/g })).toHaveLength(9);
    expect(await collect({ since: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await collect({ since: new Date(Date.now() - 3_600_000) })).toHaveLength(19);
  });

  it('retries under the same id with attempts reset; a job no longer failed is skipped', async () => {
    const refs = (await collect({ feedIds: [1] })).map((j) => ({ queue: j.queue, jobId: j.jobId }));
    serverDown = false;
    const outcomes = await retryAll(refs, 4);
    expect(outcomes).toEqual(refs.map(() => 'retried'));
    // The contract removes completed jobs: each retried job ran again and succeeded.
    await until(async () => (await set.queues.fetchArticle.getFailedCount()) === 9 && (await set.queues.fetchArticle.getCompletedCount()) === 0 && (await set.queues.fetchArticle.count()) === 0, 'the retried jobs to complete');
    expect(await getFailedJob(set, refs[0]!)).toEqual({ skipped: 'gone' });
    expect(await retryAll([...refs.slice(0, 2), { queue: 'no-such-queue', jobId: 'x' }])).toEqual(['gone', 'gone', 'unknown-queue']);
    expect(await getFailedJob(set, { queue: 'poll-feed', jobId: 'poll-broken' })).toMatchObject({ found: { feedId: 2 } });
  });
});
