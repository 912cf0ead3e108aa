import { PermanentError, RateLimitedError } from '@newsfacts/core';
import { DelayedError, type Job, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import type { z } from 'zod';
import type { QueueContract } from './contract.ts';

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

export type Processor<S extends z.ZodType> = (payload: z.infer<S>, ctx: JobContext) => Promise<unknown>;

export interface StartWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  log: WorkerLogger;
}

/**
 * Wires one queue to its one processor. Payloads are validated again on the way out (a producer
 * on another version may have sent anything); a bad payload fails for good instead of retrying.
 * Rate limits delay the job without spending an attempt; PermanentError is not retried.
 */
export function startWorker<S extends z.ZodType>(contract: QueueContract<S>, processor: Processor<S>, options: StartWorkerOptions): Worker {
  const worker = new Worker(
    contract.name,
    async (job, token) => {
      const log = options.log.child({ queue: contract.name, jobId: job.id, attempt: job.attemptsMade + 1 });
      const parsed = contract.schema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`invalid payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      try {
        return await processor(parsed.data, { job, log });
      } catch (error) {
        if (error instanceof RateLimitedError) {
          await job.moveToDelayed(Date.now() + Math.max(error.retryAfterMs, 1000), token);
          throw new DelayedError();
        }
        if (error instanceof PermanentError) throw new UnrecoverableError(`${error.name}: ${error.message}`);
        throw error;
      }
    },
    { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    options.log[final ? 'error' : 'warn']({ queue: contract.name, jobId: job.id, attempt: job.attemptsMade, err: error.message }, final ? 'job failed' : 'job will retry');
  });
  worker.on('error', (error) => options.log.error({ queue: contract.name, err: error.message }, 'worker error'));
  return worker;
}
