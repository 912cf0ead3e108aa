import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openQueues, queueCounts } from '@newsfacts/queues';
import { addFeed, openDb, type Store } from '@newsfacts/store';
import { afterAll, beforeAll } from 'vitest';
import { startSyntheticSite, type SyntheticSite, type SyntheticSiteOptions } from '../../src/demo/synthetic-site.ts';
import { type PrivateRedis, startPrivateRedis } from '../private-redis.ts';
import { clearPrefix } from './clear-prefix.ts';

export { clearPrefix };

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
export const SHARED_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One isolated pipeline: its own queue prefix on some Redis, its own SQLite file. */
export interface FaultWorld {
  dir: string;
  dbPath: string;
  prefix: string;
  redisUrl: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export function createWorld(options: { redisUrl?: string; env?: Record<string, string> } = {}): FaultWorld {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-fault-'));
  const dbPath = join(dir, 'facts.db');
  const prefix = `nffault-${randomUUID().slice(0, 8)}`;
  const redisUrl = options.redisUrl ?? SHARED_REDIS_URL;
  const env = {
    REDIS_URL: redisUrl,
    NEWSFACTS_QUEUE_PREFIX: prefix,
    NEWSFACTS_DB: dbPath,
    NEWSFACTS_ALLOW_PRIVATE_NETWORKS: '1',
    NEWSFACTS_HOST_MIN_DELAY_MS: '0',
    NEWSFACTS_HOST_MAX_CONCURRENT: '4',
    NEWSFACTS_FETCH_TIMEOUT_MS: '5000',
    // A killed worker's jobs come back after the lock lapses; short, so the tests stay short.
    NEWSFACTS_JOB_LOCK_MS: '3000',
    NEWSFACTS_LOG_LEVEL: 'warn',
    NEWSFACTS_METRICS_PORT: '0',
    ...options.env,
  };
  return {
    dir,
    dbPath,
    prefix,
    redisUrl,
    env,
    dispose: async () => {
      await clearPrefix(redisUrl, prefix).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}


export async function seedFeeds(world: FaultWorld, urls: string[]): Promise<void> {
  const store = await openDb(world.dbPath);
  try {
    for (const url of urls) await addFeed(store.db, { url, intervalMinutes: 60 });
  } finally {
    await store.close();
  }
}

/** A running `newsfacts` process, as an operator starts it. */
export interface CliProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
}

export function startCli(world: FaultWorld, args: string[], extraEnv: Record<string, string> = {}): CliProcess {
  // Node itself with tsx as a loader, as the container image runs it: the `tsx` launcher relays
  // SIGTERM and SIGKILLs a child that does not acknowledge it within 30 ms.
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}packages/cli/src/main.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...world.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => output, exited };
}

/** Waits for a condition, polling; fails with `what` when it does not come true in time. */
export async function waitFor<T>(what: string, check: () => Promise<T | false | null | undefined> | T | false | null | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function withinMs<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
  ]);
}

async function readDb<T>(dbPath: string, read: (store: Store) => T, fallback: T): Promise<T> {
  let store: Store | undefined;
  try {
    store = await openDb(dbPath, { readonly: true, migrate: false });
    return read(store);
  } catch (error) {
    if (process.env.DEBUG_FAULTS) console.error(error);
    return fallback; // not created yet, or mid-migration
  } finally {
    await store?.close();
  }
}

export function countArticles(dbPath: string): Promise<number> {
  return readDb(dbPath, (s) => (s.sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 0);
}

/** Every stored fact as "canonical url | natural key", one entry per row (duplicates would show). */
export function factPrints(dbPath: string): Promise<string[]> {
  return readDb(
    dbPath,
    (s) => (s.sqlite.prepare('SELECT a.canonical_url AS url, f.fact_key AS key FROM facts f JOIN articles a ON a.id = f.article_id').all() as { url: string; key: string }[]).map((r) => `${r.url} | ${r.key}`).sort(),
    [],
  );
}

const BUSY = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;

/** Jobs not yet done under the world's prefix (the feed scheduler's own clock excluded), by queue. */
export async function unfinishedJobs(world: FaultWorld): Promise<Record<string, number>> {
  const queues = openQueues({ url: world.redisUrl, maxRetriesPerRequest: null } as never, world.prefix);
  try {
    const counts = await queueCounts(queues);
    return Object.fromEntries(
      Object.entries(counts)
        .filter(([name]) => !name.includes('schedule'))
        .map(([name, c]) => [name, BUSY.reduce((sum, state) => sum + (c[state] ?? 0), 0)] as const)
        .filter(([, n]) => n > 0),
    );
  } finally {
    await queues.close();
  }
}

export async function failedReasons(world: FaultWorld): Promise<string[]> {
  const queues = openQueues({ url: world.redisUrl, maxRetriesPerRequest: null } as never, world.prefix);
  try {
    const failed = await Promise.all(Object.values(queues.queues).map((q) => q.getFailed(0, 50)));
    return failed.flat().map((job) => `${job.queueName}: ${job.failedReason}`);
  } finally {
    await queues.close();
  }
}

/** A private redis-server with AOF on (every write synced), for tests that crash it and bring it back. */
export function durableRedis(): Promise<PrivateRedis> {
  return startPrivateRedis(['--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction']);
}

/**
 * A test file's synthetic site, started before its tests, and the worlds its tests create; all
 * are closed and removed after the file.
 */
export function faultSuite(options: SyntheticSiteOptions): { site(): SyntheticSite; newWorld(options?: Parameters<typeof createWorld>[0]): FaultWorld } {
  let site: SyntheticSite | undefined;
  const worlds: FaultWorld[] = [];
  beforeAll(async () => {
    site = await startSyntheticSite(options);
  });
  afterAll(async () => {
    await site?.close();
    for (const world of worlds) await world.dispose();
  });
  return {
    site: () => {
      if (!site) throw new Error('the synthetic site is not started yet');
      return site;
    },
    newWorld: (worldOptions) => {
      const world = createWorld(worldOptions);
      worlds.push(world);
      return world;
    },
  };
}

/** Polls the site's feeds once, undisturbed, in a world of its own: the facts a faulted run must match. */
export async function cleanRunFacts(site: SyntheticSite, world: FaultWorld): Promise<string[]> {
  await seedFeeds(world, site.feedUrls);
  const run = startCli(world, ['run', '--until-idle', '--max-wait', '120']);
  const code = await withinMs(run.exited, 150_000, 'the clean run');
  if (code !== 0) throw new Error(`the clean run exited with ${code}: ${run.output().slice(-2000)}`);
  return factPrints(world.dbPath);
}
