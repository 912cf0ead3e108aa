import type { ReadinessCheck } from '@newsfacts/observability';
import type { RunningPipeline } from './start-roles.ts';

/**
 * Ready means able to do work now: Redis answers, the database is open (for the store role), and
 * every worker is running and not shutting down. A process still starting has no pipeline yet.
 */
export function pipelineReadinessChecks(pipeline: () => RunningPipeline | null): Record<string, ReadinessCheck> {
  return {
    redis: async () => {
      const p = pipeline();
      if (!p) return 'starting';
      // A disconnected client queues commands until it reconnects: ask only a ready one.
      if (p.redis.status !== 'ready') return `connection ${p.redis.status}`;
      return (await p.redis.ping()) === 'PONG' ? null : 'no PONG';
    },
    database: () => {
      const p = pipeline();
      if (!p) return 'starting';
      if (!p.store) return null; // this role runs without the database
      return p.store.sqlite.open ? null : 'closed';
    },
    workers: () => {
      const p = pipeline();
      if (!p) return 'starting';
      const closing = p.workers.filter((w) => w.closing !== undefined).length;
      if (closing) return `${closing} of ${p.workers.length} shutting down`;
      const stopped = p.workers.filter((w) => !w.isRunning()).length;
      return stopped ? `${stopped} of ${p.workers.length} not running` : null;
    },
  };
}
