import * as z from 'zod';
import { defineQueue } from '../contract.ts';

export const ScheduleFeedsPayload = z.object({}).passthrough();
export type ScheduleFeedsPayload = z.infer<typeof ScheduleFeedsPayload>;

/** Ticks of a BullMQ job scheduler; each tick enqueues the polls that are due. */
export const scheduleFeedsQueue = defineQueue({
  name: 'schedule-feeds',
  schema: ScheduleFeedsPayload,
  options: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
  jobId: () => `tick-${Date.now()}`,
});

export const FEED_SCHEDULER_ID = 'feed-scheduler';
export const FEED_SCHEDULER_EVERY_MS = 30_000;
