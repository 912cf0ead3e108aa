import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobKey, createRedis, getBlob, putBlob, retireBlobs, sha256, wasRetired } from '../src/index.ts';

const prefix = `nftest-${randomUUID().slice(0, 8)}`;
let redis: Redis;

beforeAll(() => {
  redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('blobs in Redis', () => {
  it('round-trips a large value, gzipped, under its content hash', async () => {
    const page = `<p>${'Exports rose 4.5% to 1,200 tonnes. '.repeat(2000)}</p>`;
    const key = blobKey(prefix, 'page', sha256(page));
    await putBlob(redis, key, page);
    expect(await getBlob(redis, key)).toBe(page);
    expect((await redis.strlen(key)) * 5).toBeLessThan(page.length);
  });

  it('tells a blob retired after storing from one that never existed or expired', async () => {
    const stored = blobKey(prefix, 'result', sha256('stored'));
    const lost = blobKey(prefix, 'result', sha256('lost'));
    await putBlob(redis, stored, 'stored');
    await retireBlobs(redis, stored);
    expect(await getBlob(redis, stored)).toBeNull();
    expect(await wasRetired(redis, stored)).toBe(true);
    expect(await wasRetired(redis, lost)).toBe(false);
    expect(await redis.ttl(`${stored}:stored`)).toBeGreaterThan(3600);
  });
});
