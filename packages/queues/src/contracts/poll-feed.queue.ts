import * as z from 'zod';
import { defineQueue, hashId, retrying } from '../contract.ts';

export const PollFeedPayload = z.object({
  feedId: z.number().int().positive(),
  url: z.string().url(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** Identifies one scheduled round, so a round is enqueued once however often the scheduler runs. */
  round: z.string().min(1),
});
export type PollFeedPayload = z.infer<typeof PollFeedPayload>;

export const pollFeedQueue = defineQueue({
  name: 'poll-feed',
  schema: PollFeedPayload,
  // Every outcome is recorded on the feed row, and the feed's schedule (with error backoff) is the
  // retry; a BullMQ retry on top would double the load on a failing publisher.
  options: { ...retrying(1, 5_000), removeOnFail: { age: 7 * 24 * 3600 } },
  jobId: (p) => `poll-${p.feedId}-${hashId(p.round)}`,
});
