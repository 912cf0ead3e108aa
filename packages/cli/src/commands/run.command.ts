import type { WorkerRole } from '@newsfacts/queues';
import { Command } from 'commander';
import { ensureRedis } from '../runtime/ensure-redis.ts';
import { createLogger } from '../runtime/logger.ts';
import { runPipeline } from '../runtime/run-pipeline.ts';
import { config } from './shared.ts';

export function runCommand(): Command {
  return new Command('run')
    .description('scheduler and all workers in one process')
    .option('--until-idle', 'poll every feed once, process until the queues are empty, print a summary and exit')
    .option('--max-wait <seconds>', 'with --until-idle: give up waiting after this long', (v) => Number(v), 600)
    .action(async (opts: { untilIdle?: boolean; maxWait: number }) => {
      const cfg = config();
      const log = createLogger(cfg.logLevel);
      const redis = await ensureRedis(cfg.redisUrl);
      if (redis.started) log.warn({ url: redis.url }, 'no Redis at REDIS_URL; started a private redis-server for this run');
      try {
        const roles: WorkerRole[] = ['fetch', 'extract', 'store'];
        const summary = await runPipeline({ ...cfg, redisUrl: redis.url }, roles, log, { untilIdle: opts.untilIdle ?? false, maxWaitMs: opts.maxWait * 1000 });
        if (summary) process.stdout.write(`${summary}\n`);
      } finally {
        redis.stop();
      }
    });
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('run the workers of one role: fetch and extract may run on any machine with Redis; store runs beside the database and also schedules polls')
    .requiredOption('--role <role>', 'fetch | extract | store')
    .action(async (opts: { role: string }) => {
      const roles = ['fetch', 'extract', 'store'];
      if (!roles.includes(opts.role)) throw new Error(`--role must be one of ${roles.join(', ')}`);
      const cfg = config();
      const log = createLogger(cfg.logLevel);
      await runPipeline(cfg, [opts.role as WorkerRole], log, { untilIdle: false, maxWaitMs: 0 });
    });
}
