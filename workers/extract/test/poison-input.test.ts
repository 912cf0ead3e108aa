import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeResultBlob, Fact, TransportedArticleResult } from '@newsfacts/core';
import { blobKey, createRedis, enqueue, extractArticleQueue, type ExtractArticlePayload, getBlob, openQueues, putBlob, type QueueSet, sha256, startWorker, type StoreArticlePayload } from '@newsfacts/queues';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractArticleProcessor, createExtractPool, type ExtractPool } from '../src/index.ts';

// Poison pages go through the real extract worker (BullMQ on the real Redis, real thread pools) beside
// ordinary articles. Each must settle on its own, failing with its reason if it fails, and leave the
// worker serving the others.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SITE = new URL('../../../fixtures/site/articles/', import.meta.url);
const LIMIT_MS = 60_000;
const SMALL_HEAP_MB = 48;
const PARA = '<p>China cut its rare earth export quota by 12% in 2025 to 4,200 tonnes, the commerce ministry said on Monday.</p>';

const page = (body: string) => `<!doctype html><html><head><title>Poison</title></head><body><article>${body}</article></body></html>`;
const POISON = {
  'deep-nesting': page(`${'<div>'.repeat(200_000)}${PARA.repeat(5)}${'</div>'.repeat(200_000)}`),
  'ten-mb-line': page(`<p>${'The ministry said the quota would stay in place and exports would be watched. '.repeat(128_000)}</p>`),
  'regex-bait': page(`<p>${'1,'.repeat(500_000)}</p><p>${'9'.repeat(1_000_000)}</p><p>${'%'.repeat(20_000)} ${'1%'.repeat(20_000)} ${'12.'.repeat(100_000)}</p>${PARA.repeat(5)}`),
  // The pools these two go to are sure to be too small for them: the time limit and the heap cap at work.
  hang: page(PARA.repeat(20_000)),
  'memory-bomb': page('<a href="/x">x</a>'.repeat(550_000)),
} as const;

type Settled = { state: 'completed' } | { state: 'failed'; reason: string };

let redis: Redis;
let queues: QueueSet;
let worker: Worker;
let pools: ExtractPool[];
const prefix = `nftest-${randomUUID().slice(0, 8)}`;
const stored = new Map<string, StoreArticlePayload>();
const waiting = new Map<string, (s: Settled) => void>();
const settled = new Map<string, Settled>();

function settle(jobId: string | undefined, outcome: Settled): void {
  if (!jobId) return;
  settled.set(jobId, outcome);
  waiting.get(jobId)?.(outcome);
}

function outcomeOf(jobId: string): Promise<Settled> {
  const done = settled.get(jobId);
  return done ? Promise.resolve(done) : new Promise((resolve) => waiting.set(jobId, resolve));
}

async function submit(name: string, html: string): Promise<{ url: string; jobId: string }> {
  const url = `https://news.example/poison/${name}`;
  const pageHash = sha256(html);
  const pageBlob = blobKey(prefix, 'page', pageHash);
  await putBlob(redis, pageBlob, html);
  const payload: ExtractArticlePayload = {
    url, finalUrl: url, feedId: null, guid: null, itemTitle: null, itemPublished: '2025-10-21',
    pageBlob, pageHash, fetch: { status: 200, bytes: html.length, ms: 1, fetchedAt: '2025-10-21T08:00:00Z' },
  };
  return { url, jobId: await enqueue(queues, 'extractArticle', payload) };
}

async function storedResult(url: string): Promise<TransportedArticleResult & { pageHash: string | null }> {
  const payload = stored.get(url);
  expect(payload, `no store job for ${url}`).toBeDefined();
  const { result, pageHash } = decodeResultBlob((await getBlob(redis, payload!.resultBlob))!);
  return { ...TransportedArticleResult.parse(result), pageHash };
}

beforeAll(() => {
  redis = createRedis(REDIS_URL);
  const { hostname, port } = new URL(REDIS_URL);
  const connection = { host: hostname, port: Number(port || 6379), maxRetriesPerRequest: null };
  queues = openQueues(connection, prefix);
  const log = pino({ level: 'silent' });
  const pool = createExtractPool({ threads: 2, timeoutMs: LIMIT_MS, log });
  const tinyLimit = createExtractPool({ threads: 1, timeoutMs: 1, log });
  const smallHeap = createExtractPool({ threads: 1, timeoutMs: LIMIT_MS, threadHeapMb: SMALL_HEAP_MB, log });
  pools = [pool, tinyLimit, smallHeap];
  const poolFor = (url: string) => (url.endsWith('/hang') ? tinyLimit : url.endsWith('/memory-bomb') ? smallHeap : pool);
  const processor = createExtractArticleProcessor({
    redis,
    prefix,
    enqueueStore: async (p) => void stored.set(p.url, p),
    extract: (payload, html) => poolFor(payload.url).run(payload, html),
  });
  worker = startWorker(extractArticleQueue, processor, { connection, prefix, concurrency: 2, log });
  worker.on('completed', (job) => settle(job.id, { state: 'completed' }));
  worker.on('failed', (job, error) => settle(job?.id, { state: 'failed', reason: error.message }));
});

afterAll(async () => {
  await worker?.close();
  await Promise.all((pools ?? []).map((p) => p.close()));
  await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true }).catch(() => {})));
  await queues.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('the extract worker on poison pages', () => {
  it('settles each poison page on its own (the hanging and the memory-hungry one fail for good, with their reason) while articles go through', async () => {
    const article = readFileSync(new URL('china-magnet-exports-us-slide-september.html', SITE), 'utf8');
    const jobs = [await submit('article-first', article)];
    for (const [name, html] of Object.entries(POISON)) jobs.push(await submit(name, html));
    // enqueued last, so it runs after the poison has hit the pools
    jobs.push(await submit('article-last', readFileSync(new URL('lynas-heavy-rare-earths-malaysia.html', SITE), 'utf8')));
    const outcomes = Object.fromEntries(await Promise.all(jobs.map(async (j) => [j.url.split('/').pop()!, await outcomeOf(j.jobId)] as const)));

    // The hardened cleaner and extractor get through these within the limit.
    for (const name of ['article-first', 'deep-nesting', 'ten-mb-line', 'regex-bait', 'article-last']) expect(outcomes[name], name).toEqual({ state: 'completed' });
    expect(outcomes.hang).toEqual({ state: 'failed', reason: 'PermanentError: extraction exceeded 1 ms for https://news.example/poison/hang' });
    expect(outcomes['memory-bomb']).toEqual({
      state: 'failed',
      reason: `PermanentError: extraction ran out of memory (${SMALL_HEAP_MB} MB thread heap) for https://news.example/poison/memory-bomb`,
    });
    for (const name of ['hang', 'memory-bomb']) {
      const job = await queues.queues.extractArticle.getJob(jobs.find((j) => j.url.endsWith(`/${name}`))!.jobId);
      expect(await job!.getState()).toBe('failed');
      expect(job!.attemptsMade).toBe(1);
      expect(stored.has(`https://news.example/poison/${name}`)).toBe(false);
    }

    for (const name of ['article-first', 'article-last']) {
      const result = await storedResult(`https://news.example/poison/${name}`);
      expect(result.doc.isArticle).toBe(true);
      expect(result.facts.length).toBeGreaterThan(5);
      for (const f of result.facts) expect(Fact.parse(f).text).toBe(result.doc.bodyText.slice(f.start, f.end));
    }
    const line = await storedResult('https://news.example/poison/ten-mb-line');
    // The page travels as its own blob, named by hash, not copied into the result.
    expect(line.html).toBeUndefined();
    expect(line.pageHash).toBe(sha256(POISON['ten-mb-line']));
    expect(line.doc.bodyText.length).toBeGreaterThan(9_000_000);
    const nested = await storedResult('https://news.example/poison/deep-nesting');
    expect(nested.doc.bodyText).toContain('China cut its rare earth export quota by 12% in 2025');
  }, 300_000);

  it('fails a page whose extraction throws, naming the error', async () => {
    const pool = createExtractPool({ threads: 1, timeoutMs: LIMIT_MS, log: pino({ level: 'silent' }) });
    try {
      const html = page(PARA);
      // A payload the queue would refuse reaches the pool only by a bug upstream; it must still fail cleanly.
      const payload = { url: 'https://news.example/bad', finalUrl: 'not a url', feedId: null, guid: null, itemTitle: null, itemPublished: null, pageBlob: 'b', pageHash: 'h', fetch: { status: 200, bytes: 1, ms: 1, fetchedAt: '2025-10-21T08:00:00Z' } };
      await expect(pool.run(payload, html)).rejects.toThrow('extraction failed for https://news.example/bad: TypeError: Invalid URL');
      // the thread that caught the error goes on serving
      const article = readFileSync(new URL('china-magnet-exports-us-slide-september.html', SITE), 'utf8');
      const ok = await pool.run({ ...payload, finalUrl: 'https://news.example/ok' }, article);
      expect(ok.facts).toBeGreaterThan(5);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
