import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanRunFacts, countArticles, factPrints, failedReasons, faultSuite, seedFeeds, startCli, unfinishedJobs, waitFor, withinMs } from './fault-harness.ts';

const ARTICLES = 24;
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const HOLDER = fileURLToPath(new URL('./hold-write-lock.ts', import.meta.url));

/** Starts another process that will hold the database's write lock for `ms` when told to. */
async function lockHolder(dbPath: string, ms: number): Promise<{ lock(): Promise<void>; released: Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dbPath, String(ms)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const released = new Promise<string>((resolve) => child.on('exit', () => resolve(out)));
  const said = (word: string) => waitFor(`the lock holder to say ${word}`, () => out.includes(word) || (child.exitCode !== null && Promise.reject(new Error(out))), 30_000);
  await said('ready');
  return {
    lock: async () => {
      child.stdin.end('lock\n');
      await said('locked');
    },
    released,
  };
}

/**
 * Another process holds SQLite's write lock for longer than the store's busy timeout (5 s). The
 * store's writes fail with SQLITE_BUSY meanwhile; they must wait and run again without spending
 * their attempts, and the run must end with exactly the facts of an undisturbed one.
 */
describe('the database locked by another process', () => {
  const suite = faultSuite({ articles: ARTICLES, feeds: 1 });

  it('makes the store wait and retry; nothing is lost or written twice', async () => {
    const site = suite.site();
    const expected = await cleanRunFacts(site, suite.newWorld());
    const world = suite.newWorld();
    await seedFeeds(world, site.feedUrls);
    expect(expected.length).toBeGreaterThan(ARTICLES * 5);

    site.setArticleDelay(300);
    const holder = await lockHolder(world.dbPath, 9_000);
    const pipeline = startCli(world, ['run']);
    await waitFor('the first articles stored', async () => (await countArticles(world.dbPath)) >= 2, 90_000);
    await holder.lock();
    const storedUnderLock = await countArticles(world.dbPath);
    expect(await withinMs(holder.released, 30_000, 'the lock holder finishing')).toContain('released');
    expect(storedUnderLock).toBeLessThan(ARTICLES);

    await waitFor('every article stored after the lock is gone', async () => (await countArticles(world.dbPath)) === ARTICLES, 120_000);
    await waitFor('the queues to drain', async () => Object.keys(await unfinishedJobs(world)).length === 0, 60_000);
    pipeline.child.kill('SIGTERM');
    expect(await withinMs(pipeline.exited, 30_000, 'the pipeline stopping')).toBe(0);
    expect(pipeline.output()).toContain('the database is locked by another process');
    expect(await factPrints(world.dbPath)).toEqual(expected);
    expect(await failedReasons(world)).toEqual([]);
  });
});
