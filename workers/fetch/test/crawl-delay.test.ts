import { randomUUID } from 'node:crypto';
import { createRedis, HostBusyError } from '@newsfacts/queues';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimCrawlGap, crawlDelayToMs, MAX_CRAWL_DELAY_MS, restartCrawlGap } from '../src/index.ts';

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

describe('robots.txt Crawl-delay', () => {
  it('reads seconds (fractions too) and ignores absent, zero, negative or unreadable values', () => {
    expect(crawlDelayToMs(2)).toBe(2000);
    expect(crawlDelayToMs(0.5)).toBe(500);
    for (const v of [null, 0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(crawlDelayToMs(v)).toBe(0);
    expect(crawlDelayToMs(86_400)).toBe(MAX_CRAWL_DELAY_MS);
  });

  it('lets one request per gap through, for every client of the Redis, and per host', async () => {
    await claimCrawlGap(redis, prefix, 'News.Example', 5_000);
    const second = await claimCrawlGap(redis, prefix, 'news.example', 5_000).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(HostBusyError);
    const wait = (second as HostBusyError).retryAfterMs;
    expect(wait).toBeGreaterThan(4_000);
    expect(wait).toBeLessThanOrEqual(5_000 + 1_250);
    await expect(claimCrawlGap(redis, prefix, 'other.example', 5_000)).resolves.toBeUndefined();
  });

  it('starts the gap again when a request ends', async () => {
    await claimCrawlGap(redis, prefix, 'slow.example', 300);
    await restartCrawlGap(redis, prefix, 'slow.example', 10_000);
    const ttl = await redis.pttl(`${prefix}:crawl-gap:slow.example`);
    expect(ttl).toBeGreaterThan(9_000);
  });
});
