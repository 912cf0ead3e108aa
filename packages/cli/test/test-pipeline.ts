import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@newsfacts/config';
import { pino } from 'pino';
import { startRoles, type RunningPipeline } from '../src/index.ts';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A pipeline on the real Redis (own key prefix) and a temp SQLite file; `dispose` removes both. */
export async function startTestPipeline(overrides: Partial<Config> = {}): Promise<{ pipeline: RunningPipeline; config: Config; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-e2e-'));
  const config: Config = {
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
