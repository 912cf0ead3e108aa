import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@newsfacts/config';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { startRoles, type RunningPipeline } from '../src/index.ts';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Removes every key under a test's prefix (after its pipeline closed: closing queues still writes). */
export async function deletePrefixKeys(prefix: string, url = REDIS_URL): Promise<void> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** Config for a test: the real Redis under a fresh key prefix, a SQLite file in `dir`, loopback allowed. */
export function testConfig(dir: string, overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    redisUrl: REDIS_URL,
    queuePrefix: `nftest-${randomUUID().slice(0, 8)}`,
    dbPath: join(dir, 'facts.db'),
    allowPrivateNetworks: true,
    logLevel: 'silent',
    // The loopback fixture server needs no politeness delay; the throttle itself is tested on its own.
    hostMinDelayMs: 0,
    hostMaxConcurrent: 4,
    ...overrides,
  };
}

/** A pipeline on the real Redis (own key prefix) and a temp SQLite file; `dispose` removes both. */
export async function startTestPipeline(overrides: Partial<Config> = {}): Promise<{ pipeline: RunningPipeline; config: Config; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-e2e-'));
  const config = testConfig(dir, overrides);
  const pipeline = await startRoles(config, ['fetch', 'extract', 'store'], pino({ level: 'silent' }));
  return {
    pipeline,
    config,
    dispose: async () => {
      const keys = await pipeline.redis.keys(`${config.queuePrefix}:*`);
      await Promise.all(Object.values(pipeline.queues.queues).map((q) => q.obliterate({ force: true }).catch(() => {})));
      if (keys.length) await pipeline.redis.del(...keys);
      await pipeline.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
