import * as z from 'zod';
import { defineQueue, hashId, retrying } from '../contract.ts';

/**
 * An article whose fetch, extraction or store job failed for good (including a job BullMQ failed
 * after it was in flight when its process died more than `maxStalledCount` times). The store role
 * records it, and polls skip it until an operator retries it.
 */
export const QuarantineArticlePayload = z.object({
  url: z.string().url(),
  feedId: z.number().int().positive().nullable(),
  guid: z.string().nullable(),
  /** The queue whose job failed. */
  queue: z.string().min(1),
  jobId: z.string().nullable(),
  reason: z.string(),
  failedAt: z.string(),
});
export type QuarantineArticlePayload = z.infer<typeof QuarantineArticlePayload>;

export const quarantineArticleQueue = defineQueue({
  name: 'quarantine-article',
  schema: QuarantineArticlePayload,
  options: retrying(5, 2_000),
  jobId: (p) => `quarantine-${hashId(p.url, p.queue, p.jobId, p.failedAt)}`,
});
