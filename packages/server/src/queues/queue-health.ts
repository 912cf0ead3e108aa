import { type QueueSet, openQueues, pingRedis, queueCounts } from '@newsfacts/queues';
import type { ConnectionOptions } from 'bullmq';

export interface QueueAccessOptions {
  redisUrl: string;
  connection: ConnectionOptions;
  prefix: string;
}

export interface QueueHealth {
  readonly set: QueueSet;
  /** Whether Redis answers now; cached briefly so a page and its board requests ping once. */
  available(): Promise<boolean>;
  counts(): Promise<Record<string, Record<string, number>>>;
  /** Moves every failed job of the queue back to waiting; returns false for an unknown queue. */
  retryFailed(queueName: string): Promise<boolean>;
  close(): Promise<void>;
}

const PING_CACHE_MS = 2000;

export function createQueueHealth(options: QueueAccessOptions): QueueHealth {
  // Queue objects connect lazily and retry in the background: opening them never blocks on Redis.
  const set = openQueues(options.connection, options.prefix);
  let last: { at: number; ok: boolean } | null = null;
  const find = (name: string) => Object.values(set.queues).find((q) => q.name === name);
  return {
    set,
    async available() {
      if (last && Date.now() - last.at < PING_CACHE_MS) return last.ok;
      const ok = await pingRedis(options.redisUrl, 1000);
      last = { at: Date.now(), ok };
      return ok;
    },
    counts: () => queueCounts(set),
    async retryFailed(queueName) {
      const queue = find(queueName);
      if (!queue) return false;
      await queue.retryJobs({ state: 'failed' });
      return true;
    },
    close: () => set.close(),
  };
}
