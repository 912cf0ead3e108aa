import { RateLimitedError } from '@newsfacts/core';
import rp from 'robots-parser';
import { fetchText } from './fetch-text.ts';
import type { FetchOptions } from './fetch-types.ts';

// The .d.ts declares a default export, but the CommonJS module exports the function itself.
const robotsParser = rp as unknown as typeof rp.default;
type Robot = ReturnType<typeof robotsParser>;

export interface RobotsCacheOptions {
  /** How robots.txt itself is fetched (SSRF policy, our User-Agent, timeout). */
  fetch: Pick<FetchOptions, 'allowPrivateNetworks' | 'allowHosts' | 'userAgent' | 'timeoutMs'>;
  /** How long a fetched robots.txt is trusted (default 24 h, as the big crawlers do). */
  ttlMs?: number;
  /** How long "could not fetch" is remembered before trying again (default 10 min). */
  errorTtlMs?: number;
  /** Origins kept; the oldest is dropped beyond this (default 1000). */
  maxEntries?: number;
  now?: () => number;
}

export interface RobotsCache {
  /** Whether `userAgent` (the product token, e.g. "newsfacts") may fetch `url`. Throws RateLimitedError when robots.txt answers 429. */
  isAllowed(url: string, userAgent: string): Promise<boolean>;
  /** The Crawl-delay for `userAgent` on that origin, in seconds, if any. */
  crawlDelaySeconds(url: string, userAgent: string): Promise<number | null>;
  /** Sitemap URLs the origin's robots.txt lists. */
  sitemaps(url: string): Promise<string[]>;
  clear(): void;
}

type Rules = { kind: 'allow-all' } | { kind: 'disallow-all' } | { kind: 'parsed'; robot: Robot };
interface Entry {
  rules: Rules;
  expiresAt: number;
}

const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * Per-origin robots.txt cache. Conventions: 2xx is parsed; 401/403 mean "keep out"
 * (disallow all); any other 4xx means there are no rules (allow all); 5xx, network
 * failures and refusals allow, but are only remembered for errorTtlMs so the real file
 * is picked up soon. Concurrent lookups for one origin share a single fetch.
 */
export function createRobotsCache(options: RobotsCacheOptions): RobotsCache {
  const ttlMs = options.ttlMs ?? 24 * 3600_000;
  const errorTtlMs = options.errorTtlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry>>();

  async function load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await fetchText(robotsUrl, {
        ...options.fetch,
        maxBytes: ROBOTS_MAX_BYTES,
        accept: 'text/plain,*/*;q=0.5',
      });
      if (res.status >= 200 && res.status < 300) {
        return { rules: { kind: 'parsed', robot: robotsParser(robotsUrl, res.body) }, expiresAt: now() + ttlMs };
      }
      if (res.status === 401 || res.status === 403) return { rules: { kind: 'disallow-all' }, expiresAt: now() + ttlMs };
      if (res.status >= 400 && res.status < 500) return { rules: { kind: 'allow-all' }, expiresAt: now() + ttlMs };
      return { rules: { kind: 'allow-all' }, expiresAt: now() + errorTtlMs };
    } catch (err) {
      if (err instanceof RateLimitedError) throw err;
      return { rules: { kind: 'allow-all' }, expiresAt: now() + errorTtlMs };
    }
  }

  async function rulesFor(url: string): Promise<Rules> {
    const origin = new URL(url).origin;
    const cached = entries.get(origin);
    if (cached && cached.expiresAt > now()) return cached.rules;
    let pending = inFlight.get(origin);
    if (!pending) {
      pending = load(origin).finally(() => inFlight.delete(origin));
      inFlight.set(origin, pending);
    }
    const entry = await pending;
    entries.delete(origin);
    entries.set(origin, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return entry.rules;
  }

  return {
    async isAllowed(url, userAgent) {
      const rules = await rulesFor(url);
      if (rules.kind !== 'parsed') return rules.kind === 'allow-all';
      return rules.robot.isAllowed(url, userAgent) ?? true;
    },
    async crawlDelaySeconds(url, userAgent) {
      const rules = await rulesFor(url);
      return rules.kind === 'parsed' ? (rules.robot.getCrawlDelay(userAgent) ?? null) : null;
    },
    async sitemaps(url) {
      const rules = await rulesFor(url);
      return rules.kind === 'parsed' ? rules.robot.getSitemaps() : [];
    },
    clear() {
      entries.clear();
    },
  };
}
