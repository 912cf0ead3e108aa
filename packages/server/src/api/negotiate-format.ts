import type { ExportFormat } from '@newsfacts/core';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** `?format=` wins; otherwise the first of CSV / NDJSON / JSON the Accept header names; JSON by default. */
export function negotiateFormat(explicit: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (explicit) return explicit;
  const wanted = (accept ?? '')
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type } of wanted) {
    if (type === 'text/csv') return 'csv';
    if (type === 'application/x-ndjson' || type === 'application/ndjson' || type === 'application/jsonl') return 'ndjson';
    if (type === 'application/json') return 'json';
  }
  return 'json';
}
