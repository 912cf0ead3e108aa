import type { SingleBar } from 'cli-progress';

export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** What is being done, in the past tense: "exported", "re-extracted". */
  verb: string;
  /** What is counted: "facts", "articles". */
  unit: string;
  /** Unknown totals (a streamed export) show a running count instead of a bar. */
  total?: number;
  /** Default stderr: stdout carries data. */
  stream?: ProgressStream;
  /** Without a terminal, at most one line per this many milliseconds (default 10 s). */
  everyMs?: number;
  /** On a terminal, the bar appears only for work that lasts longer than this (default 500 ms). */
  showAfterMs?: number;
  now?: () => number;
}

export interface Progress {
  update(done: number, total?: number): void;
  increment(by?: number): void;
  stop(): void;
}

export const noProgress: Progress = { update() {}, increment() {}, stop() {} };

export const progressLine = (verb: string, done: number, total: number | undefined, unit: string): string =>
  total === undefined ? `${verb} ${done} ${unit}` : `${verb} ${done}/${total} ${unit}`;

/**
 * A cli-progress bar when the stream is a terminal; otherwise plain periodic lines that read well
 * in a log file ("exported 120000/1000000 facts"), so unattended runs still show they are alive.
 */
export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  return stream.isTTY ? barProgress(options, stream) : lineProgress(options, stream);
}

/**
 * Progress for a command that also writes data to stdout. A bar may share the terminal with
 * output printed at the end (a table), never with rows streamed to it.
 */
export function progressBesideOutput(options: ProgressOptions, output: { buffered: boolean }): Progress {
  return output.buffered || !process.stdout.isTTY ? startProgress(options) : noProgress;
}

function lineProgress(options: ProgressOptions, stream: ProgressStream): Progress {
  const now = options.now ?? Date.now;
  const everyMs = options.everyMs ?? 10_000;
  let total = options.total;
  let done = 0;
  let lastAt = now();
  let lastPrinted: number | null = null;
  let stopped = false;
  const print = () => {
    stream.write(`${progressLine(options.verb, done, total, options.unit)}\n`);
    lastPrinted = done;
    lastAt = now();
  };
  const maybePrint = () => {
    if (!stopped && now() - lastAt >= everyMs) print();
  };
  return {
    update(value, newTotal) {
      done = value;
      if (newTotal !== undefined) total = newTotal;
      maybePrint();
    },
    increment(by = 1) {
      done += by;
      maybePrint();
    },
    // Short work stays silent; work that reported along the way also reports where it ended.
    stop() {
      if (!stopped && lastPrinted !== null && lastPrinted !== done) print();
      stopped = true;
    },
  };
}

function barProgress(options: ProgressOptions, stream: ProgressStream): Progress {
  const now = options.now ?? Date.now;
  const startedAt = now();
  let total = options.total;
  let done = 0;
  let bar: SingleBar | null = null;
  let stopped = false;
  // Loaded only for a terminal, where the bar waits showAfterMs anyway: a command whose stderr is a
  // file or a pipe (a script, a loop) starts without it.
  let BarClass: typeof SingleBar | null = null;
  void import('cli-progress').then((module) => (BarClass = module.SingleBar));
  const show = () => {
    if (stopped) return;
    if (bar) return bar.update(done);
    if (BarClass === null || now() - startedAt < (options.showAfterMs ?? 500)) return;
    const format = total === undefined ? `${options.verb} {value} ${options.unit}` : `${options.verb} [{bar}] {value}/{total} ${options.unit} | {eta_formatted} left`;
    bar = new BarClass({ stream: stream as NodeJS.WritableStream, format, hideCursor: true });
    bar.start(total ?? 0, done);
  };
  return {
    update(value, newTotal) {
      done = value;
      if (newTotal !== undefined && newTotal !== total) {
        total = newTotal;
        bar?.setTotal(newTotal);
      }
      show();
    },
    increment(by = 1) {
      done += by;
      show();
    },
    stop() {
      if (!stopped) bar?.stop();
      stopped = true;
    },
  };
}

/** Counts rows on their way to the output; stops the progress when the rows end (or fail). */
export async function* countedRows<T>(rows: Iterable<T> | AsyncIterable<T>, progress: Progress): AsyncGenerator<T> {
  try {
    for await (const row of rows) {
      yield row;
      progress.increment(); // once the consumer asks for the next row, this one is written
    }
  } finally {
    progress.stop();
  }
}
