import { Gauge, type Registry } from 'prom-client';

export type QueueCountsReader = () => Promise<Record<string, Record<string, number>>>;

export const DEPTH_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const;

/**
 * `newsfacts_queue_jobs{queue,state}`, read from BullMQ at scrape time. The read is shared for
 * `cacheMs` so several scrapers (or a retry storm) cost Redis one round of counts per interval.
 */
export function registerQueueDepths(registry: Registry, read: QueueCountsReader, cacheMs = 1000): void {
  const cached = cachedReader(read, cacheMs);
  new Gauge({
    name: 'newsfacts_queue_jobs',
    help: 'Jobs per queue and state, read from Redis at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      // Redis down: the scrape still answers (with process metrics); readiness reports the outage.
      const counts = await cached().catch(() => null);
      if (!counts) return;
      for (const [queue, byState] of Object.entries(counts)) {
        for (const state of DEPTH_STATES) this.set({ queue, state }, byState[state] ?? 0);
      }
    },
  });
}

/** Shares one in-flight or recent read among all callers within `ttlMs`. */
export function cachedReader<T>(read: () => Promise<T>, ttlMs: number): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (last && Date.now() - last.at < ttlMs) return last.value;
    const value = read();
    last = { at: Date.now(), value };
    // A failed read is not cached: the next scrape asks again.
    value.catch(() => {
      if (last?.value === value) last = null;
    });
    return value;
  };
}

/** A label-less gauge read at scrape time (e.g. the review backlog); a failed read leaves it out. */
export function registerScrapeGauge(registry: Registry, options: { name: string; help: string; read: () => Promise<number> }): void {
  new Gauge({
    name: options.name,
    help: options.help,
    registers: [registry],
    async collect() {
      this.reset();
      const value = await options.read().catch(() => null);
      if (value !== null) this.set(value);
    },
  });
}
