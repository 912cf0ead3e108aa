import { FeedPollOutcome } from '@newsfacts/core';
import { defineQueue, hashId, retrying } from '../contract.ts';

/** Feed health travels to the single SQLite writer through this queue. */
export const recordPollQueue = defineQueue({
  name: 'record-poll',
  schema: FeedPollOutcome,
  options: retrying(5, 2_000),
  jobId: (p) => `record-${p.feedId}-${hashId(p.fetch.fetchedAt, p.fetch.status, p.error)}`,
});
