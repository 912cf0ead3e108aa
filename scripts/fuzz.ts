/**
 * pnpm fuzz [--runs N] [--seed S] [--only TEXT] [--case-timeout-ms MS]
 *
 * Runs the fuzz properties of packages/boilerplate/test/fuzz and packages/extract/test/fuzz (the ones
 * CI runs a few thousand times) N times each (default 100000), and prints cases per second and, for a
 * failure, the seed and path that replay it: fc.assert(property, { seed, path }).
 *
 * Each property runs in a worker thread watched from here: a case that takes longer than the case
 * timeout (default 10 s) is a hang; the thread is terminated and the case reported by its path.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { cleanProperties } from '../packages/boilerplate/test/fuzz/clean-properties.ts';
import { extractProperties } from '../packages/extract/test/fuzz/extract-properties.ts';

const PROPERTIES: Record<string, fc.IProperty<unknown[]>> = { ...cleanProperties, ...extractProperties };
const BOOT_TIMEOUT_MS = 120_000;

interface Job {
  name: string;
  runs: number;
  seed: number;
}
type Report =
  | { kind: 'case'; index: number }
  | { kind: 'done'; runs: number; ms: number; failed: false }
  | { kind: 'done'; runs: number; ms: number; failed: true; seed: number; path: string; counterexample: string; error: string };

/** In the worker thread: runs one property, telling the main thread which case it is on. */
function runProperty(job: Job): void {
  const post = (r: Report) => parentPort!.postMessage(r);
  let index = 0;
  const start = performance.now();
  const details = fc.check(PROPERTIES[job.name]!, {
    numRuns: job.runs,
    seed: job.seed,
    plugins: [fc.beforeEach(() => post({ kind: 'case', index: index++ }))],
  });
  const ms = performance.now() - start;
  if (!details.failed) return post({ kind: 'done', runs: details.numRuns, ms, failed: false });
  post({
    kind: 'done', runs: details.numRuns, ms, failed: true, seed: details.seed, path: details.counterexamplePath ?? '',
    counterexample: fc.stringify(details.counterexample).slice(0, 4000),
    error: details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance),
  });
}

/** In the main thread: one property in its own thread, terminated if a case hangs. */
function watch(job: Job, caseTimeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    // The thread loads this very file, with tsx's loader registered for it (loader flags are not inherited).
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: job });
    let current = -1;
    // loading the modules takes a while on a busy machine; cases are timed from the first one on
    let timer = setTimeout(hang, BOOT_TIMEOUT_MS);
    function hang(): void {
      void worker.terminate();
      const which =
        current < 0 ? `the thread did not start within ${BOOT_TIMEOUT_MS} ms`
        : current < job.runs ? `a case ran over ${caseTimeoutMs} ms; replay: fc.assert(property, { seed: ${job.seed}, path: '${current}' })`
        : `a case ran over ${caseTimeoutMs} ms while shrinking a failure (seed ${job.seed}); run again with --case-timeout-ms raised to see it`;
      console.log(`${job.name}: HANG, ${which}`);
      resolve(false);
    }
    worker.on('message', (r: Report) => {
      clearTimeout(timer);
      if (r.kind === 'case') {
        current = r.index;
        // shrinking runs cases again; their count goes past the runs asked for
        timer = setTimeout(hang, caseTimeoutMs);
        return;
      }
      void worker.terminate();
      const rate = Math.round(r.runs / (r.ms / 1000));
      if (!r.failed) {
        console.log(`${job.name}: ${r.runs} cases, ${rate} cases/s, ok`);
        return resolve(true);
      }
      console.log(`${job.name}: FAILED after ${r.runs} cases (${rate} cases/s)\n  replay: fc.assert(property, { seed: ${r.seed}, path: '${r.path}' })\n  error: ${r.error}\n  counterexample: ${r.counterexample}`);
      resolve(false);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      console.log(`${job.name}: the fuzz thread died (seed ${job.seed}, case ${current}): ${error.message}`);
      resolve(false);
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      only: { type: 'string' },
      'case-timeout-ms': { type: 'string', default: '10000' },
    },
  });
  const runs = Number(values.runs);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const caseTimeoutMs = Number(values['case-timeout-ms']);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !(caseTimeoutMs > 0)) throw new Error('usage: pnpm fuzz [--runs N] [--seed S] [--only TEXT] [--case-timeout-ms MS]');
  const names = Object.keys(PROPERTIES).filter((n) => !values.only || n.includes(values.only));
  console.log(`fuzzing ${names.length} properties, ${runs} cases each, seed ${seed}`);
  let ok = true;
  for (const name of names) ok = (await watch({ name, runs, seed }, caseTimeoutMs)) && ok;
  process.exitCode = ok ? 0 : 1;
}

if (isMainThread) await main();
else runProperty(workerData as Job);
