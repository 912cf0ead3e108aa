import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One annotated fact: offsets into the benchmark's ground-truth body of its page (text stays in ../shared). */
export interface GoldFact {
  type: 'tonnage' | 'percentage' | 'date' | 'company' | 'country' | 'money';
  value: number | string;
  unit?: string | null;
  range?: { min: number | string; max: number | string } | null;
  qualifier?: string | null;
  direction?: 'up' | 'down' | null;
  per?: string | null;
  optional?: boolean;
  start: number;
  end: number;
}

export interface GoldArticle {
  id: string;
  site: string;
  split: 'dev' | 'test';
  published: string | null;
  facts: GoldFact[];
}

/** The repository's gold files (fixtures/facts-gold); NEWSFACTS_GOLD_DIR points elsewhere while annotating. */
export function loadGold(repoRoot: string): GoldArticle[] {
  const dir = process.env.NEWSFACTS_GOLD_DIR ?? join(repoRoot, 'fixtures', 'facts-gold');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle);
}
