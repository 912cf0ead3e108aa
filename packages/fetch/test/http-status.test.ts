import { RateLimitedError } from '@newsfacts/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFetchAgents, ContentTypeRefusedError, fetchText } from '../src/index.ts';
import { optionsFor, startServer, type TestServer } from './test-server.ts';

const ETAG = '"v42"';
const LAST_MODIFIED = 'Mon, 09 Jun 2025 10:00:00 GMT';
let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    switch (path) {
      case '/feed': {
        // Each validator is compared on its own, the way a careful origin does.
        const inm = req.headers['if-none-match'];
        const ims = req.headers['if-modified-since'];
        if ((inm !== undefined && inm === ETAG) || (inm === undefined && ims === LAST_MODIFIED)) {
          return res.writeHead(304, { etag: ETAG }).end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': LAST_MODIFIED, 'cache-control': 'public, max-age=600' });
        return res.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
      }
      case '/429-seconds':
        return res.writeHead(429, { 'retry-after': '120' }).end('slow down');
      case '/429-date':
        res.setHeader('date', 'Tue, 10 Jun 2025 08:00:00 GMT');
        return res.writeHead(429, { 'retry-after': 'Tue, 10 Jun 2025 08:01:30 GMT' }).end();
      case '/429-bare':
        return res.writeHead(429).end();
      case '/503-retry':
        return res.writeHead(503, { 'retry-after': '30' }).end();
      case '/503':
        return res.writeHead(503).end('maintenance');
      case '/500':
        return res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>oops</h1>');
      case '/410':
        return res.writeHead(410).end();
      case '/image':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case '/json':
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
      case '/octet-text':
        return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('<rss version="2.0"></rss>');
      case '/octet-png':
        return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
      case '/expires':
        res.setHeader('date', 'Tue, 10 Jun 2025 08:00:00 GMT');
        return res.writeHead(200, { 'content-type': 'text/plain', expires: 'Tue, 10 Jun 2025 09:00:00 GMT' }).end('ok');
      default:
        return res.writeHead(404).end();
    }
  });
});
afterAll(async () => {
  await Promise.all([server.close(), closeFetchAgents()]);
});

const url = (path: string) => `${server.url}${path}`;

describe('conditional GET', () => {
  it('returns validators and max-age, then a 304 when they are sent back', async () => {
    const first = await fetchText(url('/feed'), optionsFor(server));
    expect(first).toMatchObject({ status: 200, notModified: false, etag: ETAG, lastModified: LAST_MODIFIED, cacheControlMaxAgeS: 600 });
    expect(first.body).toContain('<rss');
    const second = await fetchText(url('/feed'), { ...optionsFor(server), etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true, body: '', etag: ETAG, lastModified: LAST_MODIFIED });
    const sent = server.requests.at(-1)!.headers;
    expect(sent['if-none-match']).toBe(ETAG);
    expect(sent['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('sends only the validators it has', async () => {
    const res = await fetchText(url('/feed'), { ...optionsFor(server), etag: null, lastModified: LAST_MODIFIED });
    expect(res.notModified).toBe(true);
    const sent = server.requests.at(-1)!.headers;
    expect(sent['if-none-match']).toBeUndefined();
    expect(sent['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('gets a full response when the ETag is stale', async () => {
    const res = await fetchText(url('/feed'), { ...optionsFor(server), etag: '"old"', lastModified: LAST_MODIFIED });
    expect(res.status).toBe(200);
    expect(res.notModified).toBe(false);
  });

  it('derives a freshness lifetime from Expires minus Date', async () => {
    const res = await fetchText(url('/expires'), optionsFor(server));
    expect(res.cacheControlMaxAgeS).toBe(3600);
  });
});

describe('rate limits and error statuses', () => {
  it('throws RateLimitedError for 429 with Retry-After in seconds', async () => {
    const err = await fetchText(url('/429-seconds'), optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterMs).toBe(120_000);
  });

  it('measures an HTTP-date Retry-After against the server Date header', async () => {
    const err = await fetchText(url('/429-date'), optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterMs).toBe(90_000);
  });

  it('treats a bare 429 as a rate limit with a default wait', async () => {
    const err = await fetchText(url('/429-bare'), optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterMs).toBe(60_000);
  });

  it('throws RateLimitedError for 503 with Retry-After, returns a bare 503', async () => {
    const err = await fetchText(url('/503-retry'), optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterMs).toBe(30_000);
    const res = await fetchText(url('/503'), optionsFor(server));
    expect(res).toMatchObject({ status: 503, body: '', retryAfterMs: null });
  });

  it('returns other error statuses with an empty body', async () => {
    expect(await fetchText(url('/500'), optionsFor(server))).toMatchObject({ status: 500, body: '', notModified: false });
    expect(await fetchText(url('/410'), optionsFor(server))).toMatchObject({ status: 410 });
    expect(await fetchText(url('/missing'), optionsFor(server))).toMatchObject({ status: 404 });
  });
});

describe('content types', () => {
  it('refuses an image where text was expected', async () => {
    const err = await fetchText(url('/image'), optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(ContentTypeRefusedError);
    expect(err.message).toMatch(/image\/png/);
  });

  it('applies a caller allow-list (HTML only for articles)', async () => {
    const opts = { ...optionsFor(server), allowedContentTypes: ['text/html', 'application/xhtml+xml'] };
    await expect(fetchText(url('/json'), opts)).rejects.toBeInstanceOf(ContentTypeRefusedError);
    expect((await fetchText(url('/json'), optionsFor(server))).body).toBe('{"a":1}');
  });

  it('sniffs unlabelled octet-stream bodies', async () => {
    expect((await fetchText(url('/octet-text'), optionsFor(server))).body).toContain('<rss');
    await expect(fetchText(url('/octet-png'), optionsFor(server))).rejects.toBeInstanceOf(ContentTypeRefusedError);
  });
});
