import { existsSync, readFileSync } from 'node:fs';
import type { CorpusScore, Scorer } from './scorer.ts';

export type SplitName = 'dev' | 'test';

/** Page id -> split, from the site split shared with the other benchmarks (fixtures/splits). */
export function loadSplit(file: string): Map<string, SplitName> {
  if (!existsSync(file)) throw new Error(`site split not found: ${file}`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { pages: Record<string, { split: SplitName }> };
  return new Map(Object.entries(json.pages).map(([id, p]) => [id, p.split]));
}

const CLASS_OR_ID = /(<[a-zA-Z][^\s/>]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)/g;
const ATTR = /\s+([^\s=>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

/**
 * The page without class and id attributes: what a template we never saw looks like to rules that
 * read class names, so the score on it shows how much of the cleaner rests on naming conventions.
 */
export function withoutClassAndId(html: string): string {
  return html.replace(CLASS_OR_ID, (_m, open: string, attrs: string) =>
    open + attrs.replace(ATTR, (a: string, name: string) => (/^(?:class|id)$/i.test(name) ? '' : a)));
}

const BROKEN_TAGS = /<\/head\s*>|<body\b[^>]*>|<\/body\s*>|<\/p\s*>/gi;

/**
 * The page as careless old markup writes it: no </head>, no <body> tag, no </p>. A browser shows
 * it unchanged; a cleaner that does not parse as a browser does loses text on it.
 */
export function withBrokenMarkup(html: string): string {
  return html.replace(BROKEN_TAGS, '');
}

export interface SplitRow {
  name: string;
  cells: Array<CorpusScore | null>;
}

/** Scores of one extractor's predictions on the pages of each subset. */
export function scoreSubsets(
  scorer: Scorer,
  truth: Record<string, string>,
  predictions: Record<string, string>,
  subsets: Array<Set<string>>,
): CorpusScore[] {
  return subsets.map((ids) => {
    const t = Object.fromEntries(Object.entries(truth).filter(([id]) => ids.has(id)));
    const p = Object.fromEntries(Object.entries(predictions).filter(([id]) => ids.has(id)));
    return scorer.score(t, p).metrics;
  });
}

/** "0.982 (0 empty)" per cell, aligned under the headers. */
export function formatSplitTable(headers: string[], rows: SplitRow[]): string {
  const width = 22;
  const lines = [['extractor'.padEnd(24), ...headers.map((h) => h.padStart(width))].join(' ')];
  for (const r of rows) {
    const cells = r.cells.map((c) => (c ? `${c.f1.toFixed(3)} (${c.empty}/${c.n} empty)` : '-').padStart(width));
    lines.push([r.name.padEnd(24), ...cells].join(' '));
  }
  return lines.join('\n');
}
