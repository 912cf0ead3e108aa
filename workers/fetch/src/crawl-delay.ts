import { HostBusyError } from '@newsfacts/queues';
import type { Redis } from 'ioredis';

/**
 * Longest robots.txt Crawl-delay honoured as given; larger values are cut to this so one odd
 * robots.txt cannot park a host's articles for days (1,440 pages a day still get through).
 */
export const MAX_CRAWL_DELAY_MS = 60_000;

export function crawlDelayToMs(seconds: number | null): number {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.min(Math.round(seconds * 1000), MAX_CRAWL_DELAY_MS);
}

const gapKey = (prefix: string, host: string) => `${prefix}:crawl-gap:${host.toLowerCase()}`;

/**
 * Claims the host's next request under its Crawl-delay, for every worker sharing this Redis. The
 * claim is one atomic SET NX, so two workers can never both take the same gap (a check followed
 * by a write could). A taken gap throws HostBusyError: the job waits without spending an attempt.
 */
export async function claimCrawlGap(redis: Redis, prefix: string, host: string, delayMs: number): Promise<void> {
  const key = gapKey(prefix, host);
  if ((await redis.set(key, '1', 'PX', delayMs, 'NX')) === 'OK') return;
  const leftMs = Math.max(await redis.pttl(key), 50);
  // Spread the waiting jobs so they do not all wake at the same instant and collide again.
  const waitMs = Math.round(leftMs + Math.random() * Math.max(250, delayMs / 4));
  throw new HostBusyError(`host ${host} asks for ${delayMs / 1000} s between requests (robots.txt Crawl-delay); waiting ${waitMs} ms`, waitMs);
}

/** Starts the gap again when a request ends, so a slow response does not eat into it. */
export async function restartCrawlGap(redis: Redis, prefix: string, host: string, delayMs: number): Promise<void> {
  await redis.set(gapKey(prefix, host), '1', 'PX', delayMs);
}
