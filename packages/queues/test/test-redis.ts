import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createRedis } from '../src/index.ts';

/** The real Redis under a key prefix of this test file's own; every key under it is removed after the file. */
export function testRedis(): { prefix: string; redis(): Redis } {
  const prefix = `nftest-${randomUUID().slice(0, 8)}`;
  let redis: Redis | undefined;
  beforeAll(() => {
    redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    if (!redis) return;
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });
  return {
    prefix,
    redis: () => {
      if (!redis) throw new Error('Redis is not connected yet');
      return redis;
    },
  };
}
