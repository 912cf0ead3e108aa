import { PermanentError, RateLimitedError, ResourceBusyError } from '@newsfacts/core';
import { DelayedError, type Job, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import type { z } from 'zod';
import type { QueueContract } from './contract.ts';
import { jobSubject } from './failed-jobs.ts';
import type { WorkerHooks } from './worker-hooks.ts';

export interface JobContext {
  job: Job;
  log: WorkerLogger;
}

/** The slice of pino the runtime needs; keeps this package free of a logger dependency. */
export interface WorkerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  child(bindings: object): WorkerLogger;
}

/** Process deaths a job may be in flight for and still be run again. */
export const MAX_STALLED_COUNT = 1;

export type Processor<S extends z.ZodType> = (payload: z.infer<S>, ctx: JobContext) => Promise<unknown>;

export interface StartWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  log: WorkerLogger;
  /** A crashed worker's jobs return to the queue after about this long (BullMQ lock and stall check). */
  lockDurationMs?: number;
  hooks?: WorkerHooks;
}

/**
 * Wires one queue to its one processor. Payloads are validated again on the way out (a producer
 * on another version may have sent anything); a bad payload fails for good instead of retrying.
 * Rate limits delay the job without spending an attempt; PermanentError is not retried.
 */
export function startWorker<S extends z.ZodType>(contract: QueueContract<S>, processor: Processor<S>, options: StartWorkerOptions): Worker {
  // BullMQ hands the same Job object to the processor and to the completed/failed events.
  const startedAt = new WeakMap<Job, number>();
  const secondsSpent = (job: Job) => {
    const start = startedAt.get(job);
    return start === undefined ? null : (performance.now() - start) / 1000;
  };
  const observe = (call: () => void) => {
    try {
      call();
    } catch (error) {
      options.log.error({ queue: contract.name, err: error instanceof Error ? error.message : String(error) }, 'worker hook failed');
    }
  };
  const worker = new Worker(
    contract.name,
    async (job, token) => {
      startedAt.set(job, performance.now());
      const log = options.log.child({ queue: contract.name, jobId: job.id, attempt: job.attemptsMade + 1 });
      const parsed = contract.schema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`invalid payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      try {
        return await processor(parsed.data, { job, log });
      } catch (error) {
        if (error instanceof RateLimitedError) {
          const waitMs = Math.max(error.retryAfterMs, 1000);
          // Host politeness delays are routine; a locked database is worth an operator's attention.
          if (error instanceof ResourceBusyError) log.warn({ waitMs, reason: error.message }, 'job delayed; the attempt is not spent');
          await job.moveToDelayed(Date.now() + waitMs, token);
          throw new DelayedError();
        }
        if (error instanceof PermanentError) throw new UnrecoverableError(`${error.name}: ${error.message}`);
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      // A job in flight when its process died is run again once; dying with it a second time fails
      // it for good ("job stalled more than allowable limit"), which quarantines its article.
      maxStalledCount: MAX_STALLED_COUNT,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs, stalledInterval: options.lockDurationMs } : {}),
    },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    options.log[final ? 'error' : 'warn']({ queue: contract.name, jobId: job.id, attempt: job.attemptsMade, ...jobSubject(job.data), err: error.message }, final ? 'job failed' : 'job will retry');
    observe(() => options.hooks?.failed?.({ queue: contract.name, job, error, final, seconds: secondsSpent(job) }));
  });
  worker.on('completed', (job, result) => observe(() => options.hooks?.completed?.({ queue: contract.name, job, result, seconds: secondsSpent(job) })));
  worker.on('error', (error) => options.log.error({ queue: contract.name, err: error.message }, 'worker error'));
  return worker;
}
