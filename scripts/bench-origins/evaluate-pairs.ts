import { readFileSync } from 'node:fs';
import { BandIndex, MAX_CANDIDATES, textMatches, type OriginEvidence, originEvidence, rankCandidates, sameUrl } from '@newsfacts/origins';
import type { LabelledArticle, LabelledSet } from './generate-pairs.ts';

export interface PairScores {
  pairs: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Misses and false alarms by pair kind, to see what fails. */
  errorsByKind: Record<string, number>;
}

export function loadSet(path: string): LabelledSet {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledSet;
}

/** Arrival order: a fixed shuffle, so copies often arrive before the story they copy. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Gives every article an origin the way the store step does (a linked stored page, else the best
 * text match among band candidates, else a new origin), with the band index in memory.
 */
export function assignOrigins(articles: readonly LabelledArticle[], options: { textOnly?: boolean; seed?: number } = {}): Map<string, number> {
  const index = new BandIndex();
  const stored: { n: number; article: LabelledArticle; evidence: OriginEvidence; origin: number }[] = [];
  const origins = new Map<string, number>();
  for (const a of shuffled(articles, options.seed ?? 7)) {
    const markup = options.textOnly ? { html: null, declaredCanonical: null } : { html: a.html, declaredCanonical: a.declaredCanonical };
    const evidence = originEvidence({ bodyText: a.body, url: a.url, ...markup });
    const n = stored.length;
    const linked = stored.find((s) => evidence.links.basedOnUrls.some((u) => sameUrl(u, s.article.url)));
    let origin = linked?.origin;
    if (origin === undefined) {
      const ids = rankCandidates(index.hits(evidence.bands), MAX_CANDIDATES);
      const found = new Set(textMatches(evidence.signature, ids.map((id) => ({ id, signature: stored[id]!.evidence.signature }))).map((m) => stored[m.id]!.origin));
      origin = found.size > 0 ? Math.min(...found) : n;
      // An article that is the same text as copies in two origins shows they are one story.
      for (const s of stored) if (found.has(s.origin)) s.origin = origin;
    }
    stored.push({ n, article: a, evidence, origin });
    if (evidence.signature.shingles > 0) index.add(n, evidence.bands);
  }
  for (const s of stored) origins.set(s.article.id, s.origin);
  return origins;
}

/** Same-origin precision and recall over a labelled set; `textOnly` ignores links in the markup. */
export function scorePairs(set: LabelledSet, options: { textOnly?: boolean } = {}): PairScores {
  const origins = assignOrigins(set.articles, options);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const errorsByKind: Record<string, number> = {};
  for (const p of set.pairs) {
    const said = origins.get(p.a) === origins.get(p.b);
    if (said && p.same) tp++;
    else if (said) fp++;
    else if (p.same) fn++;
    else tn++;
    if (said !== p.same) errorsByKind[p.kind] = (errorsByKind[p.kind] ?? 0) + 1;
  }
  return { pairs: set.pairs.length, tp, fp, fn, tn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), errorsByKind };
}
