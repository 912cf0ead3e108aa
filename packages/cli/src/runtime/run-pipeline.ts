import type { Config } from '@newsfacts/config';
import { FEED_SCHEDULER_EVERY_MS, FEED_SCHEDULER_ID, type WorkerRole } from '@newsfacts/queues';
import type { Logger } from 'pino';
import { formatSummary, summarizeRun } from './run-summary.ts';
import { schedulePolls } from './schedule-polls.ts';
import { startRoles } from './start-roles.ts';
import { waitUntilIdle } from './wait-until-idle.ts';

/**
 * Runs the given roles. With `untilIdle`, polls every feed once, drains the queues and returns a
 * printable summary; otherwise runs until SIGINT/SIGTERM and shuts down cleanly.
 */
export async function runPipeline(config: Config, roles: WorkerRole[], log: Logger, options: { untilIdle: boolean; maxWaitMs: number }): Promise<string | null> {
  const startedAt = new Date().toISOString();
  const pipeline = await startRoles(config, roles, log);
  try {
    if (options.untilIdle) {
      if (!pipeline.store) throw new Error('--until-idle needs the store role');
      const scheduled = await schedulePolls(pipeline.store, pipeline.queues, { now: new Date(), force: `once-${startedAt}` });
      log.info({ feeds: scheduled }, 'polling every feed once');
      const idle = await waitUntilIdle(pipeline.queues, { timeoutMs: options.maxWaitMs });
      if (!idle) log.warn({ maxWaitMs: options.maxWaitMs }, 'queues still busy; stopping anyway');
      return formatSummary(await summarizeRun(pipeline.store, pipeline.queues, startedAt));
    }
    if (pipeline.store) {
      // A BullMQ job scheduler is the clock: it survives restarts and fires once across store processes.
      await pipeline.queues.queues.scheduleFeeds.upsertJobScheduler(FEED_SCHEDULER_ID, { every: FEED_SCHEDULER_EVERY_MS, immediately: true }, { name: 'tick', data: {} });
    }
    log.info({ roles, prefix: config.queuePrefix }, 'workers running; Ctrl-C to stop');
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        log.info({ signal }, 'shutting down');
        resolve();
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    return null;
  } finally {
    await pipeline.close();
  }
}
