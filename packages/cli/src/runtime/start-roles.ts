import type { Config } from '@newsfacts/config';
import { type ContractKey, contracts, createHostThrottle, createRedis, enqueueBulk, type HostThrottle, enqueue, openQueues, type QueueSet, ROLE_QUEUES, startWorker, type WorkerLogger, type WorkerRole } from '@newsfacts/queues';
import { closeFetchAgents, createRobotsCache, type RobotsCache } from '@newsfacts/fetch';
import { openDb, type Store } from '@newsfacts/store';
import { createExtractArticleProcessor } from '@newsfacts/worker-extract';
import { createFetchArticleProcessor } from '@newsfacts/worker-fetch';
import { createPollFeedProcessor, createRedisChildValidatorMemory } from '@newsfacts/worker-poll';
import { createRecordFetchProcessor, createRecordPollProcessor, createStoreArticleProcessor } from '@newsfacts/worker-store';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { fetchOptionsOf } from './fetch-options.ts';
import { connectionFromUrl } from './redis-url.ts';
import { schedulePolls } from './schedule-polls.ts';

export interface RunningPipeline {
  queues: QueueSet;
  redis: Redis;
  store: Store | null;
  workers: Worker[];
  close(): Promise<void>;
}

interface FactoryContext {
  config: Config;
  queues: QueueSet;
  redis: Redis;
  store: Store | null;
  throttle: HostThrottle;
  robots: RobotsCache | null;
}
type ProcessorFactory = (ctx: FactoryContext) => (payload: never, job: never) => Promise<unknown>;

function requireStore(store: Store | null): Store {
  if (!store) throw new Error('the store role needs the database');
  return store;
}

/** Exactly one processor per queue; checked at start-up by `assertEveryQueueHasOneProcessor`. */
const PROCESSORS: Record<ContractKey, ProcessorFactory> = {
  pollFeed: ({ config, queues, redis, throttle }) =>
    createPollFeedProcessor({
      fetchOptions: fetchOptionsOf(config),
      throttle,
      childValidators: createRedisChildValidatorMemory(redis, queues.prefix),
      recordPoll: async (outcome) => void (await enqueue(queues, 'recordPoll', outcome)),
      recordFetch: async (outcome) => void (await enqueue(queues, 'recordFetch', outcome)),
    }) as never,
  fetchArticle: ({ config, queues, redis, throttle, robots }) =>
    createFetchArticleProcessor({
      fetchOptions: fetchOptionsOf(config),
      throttle,
      robots,
      robotsAgent: 'newsfacts',
      redis,
      prefix: queues.prefix,
      enqueueExtract: async (p) => void (await enqueue(queues, 'extractArticle', p)),
      recordFetch: async (o) => void (await enqueue(queues, 'recordFetch', o)),
    }) as never,
  extractArticle: ({ queues, redis }) =>
    createExtractArticleProcessor({ redis, prefix: queues.prefix, enqueueStore: async (p) => void (await enqueue(queues, 'storeArticle', p)) }) as never,
  storeArticle: ({ config, redis, store }) => createStoreArticleProcessor({ store: requireStore(store), redis, reviewThreshold: config.reviewThreshold }) as never,
  recordPoll: ({ queues, store }) =>
    createRecordPollProcessor({ store: requireStore(store), enqueueFetches: async (p) => void (await enqueueBulk(queues, 'fetchArticle', p)) }) as never,
  recordFetch: ({ store }) => createRecordFetchProcessor({ store: requireStore(store) }) as never,
  scheduleFeeds: ({ queues, store }) => (async () => ({ enqueued: await schedulePolls(requireStore(store), queues, { now: new Date() }) })) as never,
};

export function assertEveryQueueHasOneProcessor(): void {
  const missing = Object.keys(contracts).filter((k) => !(k in PROCESSORS));
  const roles = Object.values(ROLE_QUEUES).flat();
  const unassigned = Object.keys(contracts).filter((k) => !roles.includes(k as never));
  const twice = roles.filter((k, i) => roles.indexOf(k) !== i);
  if (missing.length || unassigned.length || twice.length) {
    throw new Error(`queue wiring is broken: missing processor ${missing.join(',')}; no role ${unassigned.join(',')}; in two roles ${twice.join(',')}`);
  }
}


/** Starts the workers of the given roles in this process. Only the store role opens the database. */
export async function startRoles(config: Config, roles: readonly WorkerRole[], log: WorkerLogger, existingStore?: Store): Promise<RunningPipeline> {
  assertEveryQueueHasOneProcessor();
  const connection = connectionFromUrl(config.redisUrl);
  const queues = openQueues(connection, config.queuePrefix);
  const redis = createRedis(config.redisUrl);
  redis.on('error', (error) => log.error({ err: error.message }, 'redis error'));
  const ownsStore = roles.includes('store') && !existingStore;
  const store = existingStore ?? (roles.includes('store') ? await openDb(config.dbPath) : null);
  const throttle = createHostThrottle(redis, config.queuePrefix, { minDelayMs: config.hostMinDelayMs, maxConcurrent: config.hostMaxConcurrent, leaseMs: config.fetchTimeoutMs + 5_000 });
  const robots = config.respectRobots ? createRobotsCache({ fetch: fetchOptionsOf(config) }) : null;
  const workers: Worker[] = [];
  for (const role of roles) {
    for (const key of ROLE_QUEUES[role]) {
      const processor = PROCESSORS[key]({ config, queues, redis, store, throttle, robots });
      // The store role writes SQLite serially; parallel writers would only queue on the lock.
      const concurrency = role === 'store' ? 1 : role === 'extract' ? Math.max(1, Math.min(2, config.concurrency)) : config.concurrency;
      workers.push(startWorker(contracts[key] as never, processor as never, { connection, prefix: config.queuePrefix, concurrency, log }));
    }
  }
  return {
    queues,
    redis,
    store,
    workers,
    close: async () => {
      // Stop taking jobs and let active ones finish before closing what they use.
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      redis.disconnect();
      await closeFetchAgents();
      if (ownsStore && store) await store.close();
    },
  };
}

export { fetchOptionsOf };
