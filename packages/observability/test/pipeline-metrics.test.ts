import type { FeedPollOutcome } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { createMetricsRegistry, createPipelineMetrics, registerQueueDepths, registerScrapeGauge } from '../src/index.ts';

const feedPoll = (status: number | null, ok: boolean, error: string | null = null) =>
  ({ ok, notModified: false, pauseReason: null, error, retryAfterMs: null, fetch: { kind: 'feed', status, error } }) as FeedPollOutcome;

describe('pipeline metrics in the Prometheus text format', () => {
  it('counts jobs, durations, facts, fetches and feed errors under newsfacts_ names', async () => {
    const metrics = createPipelineMetrics(createMetricsRegistry());
    metrics.trackQueue('poll-feed');
    metrics.trackQueue('store-article');
    metrics.jobCompleted({ queue: 'store-article', seconds: 0.02 });
    metrics.jobCompleted({ queue: 'store-article', seconds: null });
    metrics.jobFailed({ queue: 'store-article', seconds: 3, final: true });
    metrics.factsWritten({ tonnage: 3, percentage: 1, date: 0 });
    metrics.factsWritten({ tonnage: 2 });
    for (const size of [1, 3, 3, 3]) metrics.articleCommitted(size);
    metrics.fetched({ kind: 'article', status: 200, error: null });
    metrics.fetched({ kind: 'article', status: null, error: 'FetchNetworkError: reset' });
    metrics.feedPolled(feedPoll(404, false, 'HTTP 404'));
    metrics.feedPolled(feedPoll(200, true));
    const text = await metrics.registry.metrics();

    expect(text).toContain('newsfacts_jobs_completed_total{queue="poll-feed"} 0');
    expect(text).toContain('newsfacts_jobs_completed_total{queue="store-article"} 2');
    expect(text).toContain('newsfacts_jobs_failed_total{queue="store-article",final="true"} 1');
    expect(text).toContain('newsfacts_jobs_failed_total{queue="store-article",final="false"} 0');
    // A job whose start is unknown is counted but not timed.
    expect(text).toContain('newsfacts_job_duration_seconds_count{queue="store-article"} 2');
    expect(text).toContain('newsfacts_job_duration_seconds_bucket{le="0.025",queue="store-article"} 1');
    expect(text).toContain('newsfacts_job_duration_seconds_bucket{le="5",queue="store-article"} 2');
    expect(text).toContain('newsfacts_facts_written_total{type="tonnage"} 5');
    expect(text).toContain('newsfacts_facts_written_total{type="percentage"} 1');
    expect(text).not.toContain('type="date"');
    expect(text).toContain('newsfacts_store_commit_group_articles_bucket{le="2"} 1');
    expect(text).toContain('newsfacts_store_commit_group_articles_bucket{le="4"} 4');
    expect(text).toContain('newsfacts_store_commit_group_articles_sum 10');
    expect(text).toContain('newsfacts_fetches_total{kind="article",status="200"} 1');
    expect(text).toContain('newsfacts_fetches_total{kind="article",status="FetchNetworkError"} 1');
    expect(text).toContain('newsfacts_fetches_total{kind="feed",status="404"} 1');
    expect(text).toContain('newsfacts_fetches_total{kind="feed",status="200"} 1');
    expect(text).toContain('newsfacts_feed_errors_total{reason="http-4xx"} 1');
  });

  it('adds the standard process metrics only when asked', async () => {
    expect(await createMetricsRegistry().metrics()).not.toContain('process_cpu_user_seconds_total');
    const text = await createMetricsRegistry({ processMetrics: true }).metrics();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('scrape-time gauges', () => {
  it('reads queue depths once per cache interval, and every state of every queue', async () => {
    const registry = createMetricsRegistry();
    let reads = 0;
    registerQueueDepths(registry, async () => {
      reads++;
      return { 'poll-feed': { waiting: 4, active: 1, completed: 99 }, 'store-article': { failed: 2 } };
    }, 60_000);
    const first = await registry.metrics();
    await registry.metrics();
    await Promise.all([registry.metrics(), registry.metrics()]);
    expect(reads).toBe(1);
    expect(first).toContain('newsfacts_queue_jobs{queue="poll-feed",state="waiting"} 4');
    expect(first).toContain('newsfacts_queue_jobs{queue="poll-feed",state="active"} 1');
    expect(first).toContain('newsfacts_queue_jobs{queue="poll-feed",state="prioritized"} 0');
    expect(first).toContain('newsfacts_queue_jobs{queue="store-article",state="failed"} 2');
    expect(first).not.toContain('state="completed"');
  });

  it('leaves the depths out while Redis cannot be read, and asks again on the next scrape', async () => {
    const registry = createMetricsRegistry();
    let up = false;
    registerQueueDepths(registry, async () => {
      if (!up) throw new Error('redis is not reachable');
      return { 'poll-feed': { waiting: 1 } };
    }, 60_000);
    registerScrapeGauge(registry, { name: 'newsfacts_review_pending', help: 'pending', read: async () => 7 });
    const down = await registry.metrics();
    expect(down).not.toContain('newsfacts_queue_jobs{');
    expect(down).toContain('newsfacts_review_pending 7');
    up = true;
    expect(await registry.metrics()).toContain('newsfacts_queue_jobs{queue="poll-feed",state="waiting"} 1');
  });
});
