import { z } from 'zod';
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
  // Feed health is recorded per attempt; the next scheduled round is the real retry.
  options: retrying(2, 5_000),
  jobId: (p) => `poll-${p.feedId}-${hashId(p.round)}`,
});
