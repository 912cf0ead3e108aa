/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
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
