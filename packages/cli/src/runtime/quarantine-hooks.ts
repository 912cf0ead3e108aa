import { enqueue, extractArticleQueue, fetchArticleQueue, jobSubject, type QueueSet, storeArticleQueue, type WorkerHooks, type WorkerLogger } from '@newsfacts/queues';

/** The queues whose jobs work on one article: a final failure of any of them quarantines it. */
const ARTICLE_QUEUES = new Set([fetchArticleQueue.name, extractArticleQueue.name, storeArticleQueue.name]);

/**
 * Sends the article of every job that failed for good (its attempts spent, a permanent fault, or
 * BullMQ's "stalled more than allowable limit" after its process died with it twice) to the store
 * role's quarantine, so polls stop fetching it until an operator retries it.
 */
export function quarantineHooks(queues: QueueSet, log: WorkerLogger): WorkerHooks {
  return {
    failed: ({ queue, job, error, final }) => {
      if (!final || !ARTICLE_QUEUES.has(queue)) return;
      const { url, feedId } = jobSubject(job.data);
      if (!url) return;
      const guid = typeof (job.data as { guid?: unknown }).guid === 'string' ? (job.data as { guid: string }).guid : null;
      const payload = { url, feedId, guid, queue, jobId: job.id ?? null, reason: error.message.split('\n', 1)[0]!.slice(0, 2_000), failedAt: new Date(job.finishedOn ?? Date.now()).toISOString() };
      enqueue(queues, 'quarantineArticle', payload).catch((err: unknown) =>
        log.error({ queue, jobId: job.id, url, err: err instanceof Error ? err.message : String(err) }, 'could not quarantine the article of a failed job'),
      );
    },
  };
}

/** Calls every observer in turn. */
export function combineHooks(...all: WorkerHooks[]): WorkerHooks {
  return {
    completed: (event) => all.forEach((h) => h.completed?.(event)),
    failed: (event) => all.forEach((h) => h.failed?.(event)),
  };
}
