import { PermanentError } from '@newsfacts/core';
import type { ExtractArticlePayload, WorkerLogger } from '@newsfacts/queues';
import { Piscina } from 'piscina';
import type { ExtractedArticle, ExtractOutcome, ExtractTask } from './extract-thread-task.ts';

/** Set to true by scripts/build.mjs, whose thread entry is built JavaScript beside the bundle. */
declare const __NEWSFACTS_BUNDLE__: boolean | undefined;
const THREAD_ENTRY = typeof __NEWSFACTS_BUNDLE__ !== 'undefined' ? new URL('./extract-thread.js', import.meta.url) : new URL('./extract-thread.mjs', import.meta.url);

/** Well above what a 10 MB page needs; a page that wants more kills its thread, not the process. */
export const DEFAULT_THREAD_HEAP_MB = 1024;

export interface ExtractPoolOptions {
  /** One thread per job the extract worker runs at once. */
  threads: number;
  /** Per page, from hand-off to result; a thread still busy then is terminated. */
  timeoutMs: number;
  /** Old-generation heap of each thread. */
  threadHeapMb?: number;
  log: Pick<WorkerLogger, 'error'>;
}

export interface ExtractPool {
  /** buildArticleResult (and its serialization) in a pool thread. A page that runs past the limit, runs out of memory or throws fails with a PermanentError. */
  run(payload: ExtractArticlePayload, html: string): Promise<ExtractedArticle>;
  /** Terminates the threads; call once no job uses the pool any more. */
  close(): Promise<void>;
}

/**
 * Cleaning and fact extraction run in worker threads so that a page that sends them into a long
 * loop (or a memory blow-up) cannot block the worker's event loop, where BullMQ renews its job
 * locks. A page that hangs once hangs every time, so it fails for good instead of being retried.
 */
export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const threadHeapMb = options.threadHeapMb ?? DEFAULT_THREAD_HEAP_MB;
  const pool = new Piscina<ExtractTask, ExtractOutcome>({
    filename: THREAD_ENTRY.href,
    minThreads: options.threads,
    maxThreads: options.threads,
    // The thread entry registers its own TypeScript loader; inherited loader flags would stack a second one.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: threadHeapMb },
  });
  // A thread that dies with no task on it (say, while starting) is replaced; without a listener it would crash the process.
  pool.on('error', (error: Error) => options.log.error({ err: error.message }, 'extraction thread failed'));
  let closing = false;

  return {
    async run(payload, html) {
      // Counts from hand-off, so it also covers waiting for a thread that replaces a terminated one.
      const signal = AbortSignal.timeout(options.timeoutMs);
      let outcome: ExtractOutcome;
      try {
        outcome = await pool.run({ payload, html }, { signal });
      } catch (error) {
        if (closing) throw new Error(`extraction of ${payload.url} stopped: the worker is shutting down`);
        if (signal.aborted) throw new PermanentError(`extraction exceeded ${options.timeoutMs} ms for ${payload.url}`);
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new PermanentError(`extraction ran out of memory (${threadHeapMb} MB thread heap) for ${payload.url}`);
        }
        // A thread that died some other way may not be the page's fault: an ordinary, retried failure.
        throw new Error(`extraction thread failed for ${payload.url}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!outcome.ok) throw new PermanentError(`extraction failed for ${payload.url}: ${outcome.error}`);
      return outcome.article;
    },
    async close() {
      closing = true;
      await pool.destroy();
    },
  };
}
