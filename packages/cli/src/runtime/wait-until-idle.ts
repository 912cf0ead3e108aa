import { type QueueSet, queueCounts, scheduleFeedsQueue } from '@newsfacts/queues';

const BUSY_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/** Resolves once every queue has had nothing waiting, running or delayed for a few checks in a row. */
export async function waitUntilIdle(queues: QueueSet, options: { timeoutMs: number; onTick?: (busy: number) => void }): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  let quietChecks = 0;
  while (Date.now() < deadline) {
    const counts = await queueCounts(queues);
    // The scheduler's next tick is always delayed; it is a clock, not work.
    delete counts[scheduleFeedsQueue.name];
    const busy = Object.values(counts).reduce((sum, c) => sum + BUSY_STATES.reduce((s, k) => s + (c[k] ?? 0), 0), 0);
    options.onTick?.(busy);
    quietChecks = busy === 0 ? quietChecks + 1 : 0;
    if (quietChecks >= 3) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
