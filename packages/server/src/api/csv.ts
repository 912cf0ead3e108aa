/**
 * A spreadsheet opening the export runs a cell that starts like a formula (`=`, `+`, `-`, `@`, their
 * full-width forms, or a tab or CR before one): article text is hostile, so such a text cell gets a
 * leading `'`, which spreadsheets show as text. Numbers are left alone: `-3.5` is a value, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const s = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvRow(row: object, columns: readonly string[]): string {
  return csvLine(columns.map((c) => (row as Record<string, unknown>)[c]));
}

export function pickColumns(row: object, columns: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c] ?? null]));
}
