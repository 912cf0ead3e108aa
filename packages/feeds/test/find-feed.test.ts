import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedNotFoundError, findFeed, type FeedFetcher } from '../src/index.ts';
import { fixture } from './fixtures.ts';

// findFeed takes the caller's fetcher (the app passes @newsfacts/fetch); here Node's own
// fetch against a real local server plays that part.
const fetcher: FeedFetcher = async (url) => {
  const res = await fetch(url);
  return { status: res.status, finalUrl: res.url, contentType: res.headers.get('content-type'), body: await res.text() };
};

type Route = { status?: number; type: string; body: string };
const servers: http.Server[] = [];

/** A real site on a loopback port serving the given paths; everything else is 404. */
async function site(routes: Record<string, Route>): Promise<{ base: string; requested: string[] }> {
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (!route) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(route.status ?? 200, { 'content-type': route.type }).end(route.body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requested };
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const rss: Route = { type: 'application/rss+xml', body: fixture('rss2-channel.xml') };

describe('findFeed', () => {
  it('uses a pasted feed URL as it is', async () => {
    const { base, requested } = await site({ '/feed.xml': rss });
    const found = await findFeed(`${base}/feed.xml`, fetcher);
    expect(found).toMatchObject({ url: `${base}/feed.xml`, via: 'self' });
    expect(found.feed.format).toBe('rss');
    expect(found.feed.items[0]!.url).toBe(`${base}/2025/04/heavy-rare-earth-licences?utm_source=rss`);
    expect(requested).toEqual(['/feed.xml']);
  });

  it('follows the page links in order, skipping one that does not parse', async () => {
    const { base, requested } = await site({
      '/news/story': {
        type: 'text/html',
        body: '<html><head><link rel="alternate" type="application/rss+xml" href="/broken.xml"><link rel="alternate" type="application/rss+xml" href="../feed.xml"></head><body>story</body></html>',
      },
      '/broken.xml': { type: 'application/rss+xml', body: fixture('truncated-rss.xml') },
      '/feed.xml': rss,
    });
    const found = await findFeed(`${base}/news/story`, fetcher);
    expect(found).toMatchObject({ url: `${base}/feed.xml`, via: 'link' });
    expect(found.feed.title).toBe('Minerals Wire & Trade Desk');
    expect(requested).toEqual(['/news/story', '/broken.xml', '/feed.xml']);
  });

  it('falls back to well-known paths on the origin, in order', async () => {
    const { base, requested } = await site({
      '/markets/page': { type: 'text/html; charset=utf-8', body: '<html><head><title>No feed links</title></head><body></body></html>' },
      '/rss': { type: 'text/xml', body: fixture('atom-journal.xml') },
    });
    const found = await findFeed(`${base}/markets/page`, fetcher);
    expect(found).toMatchObject({ url: `${base}/rss`, via: 'well-known' });
    expect(found.feed.format).toBe('atom');
    expect(requested).toEqual(['/markets/page', '/feed', '/rss']);
  });

  it('reports every candidate it tried when nothing is a feed', async () => {
    const { base } = await site({ '/': { type: 'text/html', body: '<html><body>nothing here</body></html>' } });
    const err = await findFeed(`${base}/`, fetcher).catch((e) => e);
    expect(err).toBeInstanceOf(FeedNotFoundError);
    expect(err.message).toBe(`no feed found for ${base}/`);
    expect(err.tried[0]).toBe(`${base}/ (not a feed)`);
    expect(err.tried).toContain(`${base}/feed.xml (HTTP 404)`);
    expect(err.tried).toHaveLength(11);
  });

  it('lets an error on the pasted URL itself through', async () => {
    const { base } = await site({});
    servers.pop()!.close();
    await expect(findFeed(`${base}/`, fetcher)).rejects.toThrow(/fetch failed/);
  });
});
