import { Queue, type ConnectionOptions } from 'bullmq';
import type { z } from 'zod';
import type { QueueContract } from './contract.ts';
import { extractArticleQueue } from './contracts/extract-article.queue.ts';
import { fetchArticleQueue } from './contracts/fetch-article.queue.ts';
import { pollFeedQueue } from './contracts/poll-feed.queue.ts';
import { quarantineArticleQueue } from './contracts/quarantine-article.queue.ts';
import { recordFetchQueue } from './contracts/record-fetch.queue.ts';
import { recordPollQueue } from './contracts/record-poll.queue.ts';
import { scheduleFeedsQueue } from './contracts/schedule-feeds.queue.ts';
import { storeArticleQueue } from './contracts/store-article.queue.ts';

export const contracts = {
  pollFeed: pollFeedQueue,
  fetchArticle: fetchArticleQueue,
  extractArticle: extractArticleQueue,
  storeArticle: storeArticleQueue,
  recordPoll: recordPollQueue,
  recordFetch: recordFetchQueue,
  scheduleFeeds: scheduleFeedsQueue,
  quarantineArticle: quarantineArticleQueue,
} as const;
export type ContractKey = keyof typeof contracts;
export const ALL_QUEUE_NAMES: string[] = Object.values(contracts).map((c) => c.name);

/** Which worker role consumes each queue: fetch/extract can run anywhere, store beside the database. */
export const ROLE_QUEUES = {
  fetch: ['pollFeed', 'fetchArticle'],
  extract: ['extractArticle'],
  store: ['storeArticle', 'recordPoll', 'recordFetch', 'scheduleFeeds', 'quarantineArticle'],
} as const satisfies Record<string, readonly ContractKey[]>;
export type WorkerRole = keyof typeof ROLE_QUEUES;

export interface QueueSet {
  prefix: string;
  connection: ConnectionOptions;
  queues: { [K in ContractKey]: Queue };
  close(): Promise<void>;
}

export function openQueues(connection: ConnectionOptions, prefix: string): QueueSet {
  const queues = Object.fromEntries(
    Object.entries(contracts).map(([key, c]) => {
      const queue = new Queue(c.name, { connection, prefix, defaultJobOptions: c.options });
      queue.on('error', () => {}); // connection errors surface on the worker side and in pings
      return [key, queue];
    }),
  ) as QueueSet['queues'];
  return {
    prefix,
    connection,
    queues,
    close: async () => {
      await Promise.all(Object.values(queues).map((q) => q.close()));
    },
  };
}

/** Validates the payload and adds it under its deterministic id. */
export async function enqueue<S extends z.ZodType>(
  set: QueueSet,
  key: ContractKey,
  payload: z.infer<S>,
  extra: { delay?: number } = {},
): Promise<string> {
  const contract = contracts[key] as unknown as QueueContract<S>;
  const data = contract.schema.parse(payload);
  const jobId = contract.jobId(data);
  await set.queues[key].add(contract.name, data, { jobId, ...extra });
  return jobId;
}

export async function queueCounts(set: QueueSet): Promise<Record<string, Record<string, number>>> {
  const entries = await Promise.all(
    Object.entries(set.queues).map(async ([, q]) => [q.name, await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children')] as const),
  );
  return Object.fromEntries(entries);
}

/** Removes every job of every queue under this prefix (the demo's private prefix, tests). */
export async function obliterateQueues(set: QueueSet): Promise<void> {
  for (const queue of Object.values(set.queues)) await queue.obliterate({ force: true });
}

/** Validates and adds many payloads in one round trip (each under its deterministic id). */
export async function enqueueBulk<S extends z.ZodType>(set: QueueSet, key: ContractKey, payloads: z.infer<S>[]): Promise<string[]> {
  const contract = contracts[key] as unknown as QueueContract<S>;
  const jobs = payloads.map((payload) => {
    const data = contract.schema.parse(payload);
    return { name: contract.name, data, opts: { jobId: contract.jobId(data) } };
  });
  for (let i = 0; i < jobs.length; i += 1000) await set.queues[key].addBulk(jobs.slice(i, i + 1000));
  return jobs.map((j) => j.opts.jobId);
}
