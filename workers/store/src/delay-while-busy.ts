import { ResourceBusyError } from '@newsfacts/core';
import { isDatabaseBusy } from '@newsfacts/store';

/** How long a job waits before trying a busy database again; the lock holder is usually brief. */
export const BUSY_RETRY_MS = 2_000;

/**
 * Another process holding the SQLite write lock is not the job's fault: the job waits and runs
 * again without spending one of its attempts, so a long backup or a stray `sqlite3` shell cannot
 * exhaust retries and fail work for good.
 */
export function delayWhileDatabaseBusy<A extends unknown[], R>(processor: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await processor(...args);
    } catch (error) {
      if (isDatabaseBusy(error)) throw new ResourceBusyError(`the database is locked by another process: ${(error as Error).message}`, BUSY_RETRY_MS);
      throw error;
    }
  };
}
