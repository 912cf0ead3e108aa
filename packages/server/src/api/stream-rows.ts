import type { ExportFormat } from '@newsfacts/core';
import { csvLine, csvRow, pickColumns } from './csv.ts';

const CHUNK_BYTES = 64 * 1024;

/**
 * A response body that pulls rows only as fast as the client reads them (the stream's pull is
 * called when its queue drains), so an export of any size holds one chunk in memory. `done` runs
 * once, whether the export finished, failed or the client went away.
 */
export function rowStream(rows: AsyncIterator<object>, format: Exclude<ExportFormat, 'json'>, columns: readonly string[], done: () => void | Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = format !== 'csv';
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    await done();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          let chunk = '';
          if (!headerSent) {
            chunk += csvLine(columns);
            headerSent = true;
          }
          while (chunk.length < CHUNK_BYTES) {
            const next = await rows.next();
            if (next.done) {
              if (chunk) controller.enqueue(encoder.encode(chunk));
              controller.close();
              await finish();
              return;
            }
            chunk += format === 'csv' ? csvRow(next.value, columns) : `${JSON.stringify(pickColumns(next.value, columns))}\n`;
          }
          controller.enqueue(encoder.encode(chunk));
        } catch (error) {
          controller.error(error);
          await finish();
        }
      },
      async cancel() {
        await rows.return?.();
        await finish();
      },
    },
    { highWaterMark: 1 },
  );
}

export async function* fromArray<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}
