import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyntheticSite, type SyntheticSite } from '../../src/demo/synthetic-site.ts';
import { countArticles, createWorld, type FaultWorld, factPrints, failedReasons, durableRedis, seedFeeds, startCli, unfinishedJobs, waitFor, withinMs } from './fault-harness.ts';

const ARTICLES = 30;

/**
 * Redis dies under a running pipeline (SIGKILL, so nothing is flushed on the way out) and comes
 * back from its append-only file. Workers must reconnect on their own and finish; nothing Redis
 * acknowledged may be lost, and no article's facts may be written twice.
 */
describe('Redis restarted mid-run', () => {
  let site: SyntheticSite;
  let reference: string[];
  const worlds: FaultWorld[] = [];

  beforeAll(async () => {
    site = await startSyntheticSite({ articles: ARTICLES, feeds: 2 });
    const clean = createWorld();
    worlds.push(clean);
    await seedFeeds(clean, site.feedUrls);
    const run = startCli(clean, ['run', '--until-idle', '--max-wait', '120']);
    expect(await withinMs(run.exited, 150_000, 'the clean run')).toBe(0);
    reference = await factPrints(clean.dbPath);
  });

  afterAll(async () => {
    await site?.close();
    for (const world of worlds) await world.dispose();
  });

  it('workers reconnect and finish with every fact stored once', async () => {
    expect(reference.length).toBeGreaterThan(ARTICLES * 5);
    const redis = await durableRedis();
    const world = createWorld({ redisUrl: redis.url });
    worlds.push(world);
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
  it('still exits within the shutdown bound; the running jobs wait in Redis for the next worker', async () => {
    const site = await startSyntheticSite({ articles: 12, feeds: 1, articleDelayMs: 2_000 });
    const redis = await durableRedis();
    const world = createWorld({ redisUrl: redis.url, env: { NEWSFACTS_SHUTDOWN_GRACE_MS: '1000' } });
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
      await site.close();
      await world.dispose();
    }
  });
});
