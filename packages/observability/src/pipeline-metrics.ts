import type { FeedPollOutcome, FetchOutcome } from '@newsfacts/core';
import { Counter, Histogram, type Registry } from 'prom-client';
import { feedErrorReason, fetchStatusLabel } from './fetch-labels.ts';

/** 5 ms (a record job) to 60 s (a slow fetch at its timeout). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** What the pipeline reports, in its own terms; prom-client stays behind this interface. */
export interface PipelineMetrics {
  readonly registry: Registry;
  /** Starts a queue's job series at 0, so a rate() over them exists before its first job ends. */
  trackQueue(queue: string): void;
  /** `seconds` null: the attempt's start is unknown (a stalled job), so no duration is observed. */
  jobCompleted(event: { queue: string; seconds: number | null }): void;
  jobFailed(event: { queue: string; seconds: number | null; final: boolean }): void;
  factsWritten(byType: Readonly<Record<string, number>>): void;
  /** A stored article, with the number of articles its commit held (group commit). */
  articleCommitted(groupSize: number): void;
  fetched(outcome: Pick<FetchOutcome, 'kind' | 'status' | 'error'>): void;
  /** A poll is a fetch too: counts it as one, and as a feed error when it failed. */
  feedPolled(outcome: FeedPollOutcome): void;
}

export function createPipelineMetrics(registry: Registry): PipelineMetrics {
  const registers = [registry];
  const completed = new Counter({ name: 'newsfacts_jobs_completed_total', help: 'Jobs completed, per queue', labelNames: ['queue'], registers });
  const failed = new Counter({
    name: 'newsfacts_jobs_failed_total',
    help: 'Job attempts that failed, per queue; final="true" when the job will not be retried',
    labelNames: ['queue', 'final'],
    registers,
  });
  const duration = new Histogram({ name: 'newsfacts_job_duration_seconds', help: 'Time a job attempt spent in its processor', labelNames: ['queue'], buckets: DURATION_BUCKETS, registers });
  const facts = new Counter({ name: 'newsfacts_facts_written_total', help: 'Facts newly inserted into the store, per fact type', labelNames: ['type'], registers });
  const fetches = new Counter({
    name: 'newsfacts_fetches_total',
    help: 'HTTP fetches by kind and outcome: the status code, or the error class when there was no response',
    labelNames: ['kind', 'status'],
    registers,
  });
  const commitGroups = new Histogram({
    name: 'newsfacts_store_commit_group_articles',
    help: 'Articles in the SQLite commit each stored article was part of (see NEWSFACTS_COMMIT_LINGER_MS)',
    buckets: [1, 2, 4, 8, 16, 32],
    registers,
  });
  const feedErrors = new Counter({ name: 'newsfacts_feed_errors_total', help: 'Feed polls that failed, by reason', labelNames: ['reason'], registers });
  return {
    registry,
    trackQueue(queue) {
      completed.inc({ queue }, 0);
      failed.inc({ queue, final: 'true' }, 0);
      failed.inc({ queue, final: 'false' }, 0);
    },
    jobCompleted({ queue, seconds }) {
      completed.inc({ queue });
      if (seconds !== null) duration.observe({ queue }, seconds);
    },
    jobFailed({ queue, seconds, final }) {
      failed.inc({ queue, final: String(final) });
      if (seconds !== null) duration.observe({ queue }, seconds);
    },
    factsWritten(byType) {
      for (const [type, n] of Object.entries(byType)) if (n > 0) facts.inc({ type }, n);
    },
    articleCommitted(groupSize) {
      commitGroups.observe(groupSize);
    },
    fetched(outcome) {
      fetches.inc({ kind: outcome.kind, status: fetchStatusLabel(outcome) });
    },
    feedPolled(outcome) {
      fetches.inc({ kind: outcome.fetch.kind, status: fetchStatusLabel(outcome.fetch) });
      const reason = feedErrorReason(outcome);
      if (reason) feedErrors.inc({ reason });
    },
  };
}
