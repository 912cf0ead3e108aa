import { describe, expect, it } from 'vitest';
import { countedRows, startProgress } from '../src/output/progress.ts';

/** A log file or pipe: no terminal, so plain lines. */
function logStream() {
  const lines: string[] = [];
  return { lines, stream: { isTTY: false, write: (chunk: string) => lines.push(chunk) > 0 } };
}

describe('progress without a terminal', () => {
  it('writes a plain line at most once per interval, and where the work ended', () => {
    const { lines, stream } = logStream();
    let clock = 0;
    const progress = startProgress({ verb: 'exported', unit: 'facts', total: 1_000_000, stream, everyMs: 1000, now: () => clock });
    clock = 999;
    progress.update(100_000);
    clock = 1000;
    progress.update(120_000);
    clock = 1500;
    progress.update(500_000);
    clock = 2000;
    progress.update(900_000);
    progress.update(1_000_000);
    progress.stop();
    progress.stop();
    expect(lines).toEqual(['exported 120000/1000000 facts\n', 'exported 900000/1000000 facts\n', 'exported 1000000/1000000 facts\n']);
  });

  it('stays silent for work shorter than one interval', () => {
    const { lines, stream } = logStream();
    const progress = startProgress({ verb: 're-extracted', unit: 'articles', stream, everyMs: 60_000, now: () => 0 });
    progress.update(3, 3);
    progress.stop();
    expect(lines).toEqual([]);
  });

  it('counts streamed rows of an unknown total and reports the end when the rows end', async () => {
    const { lines, stream } = logStream();
    let clock = 0;
    const progress = startProgress({ verb: 'exported', unit: 'facts', stream, everyMs: 10, now: () => clock });
    const seen: number[] = [];
    for await (const row of countedRows([1, 2, 3, 4, 5], progress)) {
      seen.push(row);
      clock += 5;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    // A row counts once the consumer has taken it and asks for the next.
    expect(lines).toEqual(['exported 2 facts\n', 'exported 4 facts\n', 'exported 5 facts\n']);
  });
});
