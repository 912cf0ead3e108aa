import { describe, expect, it } from 'vitest';
import { countArticles, type FaultWorld, factPrints, failedReasons, faultSuite, seedFeeds, startCli, unfinishedJobs, waitFor, withinMs } from './fault-harness.ts';

const ARTICLES = 12;

/**
 * SIGTERM is how operators (and container schedulers) stop workers. Jobs running at that moment
 * finish within the grace period or are released to the next worker; `run` exits 0 either way.
 */
describe('SIGTERM while jobs are running', () => {
  const suite = faultSuite({ articles: ARTICLES, feeds: 1 });

  async function stopMidFetch(world: FaultWorld, articleDelayMs: number, graceMs: number): Promise<{ code: number | string; storedAtStop: number }> {
    const site = suite.site();
    await seedFeeds(world, site.feedUrls);
    site.setArticleDelay(articleDelayMs);
    const before = site.articleRequests();
    const pipeline = startCli(world, ['run'], { NEWSFACTS_SHUTDOWN_GRACE_MS: String(graceMs) });
    await waitFor('article fetches in flight', () => site.articleRequests() > before, 90_000);
    pipeline.child.kill('SIGTERM');
    const code = await withinMs(pipeline.exited, graceMs + 15_000, '`run` exiting after SIGTERM');
    return { code, storedAtStop: await countArticles(world.dbPath) };
  }

  async function finishWithSuccessor(world: FaultWorld): Promise<void> {
    const site = suite.site();
    site.setArticleDelay(0);
    const successor = startCli(world, ['run', '--until-idle', '--max-wait', '120']);
    expect(await withinMs(successor.exited, 150_000, 'the next run finishing'), successor.output()).toBe(0);
    expect(await countArticles(world.dbPath)).toBe(ARTICLES);
    const prints = await factPrints(world.dbPath);
    expect(prints.length).toBeGreaterThan(ARTICLES * 5);
    expect(new Set(prints).size).toBe(prints.length);
    expect(await failedReasons(world)).toEqual([]);
    expect(await unfinishedJobs(world)).toEqual({});
  }

  it('lets running jobs finish, exits 0, and loses nothing', async () => {
    const world = suite.newWorld();
    const { code, storedAtStop } = await stopMidFetch(world, 1_500, 15_000);
    expect(code).toBe(0);
    expect(storedAtStop).toBeLessThan(ARTICLES);
    await finishWithSuccessor(world);
  });

  it('releases jobs that outlast the grace period to the next worker', async () => {
    const world = suite.newWorld();
    // Pages that take far longer than the grace period: the jobs cannot finish in time.
    const { code } = await stopMidFetch(world, 4_500, 1_000);
    expect(code).toBe(0);
    await finishWithSuccessor(world);
  });
});
