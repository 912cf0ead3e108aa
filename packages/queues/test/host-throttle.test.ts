import { RateLimitedError } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { createHostThrottle, HostBusyError, withHostSlot } from '../src/index.ts';
import { testRedis } from './test-redis.ts';

const { prefix, redis: connection } = testRedis();

describe('host throttle (shared through Redis)', () => {
  it('limits requests in flight per host and frees the slot on release', async () => {
    const throttle = createHostThrottle(connection(), prefix, { minDelayMs: 0, maxConcurrent: 2, leaseMs: 10_000 });
    const a = await throttle.acquire('news.example');
    const b = await throttle.acquire('news.example');
    const c = await throttle.acquire('news.example');
    const other = await throttle.acquire('other.example');
    expect([a.ok, b.ok, c.ok, other.ok]).toEqual([true, true, false, true]);
    if (a.ok) await a.release();
    expect((await throttle.acquire('news.example')).ok).toBe(true);
  });

  it('keeps a minimum delay between requests to one host, across throttle instances', async () => {
    const one = createHostThrottle(connection(), prefix, { minDelayMs: 5_000, maxConcurrent: 10, leaseMs: 10_000 });
    const two = createHostThrottle(connection(), prefix, { minDelayMs: 5_000, maxConcurrent: 10, leaseMs: 10_000 });
    expect((await one.acquire('slow.example')).ok).toBe(true);
    const waiting = await two.acquire('slow.example');
    expect(waiting.ok).toBe(false);
    if (!waiting.ok) {
      expect(waiting.waitMs).toBeGreaterThan(3_000);
      expect(waiting.waitMs).toBeLessThan(11_000);
    }
  });

  it("holds every worker back after a host's Retry-After", async () => {
    const throttle = createHostThrottle(connection(), prefix, { minDelayMs: 0, maxConcurrent: 10, leaseMs: 10_000 });
    await expect(
      withHostSlot(throttle, 'https://limited.example/feed', async () => {
        throw new RateLimitedError('429', 60_000);
      }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    const error = await withHostSlot(throttle, 'https://limited.example/other', async () => 'fetched').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostBusyError);
    expect((error as HostBusyError).retryAfterMs).toBeGreaterThan(50_000);
  });
});
