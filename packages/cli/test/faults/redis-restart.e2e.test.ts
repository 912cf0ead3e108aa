import { beforeAll, describe, expect, it } from 'vitest';
import { cleanRunFacts, countArticles, durableRedis, factPrints, failedReasons, faultSuite, seedFeeds, startCli, unfinishedJobs, waitFor, withinMs } from './fault-harness.ts';

const ARTICLES = 30;

/**
 * Redis dies under a running pipeline (SIGKILL, so nothing is flushed on the way out) and comes
 * back from its append-only file. Workers must reconnect on their own and finish; nothing Redis
 * acknowledged may be lost, and no article's facts may be written twice.
 */
describe('Redis restarted mid-run', () => {
  const suite = faultSuite({ articles: ARTICLES, feeds: 2 });
  let reference: string[];

  beforeAll(async () => {
    reference = await cleanRunFacts(suite.site(), suite.newWorld());
  });

  it('workers reconnect and finish with every fact stored once', async () => {
    const site = suite.site();
    expect(reference.length).toBeGreaterThan(ARTICLES * 5);
    const redis = await durableRedis();
    const world = suite.newWorld({ redisUrl: redis.url });
    try {
      await seedFeeds(world, site.feedUrls);
      site.setArticleDelay(150);
      const pipeline = startCli(world, ['run']);
      await waitFor('some articles stored before the crash', async () => (await countArticles(world.dbPath)) >= 5, 90_000);
      await redis.stop();
      const storedAtCrash = await countArticles(world.dbPath);
      expect(storedAtCrash).toBeLessThan(ARTICLES);
      // Long enough for every connection to notice and start retrying.
      await new Promise((r) => setTimeout(r, 2_000));
      site.setArticleDelay(0);
      await redis.restart();

      await waitFor('every article stored after the restart', async () => (await countArticles(world.dbPath)) === ARTICLES, 120_000);
      await waitFor('the queues to drain', async () => Object.keys(await unfinishedJobs(world)).length === 0, 60_000);
      expect(pipeline.child.exitCode, pipeline.output()).toBeNull();
      pipeline.child.kill('SIGTERM');
      expect(await withinMs(pipeline.exited, 30_000, 'the pipeline stopping')).toBe(0);

      expect(await factPrints(world.dbPath)).toEqual(reference);
      expect(await failedReasons(world)).toEqual([]);
    } finally {
      await redis.dispose();
    }
  });
});

describe('SIGTERM while Redis is down', () => {
  const suite = faultSuite({ articles: 12, feeds: 1, articleDelayMs: 2_000 });

  it('still exits within the shutdown bound; the running jobs wait in Redis for the next worker', async () => {
    const site = suite.site();
    const redis = await durableRedis();
    const world = suite.newWorld({ redisUrl: redis.url, env: { NEWSFACTS_SHUTDOWN_GRACE_MS: '1000' } });
    try {
      await seedFeeds(world, site.feedUrls);
      const pipeline = startCli(world, ['run']);
      await waitFor('article fetches in flight', () => site.articleRequests() > 0, 90_000);
      await redis.stop();
      pipeline.child.kill('SIGTERM');
      // Grace period (1 s) plus the fixed margin (10 s) plus start-up slack.
      expect(await withinMs(pipeline.exited, 25_000, '`run` exiting with Redis down'), pipeline.output()).toBe(0);
      expect(pipeline.output()).toContain('exiting anyway');
    } finally {
      await redis.dispose();
    }
  });
});
