import type { Job, Queue } from 'bullmq';
import type { QueueSet } from './registry.ts';

/** Which failed jobs to pick; every field is optional and they combine with AND. */
export interface FailedJobFilter {
  /** Queue names (`fetch-article`); default every queue. */
  queues?: readonly string[];
  /** Jobs whose payload names one of these feeds. */
  feedIds?: readonly number[];
  /** Part of the job's URL (article or feed), any case. */
  url?: string;
  /** Part of the failure reason (any case), or a pattern it must match. */
  error?: string | RegExp;
  /** Failed at or after this moment. */
  since?: Date;
}

/** A dead letter: a job that spent its attempts (or failed for good) and waits for an operator. */
export interface FailedJob {
  queue: string;
  jobId: string;
  failedAt: string | null;
  attemptsMade: number;
  attemptsAllowed: number;
  feedId: number | null;
  url: string | null;
  failedReason: string;
}

export interface JobRef {
  queue: string;
  jobId: string;
}

/**
 * The feed and URL a payload names. Read defensively: a failed job's payload may be the very
 * thing that was invalid. record-poll carries its URL inside `fetch`.
 */
export function jobSubject(data: unknown): { feedId: number | null; url: string | null } {
  if (!data || typeof data !== 'object') return { feedId: null, url: null };
  const d = data as { feedId?: unknown; url?: unknown; fetch?: { url?: unknown } | null };
  const feedId = typeof d.feedId === 'number' ? d.feedId : null;
  const url = typeof d.url === 'string' ? d.url : typeof d.fetch?.url === 'string' ? d.fetch.url : null;
  return { feedId, url };
}

export function toFailedJob(queue: string, job: Job): FailedJob {
  return {
    queue,
    jobId: String(job.id),
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    attemptsMade: job.attemptsMade,
    attemptsAllowed: job.opts.attempts ?? 1,
    ...jobSubject(job.data),
    failedReason: job.failedReason ?? '',
  };
}

export function matchesFailedJob(job: FailedJob, filter: FailedJobFilter): boolean {
  if (filter.queues && !filter.queues.includes(job.queue)) return false;
  if (filter.feedIds && (job.feedId === null || !filter.feedIds.includes(job.feedId))) return false;
  if (filter.url !== undefined && !(job.url ?? '').toLowerCase().includes(filter.url.toLowerCase())) return false;
  if (filter.error !== undefined && !reasonMatches(job.failedReason, filter.error)) return false;
  if (filter.since && (job.failedAt === null || Date.parse(job.failedAt) < filter.since.getTime())) return false;
  return true;
}

function reasonMatches(reason: string, error: string | RegExp): boolean {
  if (typeof error === 'string') return reason.toLowerCase().includes(error.toLowerCase());
  error.lastIndex = 0; // a /g or /y pattern would otherwise resume where the previous job left it
  return error.test(reason);
}

export function queueByName(set: QueueSet, name: string): Queue | undefined {
  return Object.values(set.queues).find((q) => q.name === name);
}

export interface ScanOptions {
  /** Jobs read from Redis per round trip: memory stays flat with 100,000 failed jobs. */
  chunkSize?: number;
}

/**
 * One queue's failed jobs that match, newest first, read a chunk of ids at a time. BullMQ keeps
 * the failed set sorted by failure time, so `since` ends the scan early. Ids seen twice (the set
 * shifts when jobs fail during the scan) are yielded once.
 */
async function* failedOf(queue: Queue, filter: FailedJobFilter, chunkSize: number): AsyncGenerator<FailedJob> {
  const seen = new Set<string>();
  for (let start = 0; ; start += chunkSize) {
    const ids = await queue.getRanges(['failed'], start, start + chunkSize - 1, false);
    const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
    for (const job of jobs) {
      // Removed or retried between reading its id and its body.
      if (!job || seen.has(String(job.id))) continue;
      seen.add(String(job.id));
      const failed = toFailedJob(queue.name, job);
      if (filter.since && failed.failedAt !== null && Date.parse(failed.failedAt) < filter.since.getTime()) return;
      if (matchesFailedJob(failed, filter)) yield failed;
    }
    if (ids.length < chunkSize) return;
  }
}

const failedTime = (job: FailedJob): number => (job.failedAt === null ? 0 : Date.parse(job.failedAt));

/** Failed jobs of every selected queue that match the filter, newest first across queues. */
export async function* iterateFailedJobs(set: QueueSet, filter: FailedJobFilter = {}, options: ScanOptions = {}): AsyncGenerator<FailedJob> {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const queues = Object.values(set.queues).filter((q) => !filter.queues || filter.queues.includes(q.name));
  const streams = queues.map((q) => failedOf(q, filter, chunkSize));
  try {
    const heads = await Promise.all(streams.map((s) => s.next()));
    for (;;) {
      let newest = -1;
      heads.forEach((head, i) => {
        const best = heads[newest];
        if (!head.done && (!best || best.done || failedTime(head.value) > failedTime(best.value))) newest = i;
      });
      const head = heads[newest];
      if (!head || head.done) return;
      yield head.value;
      heads[newest] = await streams[newest]!.next();
    }
  } finally {
    await Promise.all(streams.map((s) => s.return(undefined)));
  }
}

export type LookupResult = { found: FailedJob } | { skipped: 'gone' | 'not-failed' | 'unknown-queue' };

/** One job by reference, if it is (still) failed. */
export async function getFailedJob(set: QueueSet, ref: JobRef): Promise<LookupResult> {
  const queue = queueByName(set, ref.queue);
  if (!queue) return { skipped: 'unknown-queue' };
  const job = await queue.getJob(ref.jobId);
  if (!job) return { skipped: 'gone' };
  if ((await job.getState()) !== 'failed') return { skipped: 'not-failed' };
  return { found: toFailedJob(queue.name, job) };
}

export type RetryOutcome = 'retried' | 'gone' | 'not-failed' | 'unknown-queue';

/**
 * Moves a failed job back to waiting under the same id (so it stays de-duplicated) with its
 * attempts reset. A job retried, removed or running meanwhile is reported, not an error.
 */
export async function retryFailedJob(set: QueueSet, ref: JobRef): Promise<RetryOutcome> {
  const queue = queueByName(set, ref.queue);
  if (!queue) return 'unknown-queue';
  const job = await queue.getJob(ref.jobId);
  if (!job) return 'gone';
  try {
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return 'retried';
  } catch {
    // BullMQ refuses a job that is no longer in the failed set (or no longer exists).
    return (await queue.getJob(ref.jobId)) ? 'not-failed' : 'gone';
  }
}

/**
 * Retries jobs a few at a time and reports each outcome as it comes, so a caller can stream
 * 100,000 results (CLI) or collect them (web). Pass references collected before retrying: a scan
 * of the failed set while it shrinks would skip jobs.
 */
export async function* retryFailedJobs(set: QueueSet, refs: Iterable<JobRef>, options: { concurrency?: number } = {}): AsyncGenerator<{ ref: JobRef; outcome: RetryOutcome }> {
  const concurrency = Math.max(1, options.concurrency ?? 20);
  let batch: JobRef[] = [];
  const settle = async function* () {
    const outcomes = await Promise.all(batch.map((ref) => retryFailedJob(set, ref)));
    yield* batch.map((ref, i) => ({ ref, outcome: outcomes[i]! }));
    batch = [];
  };
  for (const ref of refs) {
    batch.push(ref);
    if (batch.length >= concurrency) yield* settle();
  }
  yield* settle();
}
