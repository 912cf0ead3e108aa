import { once } from 'node:events';
import type { Writable } from 'node:stream';
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function defaultFormat(out: { isTTY?: boolean }): OutputFormat {
  return out.isTTY ? 'table' : 'json';
}

type Row = object;

const field = (row: Row, key: string): unknown => (row as Record<string, unknown>)[key];
const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * Writes rows in the requested format. Rows come from an iterable so large exports stream:
 * each row is written as it arrives and backpressure is honoured (JSON arrays included).
 */
export async function writeRecords(rows: Iterable<Row> | AsyncIterable<Row>, format: OutputFormat, columns: readonly string[], out: Writable): Promise<void> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  if (format === 'table') {
    const table = new Table({ head: [...columns], wordWrap: true, style: { head: [], border: [] } });
    for await (const row of rows) table.push(columns.map((c) => truncate(cell(field(row, c)), 60)));
    await write(`${table.toString()}\n`);
    return;
  }
  if (format === 'csv') {
    await write(stringify([columns as string[]]));
    // escape_formulas: a text cell that a spreadsheet would run (`=`, `+`, `-`, `@`, tab, CR first)
    // gets a leading `'`. Numbers stay numbers, so a negative value is not mistaken for one.
    const csvCell = (v: unknown) => (typeof v === 'number' ? v : cell(v));
    for await (const row of rows) await write(stringify([columns.map((c) => csvCell(field(row, c)))], { escape_formulas: true }));
    return;
  }
  if (format === 'ndjson') {
    for await (const row of rows) await write(`${JSON.stringify(pick(row, columns))}\n`);
    return;
  }
  let first = true;
  await write('[');
  for await (const row of rows) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(pick(row, columns))}`);
    first = false;
  }
  await write(first ? ']\n' : '\n]\n');
}

function pick(row: Row, columns: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c, field(row, c) ?? null]));
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
