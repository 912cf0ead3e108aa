import { beforeAll, describe, expect, it } from 'vitest';
import { cleanRunFacts, countArticles, factPrints, failedReasons, faultSuite, seedFeeds, startCli, unfinishedJobs, waitFor, withinMs } from './fault-harness.ts';

const ARTICLES = 36;

/**
 * Real processes, real Redis, real SQLite: a worker killed with SIGKILL in the middle of a batch
 * leaves jobs locked by a process that no longer exists. A new worker must pick them up once their
 * locks lapse, and the store must end up with exactly the facts of an undisturbed run.
 */
describe('a worker killed mid-batch', () => {
  const suite = faultSuite({ articles: ARTICLES, feeds: 2 });
  let reference: string[];

  beforeAll(async () => {
    reference = await cleanRunFacts(suite.site(), suite.newWorld());
  });

  it('loses no article and stores every fact exactly once after a new worker starts', async () => {
    const site = suite.site();
    expect(reference.length).toBeGreaterThan(ARTICLES * 5);
    expect(new Set(reference).size).toBe(reference.length);

    const world = suite.newWorld();
    await seedFeeds(world, site.feedUrls);
    // Slow pages keep fetches in flight when the worker dies.
    site.setArticleDelay(150);
    const doomed = startCli(world, ['run']);
    await waitFor('some articles stored by the first worker', async () => (await countArticles(world.dbPath)) >= 6, 90_000);
    doomed.child.kill('SIGKILL');
    expect(await withinMs(doomed.exited, 10_000, 'the killed worker exiting')).toBe('SIGKILL');
    const storedWhenKilled = await countArticles(world.dbPath);
    expect(storedWhenKilled).toBeLessThan(ARTICLES);
    expect(Object.keys(await unfinishedJobs(world)).length).toBeGreaterThan(0);

    site.setArticleDelay(0);
    const successor = startCli(world, ['run', '--until-idle', '--max-wait', '120']);
    const code = await withinMs(successor.exited, 150_000, 'the second worker finishing');
    expect(code, successor.output()).toBe(0);

    expect(await countArticles(world.dbPath)).toBe(ARTICLES);
    expect(await factPrints(world.dbPath)).toEqual(reference);
    expect(await failedReasons(world)).toEqual([]);
    expect(await unfinishedJobs(world)).toEqual({});
  });
});
