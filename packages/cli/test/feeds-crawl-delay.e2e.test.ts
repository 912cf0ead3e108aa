import { addFeed, listArticles } from '@newsfacts/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePage, type LoopbackSite, pollRound, rssFeed, startLoopbackSite } from './feeds-loopback.ts';
import { startTestPipeline } from './test-pipeline.ts';

describe('robots.txt for article fetches', () => {
  let site: LoopbackSite;
  let env: Awaited<ReturnType<typeof startTestPipeline>>;
  const slugs = ['c1', 'c2', 'c3', 'c4'];

  beforeEach(async () => {
    site = await startLoopbackSite();
    // No politeness delay of our own and room for parallel requests: only robots.txt spaces them.
    env = await startTestPipeline({ hostMinDelayMs: 0, hostMaxConcurrent: 4, concurrency: 8 });
    site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, slugs));
    slugs.forEach((s, i) => {
      site.routes[`/a/${s}.html`] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(`Crawl ${s}`, i + 1));
    });
  });
  afterEach(async () => {
    await env.dispose();
    await site.close();
  });

  it('spaces article requests to a host by its Crawl-delay, across workers', async () => {
    site.routes['/robots.txt'] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 1.5\nDisallow: /private/\n');
    await addFeed(env.pipeline.store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1', 60_000);
    expect((await listArticles(env.pipeline.store!.db)).length).toBe(4);
    const starts = slugs.map((s) => site.times[`/a/${s}.html`]?.[0] ?? Number.NaN).sort((a, b) => a - b);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] as number));
    // A lower bound the throttle guarantees (slack for the test server sharing the event loop), not a speed claim.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1400);
  }, 60_000);

  it('does not fetch an article robots.txt disallows, and says so in the fetch log', async () => {
    site.routes['/robots.txt'] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: newsfacts\nDisallow: /a/c2.html\n');
    await addFeed(env.pipeline.store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');
    expect(site.hits['/a/c2.html']).toBeUndefined();
    expect((await listArticles(env.pipeline.store!.db)).length).toBe(3);
    const row = env.pipeline.store!.sqlite.prepare('SELECT error FROM fetches WHERE url LIKE ?').get('%/a/c2.html') as { error: string } | undefined;
    expect(row?.error).toMatch(/robots/);
  }, 60_000);
});
