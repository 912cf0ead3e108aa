import { createServer } from 'node:net';
import { contracts, enqueue, type FetchArticlePayload, queueCounts } from '@newsfacts/queues';
import { addFeed, listArticles } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilIdle } from '../src/index.ts';
import { articlePage, type LoopbackSite, startLoopbackSite } from './feeds-loopback.ts';
import { runCli } from './run-cli.ts';
import { REDIS_URL, startTestPipeline } from './test-pipeline.ts';

interface FailedRow {
  queue: string;
  job_id: string;
  failed_at: string;
  attempts_made: number;
  attempts_allowed: number;
  feed_id: number | null;
  feed_url: string | null;
  url: string | null;
  error: string;
}

let site: LoopbackSite;
let env: Awaited<ReturnType<typeof startTestPipeline>>;
let cliEnv: Record<string, string>;
let siteFeed: number;
let downFeed: number;
let downFeedUrl: string;
/** The publisher's server errors stop once the test "fixes" it. */
let publisherBroken = true;

const flakyUrl = () => `${site.base}/a/flaky.html`;
const refusedUrl = () => `${site.base}/a/refused.html`;

/** A port nothing listens on: polling it fails with a connection error. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 1;
}

async function failedCount(): Promise<number> {
  const counts = await queueCounts(env.pipeline.queues);
  return Object.values(counts).reduce((sum, c) => sum + (c.failed ?? 0), 0);
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function jobs(...args: string[]) {
  return runCli(['jobs', ...args], { env: cliEnv });
}

async function failed(...filters: string[]): Promise<FailedRow[]> {
  const result = await jobs('failed', '--format', 'json', ...filters);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as FailedRow[];
}

beforeAll(async () => {
  site = await startLoopbackSite();
  site.routes['/a/flaky.html'] = (_req, res) => {
    if (publisherBroken) res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream timeout');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage('Gallium exports fall', 7));
  };
  site.routes['/a/refused.html'] = (_req, res) => void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
  env = await startTestPipeline();
  cliEnv = { REDIS_URL, NEWSFACTS_QUEUE_PREFIX: env.config.queuePrefix, NEWSFACTS_DB: env.config.dbPath };
  const store = env.pipeline.store!;
  siteFeed = (await addFeed(store.db, { url: `${site.base}/feed.xml`, intervalMinutes: 60 })).id;
  downFeedUrl = `http://127.0.0.1:${await closedPort()}/rss.xml`;
  downFeed = (await addFeed(store.db, { url: downFeedUrl, intervalMinutes: 60 })).id;

  const set = env.pipeline.queues;
  const flaky: FetchArticlePayload = { url: flakyUrl(), feedId: siteFeed, guid: null, itemTitle: 'Gallium exports fall', itemPublished: null };
  // One attempt instead of the contract's five: the real backoff would keep this test waiting for minutes.
  await set.queues.fetchArticle.add(contracts.fetchArticle.name, flaky, { jobId: contracts.fetchArticle.jobId(flaky), attempts: 1 });
  await enqueue(set, 'fetchArticle', { url: refusedUrl(), feedId: null, guid: null, itemTitle: null, itemPublished: null });
  await enqueue(set, 'pollFeed', { feedId: downFeed, url: downFeedUrl, etag: null, lastModified: null, round: 'jobs-test' });
  await until(async () => (await failedCount()) === 3, 'three failed jobs');
}, 120_000);

afterAll(async () => {
  await env?.dispose();
  await site?.close();
});

describe('newsfacts jobs', () => {
  it('lists failed jobs of every queue with their feed, URL and reason', async () => {
    const rows = await failed();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.url === flakyUrl())).toMatchObject({
      queue: 'fetch-article',
      attempts_made: 1,
      attempts_allowed: 1,
      feed_id: siteFeed,
      feed_url: `${site.base}/feed.xml`,
      error: `HTTP 500 from ${flakyUrl()}`,
    });
    expect(rows.find((r) => r.url === refusedUrl())).toMatchObject({ queue: 'fetch-article', feed_id: null, error: expect.stringContaining('HTTP 400') });
    expect(rows.find((r) => r.queue === 'poll-feed')).toMatchObject({ feed_id: downFeed, feed_url: downFeedUrl, url: downFeedUrl });
    const times = rows.map((r) => Date.parse(r.failed_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const table = await jobs('failed', '--format', 'table');
    expect(table.stdout).toContain('fetch-article');
    expect(table.stdout).toContain(`${siteFeed} ${site.base}/feed.xml`);
    expect(table.stderr).toBe('3 failed job(s)\n');
  });

  it('filters by feed (id or URL), URL, error text or pattern, queue and time', async () => {
    const urls = (rows: FailedRow[]) => rows.map((r) => r.url);
    expect(urls(await failed('--feed', String(siteFeed)))).toEqual([flakyUrl()]);
    expect(urls(await failed('--feed', `${site.base}/feed.xml`))).toEqual([flakyUrl()]);
    expect(urls(await failed('--url', 'REFUSED.html'))).toEqual([refusedUrl()]);
    expect(urls(await failed('--error', '/HTTP 4\\d\\d/'))).toEqual([refusedUrl()]);
    expect(urls(await failed('--error', 'http 500'))).toEqual([flakyUrl()]);
    expect(urls(await failed('--queue', 'poll-feed'))).toEqual([downFeedUrl]);
    expect(await failed('--since', '1h')).toHaveLength(3);
    expect(await failed('--since', '2999-01-01')).toEqual([]);
    const limited = await jobs('failed', '--format', 'ndjson', '--limit', '1');
    expect(limited.stdout.trim().split('\n')).toHaveLength(1);
    expect(limited.stderr).toMatch(/showing the newest 1 failed job\(s\); more match/);
  });

  it('refuses bad usage with a one-line error and exit code 2', async () => {
    const unfiltered = await jobs('retry');
    expect(unfiltered.code).toBe(2);
    expect(unfiltered.stderr.trim().split('\n')).toEqual([expect.stringMatching(/needs --id, a filter .* or --all/)]);
    for (const args of [['failed', '--since', 'yesterday'], ['failed', '--error', '/(/'], ['failed', '--queue', 'nope'], ['retry', '--id', 'fetch-article']]) {
      const result = await jobs(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    const unknownFeed = await jobs('failed', '--feed', 'https://unknown.example/rss');
    expect(unknownFeed.code).toBe(1);
    expect(unknownFeed.stderr).toMatch(/no feed with id or URL/);
  });

  it('retries by filter (dry run first) under the same id; the job runs again and succeeds', async () => {
    const [before] = await failed('--feed', String(siteFeed));
    const dry = await jobs('retry', '--feed', String(siteFeed), '--dry-run', '--format', 'json');
    expect(dry.code).toBe(0);
    expect((JSON.parse(dry.stdout) as FailedRow[]).map((r) => r.job_id)).toEqual([before!.job_id]);
    expect(dry.stderr).toBe('would retry 1 failed job(s)\n');
    expect(await failed()).toHaveLength(3);

    publisherBroken = false;
    const retried = await jobs('retry', '--feed', String(siteFeed), '--format', 'json');
    expect(retried.code).toBe(0);
    expect(JSON.parse(retried.stdout)).toEqual([{ queue: 'fetch-article', job_id: before!.job_id, result: 'retried', url: flakyUrl() }]);
    expect(retried.stderr).toBe('retried 1 failed job(s); skipped 0\n');
    expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs: 60_000 })).toBe(true);
    const articles = await listArticles(env.pipeline.store!.db);
    expect(articles.map((a) => a.url)).toContain(flakyUrl());
    expect((await failed()).map((r) => r.url).sort()).toEqual([downFeedUrl, refusedUrl()].sort());
  });

  it('retries explicit ids, reporting jobs already gone; counts queue depths', async () => {
    const [poll] = await failed('--queue', 'poll-feed');
    const flakyId = contracts.fetchArticle.jobId({ url: flakyUrl(), feedId: siteFeed, guid: null, itemTitle: null, itemPublished: null });
    const result = await jobs('retry', '--id', `fetch-article:${flakyId}`, '--id', `poll-feed:${poll!.job_id}`, '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { queue: 'fetch-article', job_id: flakyId, result: 'skipped: gone', url: null },
      { queue: 'poll-feed', job_id: poll!.job_id, result: 'retried', url: downFeedUrl },
    ]);
    expect(result.stderr).toBe('retried 1 failed job(s); skipped 1 (1 gone)\n');
    // The feed's server is still down: the retried poll fails again, keeping its id.
    await until(async () => (await env.pipeline.queues.queues.pollFeed.getFailedCount()) === 1, 'the retried poll to fail again');
    expect((await failed('--queue', 'poll-feed')).map((r) => r.job_id)).toEqual([poll!.job_id]);

    const counts = await jobs('counts', '--format', 'json');
    expect(counts.code).toBe(0);
    const byQueue = Object.fromEntries((JSON.parse(counts.stdout) as { queue: string; failed: number }[]).map((r) => [r.queue, r.failed]));
    expect(byQueue).toMatchObject({ 'poll-feed': 1, 'fetch-article': 1, 'extract-article': 0 });
  });
});
