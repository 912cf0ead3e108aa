import { estimateContainment, estimateJaccard, type TextSignature } from './minhash.ts';

/**
 * Share of the shorter lead that the other holds, above which two texts are one story. Copies
 * that cut, retitle or preface a story keep most of its lead; two reporters writing up one event
 * share a quote or a figure, a tenth of a lead at most.
 */
export const SAME_TEXT_CONTAINMENT = 0.5;
/** Fewer shingles than this is too little text to call two stories one. */
export const MIN_SHINGLES = 20;

export interface TextMatch {
  jaccard: number;
  containment: number;
  same: boolean;
}

export function compareTexts(a: TextSignature, b: TextSignature): TextMatch {
  const jaccard = estimateJaccard(a.values, b.values);
  const containment = estimateContainment(a, b);
  const enough = Math.min(a.shingles, b.shingles) >= MIN_SHINGLES;
  return { jaccard, containment, same: enough && containment >= SAME_TEXT_CONTAINMENT };
}

export interface Candidate {
  id: number;
  signature: TextSignature;
}

/** Every candidate that passes as the same text as `query`, most alike first. */
export function textMatches<C extends Candidate>(query: TextSignature, candidates: readonly C[]): (C & { match: TextMatch })[] {
  return candidates
    .map((c) => ({ ...c, match: compareTexts(query, c.signature) }))
    .filter((c) => c.match.same)
    .sort((a, b) => b.match.containment - a.match.containment);
}

/** The candidate most like `query` that passes as the same text, or null. */
export function bestTextMatch<C extends Candidate>(query: TextSignature, candidates: readonly C[]): (C & { match: TextMatch }) | null {
  let best: (C & { match: TextMatch }) | null = null;
  for (const c of candidates) {
    const match = compareTexts(query, c.signature);
    if (match.same && (!best || match.containment > best.match.containment)) best = { ...c, match };
  }
  return best;
}
