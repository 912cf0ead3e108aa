import type { Job } from 'bullmq';

/**
 * Observers of job outcomes (metrics), called from BullMQ's events after the job has settled.
 * startWorker logs a hook's exception and moves on: an observer never fails or retries a job.
 */
export interface WorkerHooks {
  completed?(event: { queue: string; job: Job; result: unknown; seconds: number | null }): void;
  /** `seconds` is null for a job this worker did not run (one BullMQ failed as stalled). */
  failed?(event: { queue: string; job: Job; error: Error; final: boolean; seconds: number | null }): void;
}
