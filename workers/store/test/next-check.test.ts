import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, nextCheck, type NextCheckInput } from '../src/next-check.ts';

const now = new Date('2025-10-20T10:00:00Z'); // a Monday
const base: NextCheckInput = {
  now,
  intervalMinutes: 15,
  ok: true,
  consecutiveErrors: 0,
  ttlMinutes: null,
  cacheMaxAgeS: null,
  retryAfterMs: null,
  skipHours: [],
  skipDays: [],
  itemDates: [],
  random: 0.5,
};
const minutesUntil = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

describe('nextCheck', () => {
  it('uses the interval after a normal poll', () => {
    expect(minutesUntil(nextCheck(base).at)).toBe(15);
  });

  it('honours a longer ttl and Cache-Control max-age, never a shorter one', () => {
    expect(minutesUntil(nextCheck({ ...base, ttlMinutes: 60 }).at)).toBe(60);
    expect(minutesUntil(nextCheck({ ...base, ttlMinutes: 5 }).at)).toBe(15);
    expect(nextCheck({ ...base, cacheMaxAgeS: 3600, ttlMinutes: 30 })).toMatchObject({ reason: 'Cache-Control max-age' });
  });

  it('backs off exponentially on errors, with jitter, capped at a day, and never stops', () => {
    const delays = [1, 2, 3, 4, 5].map((n) => minutesUntil(nextCheck({ ...base, ok: false, consecutiveErrors: n, random: 0.999999 }).at));
    expect(delays.map(Math.round)).toEqual([15, 30, 60, 120, 240]);
    const late = nextCheck({ ...base, ok: false, consecutiveErrors: 500, random: 0.999999 });
    expect(late.at.getTime() - now.getTime()).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(late.at.getTime() - now.getTime()).toBeGreaterThan(MAX_BACKOFF_MS * 0.99);
    const low = minutesUntil(nextCheck({ ...base, ok: false, consecutiveErrors: 3, random: 0 }).at);
    expect(low).toBe(30); // half of 60: jitter spreads retries over [50%, 100%]
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(nextCheck({ ...base, ok: false, consecutiveErrors: 1, retryAfterMs: 2 * 3600_000 })).toMatchObject({ reason: 'Retry-After' });
    expect(minutesUntil(nextCheck({ ...base, ok: false, consecutiveErrors: 1, retryAfterMs: 2 * 3600_000 }).at)).toBe(120);
  });

  it('checks a feed that publishes daily less often than one that publishes hourly', () => {
    const daily = Array.from({ length: 10 }, (_, i) => new Date(now.getTime() - i * 24 * 3600_000).toISOString());
    const hourly = Array.from({ length: 10 }, (_, i) => new Date(now.getTime() - i * 3600_000).toISOString());
    expect(minutesUntil(nextCheck({ ...base, itemDates: daily }).at)).toBe(360);
    expect(minutesUntil(nextCheck({ ...base, itemDates: hourly }).at)).toBe(20);
  });

  it('moves past skipHours and skipDays', () => {
    const skipped = nextCheck({ ...base, skipHours: [10, 11, 12] });
    expect(skipped.at.toISOString()).toBe('2025-10-20T13:00:00.000Z');
    expect(skipped.reason).toContain('skipHours');
    expect(nextCheck({ ...base, skipDays: ['Monday'] }).at.toISOString()).toBe('2025-10-21T00:00:00.000Z');
  });
});
