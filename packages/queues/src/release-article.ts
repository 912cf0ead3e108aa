import { extractArticleQueue } from './contracts/extract-article.queue.ts';
import { fetchArticleQueue } from './contracts/fetch-article.queue.ts';
import { storeArticleQueue } from './contracts/store-article.queue.ts';
import { iterateFailedJobs } from './failed-jobs.ts';
import { enqueue, type QueueSet } from './registry.ts';
import { queueByName } from './failed-jobs.ts';

export interface ReleasedArticle {
  url: string;
  feedId: number | null;
  guid: string | null;
}

/**
 * Gives a quarantined article a fresh start: its failed fetch, extract and store jobs are removed
 * (their deterministic ids would otherwise swallow the new ones as duplicates) and a new fetch job
 * is enqueued. Returns how many failed jobs went.
 */
export async function refetchReleasedArticle(set: QueueSet, article: ReleasedArticle): Promise<{ removedFailedJobs: number }> {
  const queues = [fetchArticleQueue.name, extractArticleQueue.name, storeArticleQueue.name];
  const stale: { queue: string; jobId: string }[] = [];
  for await (const job of iterateFailedJobs(set, { queues, url: article.url })) if (job.url === article.url) stale.push({ queue: job.queue, jobId: job.jobId });
  for (const { queue, jobId } of stale) await queueByName(set, queue)?.remove(jobId);
  await enqueue(set, 'fetchArticle', { url: article.url, feedId: article.feedId, guid: article.guid, itemTitle: null, itemPublished: null });
  return { removedFailedJobs: stale.length };
}
