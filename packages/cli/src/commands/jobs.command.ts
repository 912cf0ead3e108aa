import {
  type FailedJob,
  type FailedJobFilter,
  getFailedJob,
  iterateFailedJobs,
  type JobRef,
  matchesFailedJob,
  openQueues,
  pingRedis,
  queueCounts,
  type QueueSet,
  retryFailedJobs,
  type RetryOutcome,
} from '@newsfacts/queues';
import { Command } from 'commander';
import { progressBesideOutput } from '../output/progress.ts';
import { type OutputFormat, writeRecords } from '../output/write-records.ts';
import { RedisUnavailableError } from '../runtime/ensure-redis.ts';
import { connectionFromUrl } from '../runtime/redis-url.ts';
import {
  addJobFilterOptions,
  collectJobRef,
  type FeedDirectory,
  hasJobFilter,
  type JobFilterOptions,
  openFeedDirectory,
  parseJobFilter,
} from './job-filters.ts';
import { addQuarantineCommands } from './jobs-quarantine.ts';
import { config, formatOption, resolveFormat, UserError } from './shared.ts';

const TABLE_COLUMNS = ['queue', 'job_id', 'failed_at', 'attempts', 'feed', 'url', 'error'];
const COLUMNS = ['queue', 'job_id', 'failed_at', 'attempts_made', 'attempts_allowed', 'feed_id', 'feed_url', 'url', 'error'];
const RETRY_COLUMNS = ['queue', 'job_id', 'result', 'url'];
const COUNT_COLUMNS = ['queue', 'waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'];

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--limit must be a positive whole number: ${v}`, 2);
  return n;
};

export function jobsCommand(): Command {
  const jobs = new Command('jobs').description('failed jobs (dead letters), quarantined articles and queue depths, searchable by feed, URL and error');
  addJobFilterOptions(jobs.command('failed').description('list failed jobs of every queue, newest first'))
    .option('--limit <n>', 'at most this many jobs', positiveInt, 100)
    .addOption(formatOption())
    .action(async (opts: JobFilterOptions & { limit: number; format?: string }) => {
      const filter = parseJobFilter(opts);
      const format = resolveFormat(opts.format);
      await withJobs(async (queues, feeds) => {
        const search = await withFeed(filter, opts, feeds);
        let shown = 0;
        let more = false;
        const rows = async function* () {
          for await (const job of iterateFailedJobs(queues, search)) {
            if (shown === opts.limit) {
              more = true;
              return;
            }
            shown++;
            yield await failedRow(job, feeds);
          }
        };
        await writeRecords(rows(), format, columnsFor(format), process.stdout);
        process.stderr.write(more ? `showing the newest ${shown} failed job(s); more match (raise --limit)\n` : `${shown} failed job(s)\n`);
      });
    });
  addJobFilterOptions(jobs.command('retry').description('move failed jobs back to their queue under the same id, attempts reset'))
    .option('--id <queue:jobId>', 'this job, as `jobs failed` lists it (repeatable)', collectJobRef, [])
    .option('--all', 'every failed job (needed when no filter or --id is given)')
    .option('--dry-run', 'list the jobs that would be retried; change nothing')
    .option('--limit <n>', 'at most this many jobs', positiveInt)
    .addOption(formatOption())
    .action(async (opts: JobFilterOptions & { id: JobRef[]; all?: boolean; dryRun?: boolean; limit?: number; format?: string }) => {
      if (!opts.all && !hasJobFilter(opts) && opts.id.length === 0) {
        throw new UserError('jobs retry needs --id, a filter (--queue, --feed, --url, --error, --since) or --all to retry every failed job', 2);
      }
      const filter = parseJobFilter(opts);
      const format = resolveFormat(opts.format);
      await withJobs(async (queues, feeds) => {
        const selection = await selectForRetry(queues, await withFeed(filter, opts, feeds), opts.id, opts.limit ?? Infinity);
        if (opts.dryRun) {
          await writeRecords(rowsOf(selection.jobs, feeds), format, columnsFor(format), process.stdout);
          process.stderr.write(`would retry ${selection.jobs.length} failed job(s)${skippedNote(selection.skipped)}\n`);
          return;
        }
        const tally = new Map<string, number>();
        const progress = progressBesideOutput({ verb: 'retried', unit: 'jobs', total: selection.jobs.length }, { buffered: format === 'table' });
        const rows = async function* () {
          for (const s of selection.skipped) tally.set(s.outcome, (tally.get(s.outcome) ?? 0) + 1);
          yield* selection.skipped.map((s) => ({ queue: s.ref.queue, job_id: s.ref.jobId, result: `skipped: ${s.outcome}`, url: null }));
          const urls = new Map(selection.jobs.map((j) => [`${j.queue}:${j.jobId}`, j.url]));
          try {
            for await (const { ref, outcome } of retryFailedJobs(queues, selection.jobs)) {
              tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
              progress.increment();
              yield { queue: ref.queue, job_id: ref.jobId, result: outcome === 'retried' ? outcome : `skipped: ${outcome}`, url: urls.get(`${ref.queue}:${ref.jobId}`) };
            }
          } finally {
            progress.stop();
          }
        };
        await writeRecords(rows(), format, RETRY_COLUMNS, process.stdout);
        const retried = tally.get('retried') ?? 0;
        tally.delete('retried');
        const skipped = [...tally].filter(([, n]) => n > 0);
        const total = skipped.reduce((sum, [, n]) => sum + n, 0);
        process.stderr.write(`retried ${retried} failed job(s); skipped ${total}${total ? ` (${skipped.map(([o, n]) => `${n} ${o}`).join(', ')})` : ''}\n`);
      });
    });
  jobs
    .command('counts')
    .description('jobs per state in every queue')
    .addOption(formatOption())
    .action(async (opts: { format?: string }) => {
      const queues = await openJobQueues();
      try {
        const counts = await queueCounts(queues);
        await writeRecords(Object.entries(counts).map(([queue, byState]) => ({ queue, ...byState })), resolveFormat(opts.format), COUNT_COLUMNS, process.stdout);
      } finally {
        await queues.close();
      }
    });
  addQuarantineCommands(jobs, openJobQueues);
  return jobs;
}

/** The jobs live in Redis: a private, empty redis-server (as `run` may start) would show nothing. */
async function openJobQueues(): Promise<QueueSet> {
  const { redisUrl, queuePrefix } = config();
  if (!(await pingRedis(redisUrl))) throw new RedisUnavailableError(`no Redis answers at ${redisUrl}; failed jobs are kept there (set REDIS_URL)`);
  return openQueues(connectionFromUrl(redisUrl), queuePrefix);
}

async function withJobs(fn: (queues: QueueSet, feeds: FeedDirectory) => Promise<void>): Promise<void> {
  const feeds = await openFeedDirectory();
  try {
    const queues = await openJobQueues();
    try {
      await fn(queues, feeds);
    } finally {
      await queues.close();
    }
  } finally {
    await feeds.close();
  }
}

async function withFeed(filter: FailedJobFilter, opts: JobFilterOptions, feeds: FeedDirectory): Promise<FailedJobFilter> {
  return opts.feed === undefined ? filter : { ...filter, feedIds: await feeds.idsFor(opts.feed) };
}

interface RetrySelection {
  jobs: FailedJob[];
  skipped: { ref: JobRef; outcome: Exclude<RetryOutcome, 'retried'> | 'filtered-out' }[];
}

/**
 * Collected before any retry: retrying removes jobs from the failed set, and a scan of a set that
 * shrinks under it would skip jobs.
 */
async function selectForRetry(queues: QueueSet, filter: FailedJobFilter, ids: JobRef[], limit: number): Promise<RetrySelection> {
  const selection: RetrySelection = { jobs: [], skipped: [] };
  if (ids.length === 0) {
    for await (const job of iterateFailedJobs(queues, filter)) {
      if (selection.jobs.length >= limit) break;
      selection.jobs.push(job);
    }
    return selection;
  }
  for (const ref of ids) {
    const lookup = await getFailedJob(queues, ref);
    if ('skipped' in lookup) selection.skipped.push({ ref, outcome: lookup.skipped });
    else if (!matchesFailedJob(lookup.found, filter)) selection.skipped.push({ ref, outcome: 'filtered-out' });
    else if (selection.jobs.length < limit) selection.jobs.push(lookup.found);
  }
  return selection;
}

function skippedNote(skipped: RetrySelection['skipped']): string {
  return skipped.length ? `; ${skipped.length} skipped (${skipped.map((s) => `${s.ref.queue}:${s.ref.jobId} ${s.outcome}`).join(', ')})` : '';
}

const columnsFor = (format: OutputFormat): string[] => (format === 'table' ? TABLE_COLUMNS : COLUMNS);

async function* rowsOf(jobs: FailedJob[], feeds: FeedDirectory): AsyncGenerator<object> {
  for (const job of jobs) yield await failedRow(job, feeds);
}

async function failedRow(job: FailedJob, feeds: FeedDirectory): Promise<object> {
  const feedUrl = job.feedId === null ? null : await feeds.urlOf(job.feedId);
  return {
    queue: job.queue,
    job_id: job.jobId,
    failed_at: job.failedAt,
    attempts: `${job.attemptsMade}/${job.attemptsAllowed}`,
    attempts_made: job.attemptsMade,
    attempts_allowed: job.attemptsAllowed,
    feed: job.feedId === null ? null : feedUrl ? `${job.feedId} ${feedUrl}` : String(job.feedId),
    feed_id: job.feedId,
    feed_url: feedUrl,
    url: job.url,
    error: job.failedReason.split('\n', 1)[0] ?? '',
  };
}
