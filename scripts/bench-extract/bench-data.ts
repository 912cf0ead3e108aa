import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One case of ../shared/bench/recognizers/*.jsonl (see its README). */
export interface BenchExpected {
  text: string | null;
  type: string;
  value?: number | string | null;
  values?: Array<string | { start: string | null; end: string | null }>;
  unit?: string;
  range?: [number, number];
  hedge?: string;
  direction?: string;
  grain?: string;
  end?: string;
}

export interface BenchCase {
  id: string;
  src: string;
  cat: 'percent' | 'number' | 'weight' | 'date';
  input: string;
  ref?: string;
  expected: BenchExpected[];
}

export function benchDir(repoRoot: string): string {
  return resolve(process.env.NEWSFACTS_BENCH_DIR ?? join(repoRoot, '..', 'shared', 'bench'));
}

/** Suites keyed by file name without extension; null when the bench data is absent. */
export function loadSuites(dir: string): Map<string, BenchCase[]> | null {
  const recDir = existsSync(join(dir, 'recognizers')) ? join(dir, 'recognizers') : dir;
  if (!existsSync(recDir)) return null;
  const files = readdirSync(recDir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) return null;
  const suites = new Map<string, BenchCase[]>();
  for (const f of files) {
    const lines = readFileSync(join(recDir, f), 'utf8').split('\n').filter((l) => l.trim());
    suites.set(f.replace(/\.jsonl$/, ''), lines.map((l) => JSON.parse(l) as BenchCase));
  }
  return suites;
}
