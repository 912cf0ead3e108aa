import type { Config } from '@newsfacts/config';
import { FEED_SCHEDULER_EVERY_MS, FEED_SCHEDULER_ID, type WorkerRole } from '@newsfacts/queues';
import type { Logger } from 'pino';
import { formatSummary, summarizeRun } from './run-summary.ts';
import { schedulePolls } from './schedule-polls.ts';
import { metricsListen, startWorkerService } from './worker-service.ts';
import { waitUntilIdle } from './wait-until-idle.ts';

/**
 * Runs the given roles. With `untilIdle`, polls every feed once, drains the queues and returns a
 * printable summary; otherwise runs until SIGINT/SIGTERM and shuts down cleanly.
 */
export async function runPipeline(config: Config, roles: WorkerRole[], log: Logger, options: { untilIdle: boolean; maxWaitMs: number }): Promise<string | null> {
  const startedAt = new Date().toISOString();
  const service = await startWorkerService(config, roles, log, { listen: metricsListen(config, !options.untilIdle) });
  const { pipeline } = service;
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
    // A worker cannot close cleanly while Redis is unreachable (BullMQ waits for it forever); past
    // the grace period and a margin, stop anyway: running jobs return to the queue when their
    // locks lapse, so leaving costs nothing but a retry.
    const boundMs = config.shutdownGraceMs + SHUTDOWN_MARGIN_MS;
    if (!(await settlesWithin(service.close(), boundMs))) {
      log.error({ boundMs }, 'shutdown did not finish (is Redis reachable?); exiting anyway');
      // Sockets still waiting on Redis would keep the process alive; the timer does not.
      setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
    }
  }
}

const SHUTDOWN_MARGIN_MS = 10_000;

async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = work.then(() => true);
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = await Promise.race([done, late]);
  clearTimeout(timer);
  return settled;
}
