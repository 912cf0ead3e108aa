import type { WorkerRole } from '@newsfacts/queues';
import { Command } from 'commander';
import { ensureRedis } from '../runtime/ensure-redis.ts';
import { createLogger } from '../runtime/logger.ts';
import { runPipeline } from '../runtime/run-pipeline.ts';
import { config, UserError } from './shared.ts';

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
    .description('run the workers of some roles: fetch and extract may run on any machine with Redis; store runs beside the database and also schedules polls')
    .requiredOption('--role <roles>', 'fetch | extract | store, or several joined by commas (fetch,extract)')
    .action(async (opts: { role: string }) => {
      const roles = parseRoles(opts.role);
      const cfg = config();
      const log = createLogger(cfg.logLevel);
      await runPipeline(cfg, roles, log, { untilIdle: false, maxWaitMs: 0 });
    });
}

const ROLES: readonly WorkerRole[] = ['fetch', 'extract', 'store'];

export function parseRoles(value: string): WorkerRole[] {
  const roles = [...new Set(value.split(',').map((r) => r.trim()).filter(Boolean))];
  const unknown = roles.filter((r) => !ROLES.includes(r as WorkerRole));
  if (!roles.length || unknown.length) throw new UserError(`--role takes ${ROLES.join(', ')} or a comma-separated list of them; got "${value}"`, 2);
  return roles as WorkerRole[];
}
