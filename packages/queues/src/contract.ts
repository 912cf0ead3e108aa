import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { z } from 'zod';

/**
 * A queue's contract: producers and the one worker that consumes it import only this.
 * `jobId` makes enqueueing idempotent: BullMQ ignores a job whose id it already holds.
 */
export interface QueueContract<S extends z.ZodType> {
  name: string;
  schema: S;
  options: JobsOptions;
  jobId(payload: z.infer<S>): string;
}

export function defineQueue<S extends z.ZodType>(contract: QueueContract<S>): QueueContract<S> {
  return contract;
}

/** BullMQ job ids may not contain ':' and must not be integers. */
export const hashId = (...parts: (string | number | null | undefined)[]): string =>
  createHash('sha1').update(parts.map((p) => String(p ?? '')).join('\u0000')).digest('hex').slice(0, 32);

/** Retries with exponential backoff; jitter keeps retries of a failed host from arriving together. */
export const retrying = (attempts: number, delayMs: number): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: delayMs, jitter: 0.5 },
  // Completed jobs go at once: a job id de-duplicates work in flight, while the store, not Redis,
  // remembers what is done (a kept job would silently swallow re-processing after a database reset).
  removeOnComplete: true,
  // Failed jobs stay (with their reason) until an operator retries or clears them.
  removeOnFail: false,
});
