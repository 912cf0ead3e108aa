import { RateLimitedError } from '@newsfacts/core';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface HostThrottleOptions {
  /** Minimum gap between two requests to one host, across every worker sharing this Redis. */
  minDelayMs: number;
  /** Requests in flight to one host at once, across every worker. */
  maxConcurrent: number;
  /** A crashed worker's slot frees itself after this long. */
  leaseMs: number;
}

export type HostSlot = { ok: true; release(): Promise<void> } | { ok: false; waitMs: number };

export interface HostThrottle {
  acquire(host: string): Promise<HostSlot>;
  /** A host asked us to wait (429/503 Retry-After): every worker waits. */
  penalize(host: string, ms: number): Promise<void>;
}

// Redis TIME, not the workers' clocks, so machines with skewed clocks still share one schedule.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextAt > now then return nextAt - now end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return -1 end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]) * 2)
if tonumber(ARGV[1]) > 0 then redis.call('SET', KEYS[1], now + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + 1000) end
return 0
`;

const PENALIZE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > nextAt then redis.call('SET', KEYS[1], until_, 'PX', tonumber(ARGV[1]) + 1000) end
return 0
`;

/** Per-host politeness shared by all workers through Redis (open-source BullMQ has no group limits). */
export function createHostThrottle(redis: Redis, prefix: string, options: HostThrottleOptions): HostThrottle {
  const keys = (host: string) => [`${prefix}:host:${host.toLowerCase()}:next`, `${prefix}:host:${host.toLowerCase()}:active`];
  return {
    async acquire(host) {
      const leaseId = randomUUID();
      const [nextKey, activeKey] = keys(host);
      const result = Number(await redis.eval(ACQUIRE, 2, nextKey as string, activeKey as string, options.minDelayMs, options.maxConcurrent, options.leaseMs, leaseId));
      if (result === 0) {
        return { ok: true, release: async () => void (await redis.zrem(activeKey as string, leaseId)) };
      }
      // Spread the waiting jobs out so they do not all wake at the same instant.
      const base = result > 0 ? result : Math.max(250, options.minDelayMs);
      return { ok: false, waitMs: Math.round(base + Math.random() * Math.max(250, options.minDelayMs)) };
    },
    async penalize(host, ms) {
      if (ms > 0) await redis.eval(PENALIZE, 1, keys(host)[0] as string, Math.round(ms));
    },
  };
}

/** Our own politeness limit, not the host's answer: the job waits, and no fetch is recorded. */
export class HostBusyError extends RateLimitedError {
  override name = 'HostBusyError';
}

/**
 * Runs `fn` holding a slot for the URL's host. A busy host throws RateLimitedError, which the worker
 * runtime turns into a delay that spends no attempt; a host's own Retry-After holds every worker back.
 */
export async function withHostSlot<T>(throttle: HostThrottle, url: string, fn: () => Promise<T>): Promise<T> {
  const host = new URL(url).host;
  const slot = await throttle.acquire(host);
  if (!slot.ok) throw new HostBusyError(`host ${host} is busy; waiting ${slot.waitMs} ms`, slot.waitMs);
  try {
    return await fn();
  } catch (error) {
    if (error instanceof RateLimitedError) await throttle.penalize(host, error.retryAfterMs);
    throw error;
  } finally {
    await slot.release();
  }
}
