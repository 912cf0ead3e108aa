import type { Config } from '@newsfacts/config';
import { type ContractKey, contracts, createHostThrottle, createRedis, enqueueBulk, type HostThrottle, enqueue, openQueues, type QueueSet, ROLE_QUEUES, startWorker, type WorkerLogger, type WorkerRole } from '@newsfacts/queues';
import { closeFetchAgents, createRobotsCache, type RobotsCache } from '@newsfacts/fetch';
import { createMetricsRegistry, createPipelineMetrics, type PipelineMetrics, registerQueueDepths } from '@newsfacts/observability';
import { queueCounts } from '@newsfacts/queues';
import { openDb, type Store } from '@newsfacts/store';
import { createExtractArticleProcessor, createExtractPool, type ExtractPool } from '@newsfacts/worker-extract';
import { createFetchArticleProcessor } from '@newsfacts/worker-fetch';
import { createPollFeedProcessor, createRedisChildValidatorMemory } from '@newsfacts/worker-poll';
import { createQuarantineArticleProcessor, createRecordFetchProcessor, createRecordPollProcessor, createStoreArticleProcessor, delayWhileDatabaseBusy, MAX_COMMIT_GROUP } from '@newsfacts/worker-store';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { fetchOptionsOf } from './fetch-options.ts';
import { connectionFromUrl } from './redis-url.ts';
import { schedulePolls } from './schedule-polls.ts';
import { thresholdOptions } from './threshold-options.ts';
import { metricsHooks, type ObservedOutcomes, observedOutcomes } from './pipeline-observers.ts';
import { queueWiringProblems } from './queue-wiring.ts';
import { combineHooks, quarantineHooks } from './quarantine-hooks.ts';

export interface RunningPipeline {
  queues: QueueSet;
  redis: Redis;
  store: Store | null;
  workers: Worker[];
  metrics: PipelineMetrics;
  close(): Promise<void>;
}

export interface StartRolesOptions {
  /** An already open store for the store role (its owner closes it). */
  store?: Store;
  /** Where the workers report; a registry of its own (no process metrics) when absent. */
  metrics?: PipelineMetrics;
}

interface FactoryContext {
  config: Config;
  queues: QueueSet;
  redis: Redis;
  store: Store | null;
  throttle: HostThrottle;
  robots: RobotsCache | null;
  extractPool: ExtractPool | null;
  outcomes: ObservedOutcomes;
}
type ProcessorFactory = (ctx: FactoryContext) => (payload: never, job: never) => Promise<unknown>;

function requireStore(store: Store | null): Store {
  if (!store) throw new Error('the store role needs the database');
  return store;
}

function requireExtractPool(pool: ExtractPool | null): ExtractPool {
  if (!pool) throw new Error('the extract role needs its thread pool');
  return pool;
}

/** Extraction is CPU-bound: more jobs at once than cores would only slow each one down. */
const extractConcurrency = (config: Config): number => Math.max(1, Math.min(2, config.concurrency));

/** Exactly one processor per queue; checked at start-up by `assertEveryQueueHasOneProcessor`. */
const PROCESSORS: Record<ContractKey, ProcessorFactory> = {
  pollFeed: ({ config, queues, redis, throttle, outcomes }) =>
    createPollFeedProcessor({
      fetchOptions: fetchOptionsOf(config),
      throttle,
      childValidators: createRedisChildValidatorMemory(redis, queues.prefix),
      recordPoll: outcomes.recordPoll,
      recordFetch: outcomes.recordFetch,
    }) as never,
  fetchArticle: ({ config, queues, redis, throttle, robots, outcomes }) =>
    createFetchArticleProcessor({
      fetchOptions: fetchOptionsOf(config),
      throttle,
      robots,
      robotsAgent: 'newsfacts',
      redis,
      prefix: queues.prefix,
      enqueueExtract: outcomes.enqueueExtract,
      recordFetch: outcomes.recordFetch,
    }) as never,
  extractArticle: ({ queues, redis, extractPool }) =>
    createExtractArticleProcessor({
      redis,
      prefix: queues.prefix,
      enqueueStore: async (p) => void (await enqueue(queues, 'storeArticle', p)),
      extract: requireExtractPool(extractPool).run,
    }) as never,
  storeArticle: ({ config, redis, store }) => createStoreArticleProcessor({ store: requireStore(store), redis, ...thresholdOptions(config), commitLingerMs: config.commitLingerMs }) as never,
  recordPoll: ({ config, queues, store }) =>
    createRecordPollProcessor({
      store: requireStore(store),
      enqueueFetches: async (p) => void (await enqueueBulk(queues, 'fetchArticle', p)),
      maxNewItemsPerPoll: config.maxNewItemsPerPoll,
    }) as never,
  recordFetch: ({ store }) => createRecordFetchProcessor({ store: requireStore(store) }) as never,
  quarantineArticle: ({ store }) => createQuarantineArticleProcessor({ store: requireStore(store) }) as never,
  scheduleFeeds: ({ queues, store }) => (async () => ({ enqueued: await schedulePolls(requireStore(store), queues, { now: new Date() }) })) as never,
};

export function assertEveryQueueHasOneProcessor(): void {
  const problems = queueWiringProblems(Object.keys(contracts), Object.keys(PROCESSORS), ROLE_QUEUES);
  if (problems.length) throw new Error(`queue wiring is broken: ${problems.join('; ')}`);
}


/** Starts the workers of the given roles in this process. Only the store role opens the database. */
export async function startRoles(config: Config, roles: readonly WorkerRole[], log: WorkerLogger, options: StartRolesOptions = {}): Promise<RunningPipeline> {
  assertEveryQueueHasOneProcessor();
  const existingStore = options.store;
  const connection = connectionFromUrl(config.redisUrl);
  const queues = openQueues(connection, config.queuePrefix);
  const metrics = options.metrics ?? createPipelineMetrics(createMetricsRegistry());
  registerQueueDepths(metrics.registry, () => queueCounts(queues));
  const outcomes = observedOutcomes(queues, metrics);
  const redis = createRedis(config.redisUrl);
  redis.on('error', (error) => log.error({ err: error.message }, 'redis error'));
  const ownsStore = roles.includes('store') && !existingStore;
  const store = existingStore ?? (roles.includes('store') ? await openDb(config.dbPath) : null);
  const throttle = createHostThrottle(redis, config.queuePrefix, { minDelayMs: config.hostMinDelayMs, maxConcurrent: config.hostMaxConcurrent, leaseMs: config.fetchTimeoutMs + 5_000 });
  const robots = config.respectRobots ? createRobotsCache({ fetch: fetchOptionsOf(config) }) : null;
  // One thread per extract job slot, so a job never waits for a thread held by another.
  const extractPool = roles.includes('extract') ? createExtractPool({ threads: extractConcurrency(config), timeoutMs: config.extractTimeoutMs, log }) : null;
  const hooks = combineHooks(metricsHooks(metrics), quarantineHooks(queues, log));
  const workers: Worker[] = [];
  for (const role of roles) {
    for (const key of ROLE_QUEUES[role]) {
      const made = PROCESSORS[key]({ config, queues, redis, store, throttle, robots, extractPool, outcomes });
      const processor = role === 'store' ? delayWhileDatabaseBusy(made) : made;
      metrics.trackQueue(contracts[key].name);
      // The store role writes SQLite serially; parallel writers would only queue on the lock. Store
      // jobs run several at once so that articles arriving together share one commit.
      const concurrency = key === 'storeArticle' ? MAX_COMMIT_GROUP : role === 'store' ? 1 : role === 'extract' ? extractConcurrency(config) : config.concurrency;
      workers.push(startWorker(contracts[key] as never, processor as never, { connection, prefix: config.queuePrefix, concurrency, log, lockDurationMs: config.jobLockMs, hooks }));
    }
  }
  return {
    queues,
    redis,
    store,
    workers,
    metrics,
    close: async () => {
      // Stop taking jobs and let active ones finish before closing what they use; past the grace
      // period, jobs still running are left to their lock, which hands them to another worker.
      await closeWorkers(workers, config.shutdownGraceMs, log);
      await extractPool?.close();
      await queues.close();
      redis.disconnect();
      await closeFetchAgents();
      if (ownsStore && store) await store.close();
    },
  };
}

export { fetchOptionsOf };

async function closeWorkers(workers: Worker[], graceMs: number, log: WorkerLogger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = Promise.all(workers.map((w) => w.close())).then(() => true);
  const expired = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
  const finished = await Promise.race([graceful, expired]);
  clearTimeout(timer);
  if (!finished) {
    log.warn({ graceMs }, 'jobs still running after the shutdown grace period; releasing them to other workers');
    await Promise.all(workers.map((w) => w.close(true)));
  }
}
