import { addFeed, listArticles } from '@newsfacts/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePage, type LoopbackSite, pollRound, rssFeed, startLoopbackSite } from './feeds-loopback.ts';
import { startTestPipeline } from './test-pipeline.ts';

/**
 * A feed that lists more new items than one poll may take: the rest wait in feed_items and later
 * polls take them, even polls the publisher answers with 304 Not Modified. Nothing is lost.
 */
describe('new items per poll', () => {
  let site: LoopbackSite;
  let env: Awaited<ReturnType<typeof startTestPipeline>>;

  beforeEach(async () => {
    site = await startLoopbackSite();
    env = await startTestPipeline({ maxNewItemsPerPoll: 3 });
  });
  afterEach(async () => {
    await env.dispose();
    await site.close();
  });

  it('are capped, and the rest are taken by later polls, 304 or not', async () => {
    const slugs = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'];
    const feedXml = rssFeed(site.base, slugs);
    site.routes['/feed.xml'] = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feedXml);
    };
    slugs.forEach((slug, i) => (site.routes[`/a/${slug}.html`] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(`Story ${slug}`, i + 1))));
    await addFeed(env.pipeline.store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });

    const stored = async () => (await listArticles(env.pipeline.store!.db)).length;
    await pollRound(env, 'first');
    expect(await stored()).toBe(3);
    await pollRound(env, 'second');
    expect(await stored()).toBe(6);
    await pollRound(env, 'third');
    expect(await stored()).toBe(7);
    expect(site.hits['/feed.xml']).toBe(3);
    for (const slug of slugs) expect(site.hits[`/a/${slug}.html`], slug).toBe(1);
  }, 120_000);
});
