import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { addFeed, getFeed, listArticles, listFeeds } from '@newsfacts/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schedulePolls, waitUntilIdle } from '../src/index.ts';
import { startTestPipeline } from './test-pipeline.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const article = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>In the report titled ${title}, exports of gallium fell 12.5% in September to 4.2 tonnes, the customs agency said on Monday, as licences issued by Beijing remained scarce for buyers in Japan.</p><p>Traders said prices had risen by about 30% since the restrictions took effect in August, and expected shortages to last well into the first quarter of next year.</p></article></body></html>`;
const rss = (base: string, slugs: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${base}/</link><description>t</description>${slugs
    .map((s) => `<item><title>${s}</title><link>${base}/a/${s}.html</link><guid>${base}/a/${s}.html</guid></item>`)
    .join('')}</channel></rss>`;

describe('feed health through the real workers', () => {
  let server: Server;
  let base: string;
  let routes: Record<string, Handler>;
  let env: Awaited<ReturnType<typeof startTestPipeline>>;
  const hits: Record<string, number> = {};

  beforeEach(async () => {
    routes = {};
    for (const k of Object.keys(hits)) delete hits[k];
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits[path] = (hits[path] ?? 0) + 1;
      const article_ = /^\/a\/([\w-]+)\.html$/.exec(path);
      if (routes[path]) return routes[path](req, res);
      if (article_) return void res.writeHead(200, { 'content-type': 'text/html' }).end(article(article_[1] as string));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    env = await startTestPipeline();
  });
  afterEach(async () => {
    await env.dispose();
    await new Promise((r) => server.close(r));
  });

  const round = async (name: string) => {
    await schedulePolls(env.pipeline.store!, env.pipeline.queues, { now: new Date(), force: name });
    expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs: 30_000 })).toBe(true);
  };

  it('keeps polling a feed that fails three times, backs off, then recovers and stores its articles', async () => {
    let calls = 0;
    routes['/feed.xml'] = (_req, res) => {
      calls++;
      if (calls <= 3) return void res.writeHead(500).end('boom');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base, ['one', 'two']));
    };
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${base}/feed.xml`, intervalMinutes: 15 });
    const gaps: number[] = [];
    for (let i = 1; i <= 3; i++) {
      await round(`fail-${i}`);
      const feed = await getFeed(env.pipeline.store!.db, id);
      expect(feed).toMatchObject({ status: 'active', consecutive_errors: i, last_status: 500, last_error: 'HTTP 500' });
      gaps.push(Date.parse(feed!.next_check_at!) - Date.parse(feed!.last_checked_at!));
    }
    // Backoff grows (jitter keeps each within [50%, 100%] of its doubling step).
    expect(gaps[2]).toBeGreaterThan(gaps[0]!);
    await round('ok');
    const healthy = await getFeed(env.pipeline.store!.db, id);
    expect(healthy).toMatchObject({ consecutive_errors: 0, last_error: null, last_status: 200, title: 'Test feed' });
    expect((await listArticles(env.pipeline.store!.db)).length).toBe(2);
  }, 60_000);

  it('sends the server its own validators and skips parsing on 304', async () => {
    const seen: { inm?: string; ims?: string }[] = [];
    routes['/feed.xml'] = (req, res) => {
      seen.push({ inm: req.headers['if-none-match'] as string | undefined, ims: req.headers['if-modified-since'] as string | undefined });
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rss(base, ['one']));
    };
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${base}/feed.xml`, intervalMinutes: 15 });
    await round('r1');
    await round('r2');
    // Only the validator the server gave is sent back: it sent an ETag and no Last-Modified.
    expect(seen).toEqual([{ inm: undefined, ims: undefined }, { inm: '"v1"', ims: undefined }]);
    const feed = await getFeed(env.pipeline.store!.db, id);
    expect(feed).toMatchObject({ last_status: 304, consecutive_errors: 0, etag: '"v1"' });
    const fetches = env.pipeline.store!.sqlite.prepare("SELECT status, from_cache FROM fetches WHERE kind = 'feed' ORDER BY id").all();
    expect(fetches).toEqual([{ status: 200, from_cache: 0 }, { status: 304, from_cache: 1 }]);
    expect(hits['/a/one.html']).toBe(1);
  }, 60_000);

  it('honours 429 Retry-After on the feed row', async () => {
    routes['/feed.xml'] = (_req, res) => void res.writeHead(429, { 'retry-after': '7200' }).end();
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${base}/feed.xml`, intervalMinutes: 15 });
    await round('r1');
    const feed = await getFeed(env.pipeline.store!.db, id);
    expect(feed?.last_status).toBe(429);
    expect(feed?.next_check_reason).toBe('Retry-After');
    expect(Date.parse(feed!.next_check_at!) - Date.parse(feed!.last_checked_at!)).toBeGreaterThanOrEqual(7200_000 - 1000);
  }, 60_000);

  it('records malformed and truncated XML and a redirect loop, then keeps serving other feeds', async () => {
    routes['/bad.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>x</title><item><title>unclosed');
    routes['/loop.xml'] = (_req, res) => void res.writeHead(302, { location: '/loop2.xml' }).end();
    routes['/loop2.xml'] = (_req, res) => void res.writeHead(302, { location: '/loop.xml' }).end();
    routes['/good.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base, ['fine']));
    for (const f of ['bad', 'loop', 'good']) await addFeed(env.pipeline.store!.db, { url: `${base}/${f}.xml`, intervalMinutes: 15 });
    await round('r1');
    const feeds = await listFeeds(env.pipeline.store!.db);
    const by = Object.fromEntries(feeds.map((f) => [f.url.split('/').pop(), f]));
    expect(by['bad.xml']?.last_error).toMatch(/FeedParseError/);
    expect(by['loop.xml']?.last_error).toMatch(/redirect/i);
    expect(by['good.xml']).toMatchObject({ last_error: null, consecutive_errors: 0 });
    expect((await listArticles(env.pipeline.store!.db)).map((a) => a.title)).toEqual(['fine']);
  }, 60_000);

  it('pauses a feed that answers 410 Gone, with the reason', async () => {
    routes['/gone.xml'] = (_req, res) => void res.writeHead(410).end();
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${base}/gone.xml`, intervalMinutes: 15 });
    await round('r1');
    expect(await getFeed(env.pipeline.store!.db, id)).toMatchObject({ status: 'paused', paused_reason: expect.stringContaining('410') });
  }, 60_000);
});
