import { RateLimitedError } from '@newsfacts/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFetchAgents, createRobotsCache } from '../src/index.ts';
import { optionsFor, startServer, type TestServer } from './test-server.ts';

const ROBOTS = [
  'User-agent: *',
  'Disallow: /private/',
  '',
  'User-agent: newsfacts',
  'Disallow: /drafts/',
  'Crawl-delay: 4',
  '',
  'Sitemap: https://example.org/news-sitemap.xml',
].join('\n');

/** One server per robots.txt behaviour; count how often each is asked for it. */
async function robotsServer(status: number, body = ''): Promise<TestServer> {
  return startServer((req, res) => {
    if (req.url === '/robots.txt') return res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
    res.writeHead(200).end('page');
  });
}
const robotsHits = (s: TestServer) => s.requests.filter((r) => r.url === '/robots.txt').length;

let ok: TestServer, missing: TestServer, forbidden: TestServer, broken: TestServer, limited: TestServer;

beforeAll(async () => {
  [ok, missing, forbidden, broken, limited] = await Promise.all([
    robotsServer(200, ROBOTS), robotsServer(404), robotsServer(403), robotsServer(500), robotsServer(429),
  ]);
});
afterAll(async () => {
  await Promise.all([ok, missing, forbidden, broken, limited].map((s) => s.close()));
  await closeFetchAgents();
});

const cacheFor = (...servers: TestServer[]) => createRobotsCache({ fetch: optionsFor(...servers) });

describe('robots cache', () => {
  it('applies the rules for our product token and the wildcard group', async () => {
    const robots = cacheFor(ok);
    expect(await robots.isAllowed(`${ok.url}/drafts/x`, 'newsfacts')).toBe(false);
    expect(await robots.isAllowed(`${ok.url}/news/rare-earths`, 'newsfacts')).toBe(true);
    // Our own group replaces the * group, as robots.txt groups do.
    expect(await robots.isAllowed(`${ok.url}/private/x`, 'newsfacts')).toBe(true);
    expect(await robots.isAllowed(`${ok.url}/private/x`, 'otherbot')).toBe(false);
    expect(await robots.crawlDelaySeconds(`${ok.url}/`, 'newsfacts')).toBe(4);
    expect(await robots.sitemaps(`${ok.url}/`)).toEqual(['https://example.org/news-sitemap.xml']);
  });

  it('fetches robots.txt once per origin, even under concurrent lookups', async () => {
    const robots = cacheFor(ok);
    const before = robotsHits(ok);
    await Promise.all(Array.from({ length: 10 }, (_, i) => robots.isAllowed(`${ok.url}/news/${i}`, 'newsfacts')));
    await robots.isAllowed(`${ok.url}/news/again`, 'newsfacts');
    expect(robotsHits(ok) - before).toBe(1);
  });

  it('fetches again once the TTL has passed', async () => {
    let now = 1_000_000;
    const robots = createRobotsCache({ fetch: optionsFor(ok), ttlMs: 60_000, now: () => now });
    const before = robotsHits(ok);
    await robots.isAllowed(`${ok.url}/a`, 'newsfacts');
    now += 59_000;
    await robots.isAllowed(`${ok.url}/b`, 'newsfacts');
    expect(robotsHits(ok) - before).toBe(1);
    now += 2_000;
    await robots.isAllowed(`${ok.url}/c`, 'newsfacts');
    expect(robotsHits(ok) - before).toBe(2);
  });

  it('allows everything when robots.txt is missing (404)', async () => {
    expect(await cacheFor(missing).isAllowed(`${missing.url}/private/x`, 'newsfacts')).toBe(true);
  });

  it('disallows everything on 403', async () => {
    expect(await cacheFor(forbidden).isAllowed(`${forbidden.url}/news/x`, 'newsfacts')).toBe(false);
  });

  it('allows on a server error and on a network error', async () => {
    expect(await cacheFor(broken).isAllowed(`${broken.url}/news/x`, 'newsfacts')).toBe(true);
    const dead = await startServer(() => undefined);
    await dead.close();
    expect(await cacheFor(dead).isAllowed(`${dead.url}/news/x`, 'newsfacts')).toBe(true);
  });

  it('passes a 429 on robots.txt up as RateLimitedError', async () => {
    await expect(cacheFor(limited).isAllowed(`${limited.url}/x`, 'newsfacts')).rejects.toBeInstanceOf(RateLimitedError);
  });
});
