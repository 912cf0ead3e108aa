import { openDb } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, type LoopbackSite, rssFeed, startLoopbackSite } from '../feeds-loopback.ts';
import { countArticles, createWorld, type FaultWorld, seedFeeds, startCli, waitFor, withinMs } from './fault-harness.ts';

/**
 * Real processes, Redis, SQLite and HTTP: an article is in flight each time its process is killed
 * (here a page that never answers keeps its fetch running). After the second death BullMQ fails the
 * job as stalled more than allowed, and the article is quarantined instead of being tried forever.
 */
describe('an article in flight when its process died twice', () => {
  let site: LoopbackSite;
  let world: FaultWorld;

  beforeAll(async () => {
    site = await startLoopbackSite();
    site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, ['calm', 'stuck']));
    site.routes['/a/calm.html'] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Calm story', 4));
    // Never answers: the fetch stays in flight until its process dies.
    site.routes['/a/stuck.html'] = () => {};
    world = createWorld({ env: { NEWSFACTS_FETCH_TIMEOUT_MS: '120000', NEWSFACTS_SHUTDOWN_GRACE_MS: '0' } });
    await seedFeeds(world, [`${site.base}/feed.xml`]);
  });
  afterAll(async () => {
    await site?.close();
    await world?.dispose();
  });

  it('is quarantined with the stall as its reason, and the run still ends', async () => {
    for (let death = 1; death <= 2; death++) {
      const doomed = startCli(world, ['run']);
      await waitFor(`the stuck page requested ${death} time(s)`, () => (site.hits['/a/stuck.html'] ?? 0) >= death, 90_000);
      // Only the stuck article may be in flight at the kill: the calm one is stored first.
      await waitFor('the calm article stored', async () => (await countArticles(world.dbPath)) === 1, 90_000);
      doomed.child.kill('SIGKILL');
      expect(await withinMs(doomed.exited, 10_000, 'the killed process exiting')).toBe('SIGKILL');
    }
    const last = startCli(world, ['run', '--until-idle', '--max-wait', '120']);
    expect(await withinMs(last.exited, 150_000, 'the last run'), last.output().slice(-3000)).toBe(0);
    expect(site.hits['/a/stuck.html']).toBe(2);

    const store = await openDb(world.dbPath, { readonly: true, migrate: false });
    try {
      const rows = store.sqlite.prepare('SELECT url, queue, reason FROM quarantined_articles').all() as { url: string; queue: string; reason: string }[];
      expect(rows).toEqual([{ url: `${site.base}/a/stuck.html`, queue: 'fetch-article', reason: expect.stringMatching(/stalled more than allowable limit/) }]);
      const stored = store.sqlite.prepare('SELECT url FROM articles').all() as { url: string }[];
      expect(stored.map((r) => r.url)).toEqual([`${site.base}/a/calm.html`]);
    } finally {
      await store.close();
    }
  }, 400_000);
});
