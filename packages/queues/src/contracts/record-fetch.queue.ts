import { FetchOutcome } from '@newsfacts/core';
import { defineQueue, hashId, retrying } from '../contract.ts';

/** Article fetches that ended without a page (404, refused, network error) are recorded through this. */
export const recordFetchQueue = defineQueue({
  name: 'record-fetch',
  schema: FetchOutcome,
  options: retrying(5, 2_000),
  jobId: (p) => `fetchlog-${hashId(p.url, p.fetchedAt, p.status, p.error)}`,
});
