import type { FeedPollOutcome, FetchOutcome } from '@newsfacts/core';
import type { PipelineMetrics } from '@newsfacts/observability';
import { enqueue, type ExtractArticlePayload, type QueueSet, storeArticleQueue, type WorkerHooks } from '@newsfacts/queues';

/** Job counts and durations for every queue; facts written and commit sizes from the store-article job's summary. */
export function metricsHooks(metrics: PipelineMetrics): WorkerHooks {
  return {
    completed: ({ queue, result, seconds }) => {
      metrics.jobCompleted({ queue, seconds });
      if (queue !== storeArticleQueue.name) return;
      metrics.factsWritten(factsByTypeOf(result));
      const group = (result as { commitGroup?: unknown } | null)?.commitGroup;
      if (typeof group === 'number') metrics.articleCommitted(group);
    },
    failed: ({ queue, seconds, final }) => metrics.jobFailed({ queue, seconds, final }),
  };
}

function factsByTypeOf(result: unknown): Record<string, number> {
  const byType = (result as { factsInsertedByType?: unknown } | null)?.factsInsertedByType;
  return typeof byType === 'object' && byType !== null ? (byType as Record<string, number>) : {};
}

export interface ObservedOutcomes {
  recordPoll(outcome: FeedPollOutcome): Promise<void>;
  recordFetch(outcome: FetchOutcome): Promise<void>;
  enqueueExtract(payload: ExtractArticlePayload): Promise<void>;
}

/**
 * The fetch role hands every fetch outcome to the store role through these three doors: a poll's
 * outcome, a fetch that produced no page, and a fetched page going to extraction. Counting at the
 * doors keeps the processors free of metrics and counts each HTTP request once, where it was made.
 */
export function observedOutcomes(queues: QueueSet, metrics: PipelineMetrics): ObservedOutcomes {
  return {
    recordPoll: async (outcome: FeedPollOutcome) => {
      metrics.feedPolled(outcome);
      await enqueue(queues, 'recordPoll', outcome);
    },
    recordFetch: async (outcome: FetchOutcome) => {
      metrics.fetched(outcome);
      await enqueue(queues, 'recordFetch', outcome);
    },
    enqueueExtract: async (payload: ExtractArticlePayload) => {
      metrics.fetched({ kind: 'article', status: payload.fetch.status, error: null });
      await enqueue(queues, 'extractArticle', payload);
    },
  };
}
