import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface DocScore {
  id: string;
  precision: number;
  recall: number;
  f1: number;
  trueTokens: number;
  predTokens: number;
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  goodRate: number;
  meanDocF1: number;
  empty: number;
  n: number;
}

export interface Scorer {
  score(truth: Record<string, string>, predictions: Record<string, string>): { docs: DocScore[]; metrics: CorpusScore };
  tokenize(text: string): string[];
}

/** The scorer is the shared, independent one next to the data: loaded at run time, never copied here,
 * so our figures are computed exactly as everyone else's. */
export async function loadScorer(dir: string): Promise<Scorer> {
  const file = join(dir, 'score-extraction.mjs');
  if (!existsSync(file)) throw new Error(`scorer not found: ${file} (set NEWSFACTS_BENCH_DIR)`);
  const mod = (await import(pathToFileURL(file).href)) as {
    score: (gt: Record<string, string>, pred: Record<string, string>, o: { ngram: number; goodThreshold: number }) => {
      docs: DocScore[];
      metrics: CorpusScore;
    };
    tokenize: (t: string) => string[];
  };
  return {
    score: (truth, predictions) => mod.score(truth, predictions, { ngram: 4, goodThreshold: 0.9 }),
    tokenize: mod.tokenize,
  };
}
