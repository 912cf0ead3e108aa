import type { Token } from '../text/tokenize.ts';
import { sentenceStart } from './company-chunks.ts';

/** "Acme posted a loss. The company said ...": the name an article refers back to as "the company". */

export interface Span {
  first: number;
  next: number;
}

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** Singular nouns by which an article refers back to a business it has named ("the company said"). */
const ANAPHORS = new Set(['company', 'firm', 'startup', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'lender', 'insurer',
  'airline', 'miner', 'manufacturer', 'maker', 'conglomerate', 'supplier', 'brewer', 'publisher', 'broadcaster', 'carrier']);

/**
 * Indexes of the names an anaphor refers to: for each "the company" (at most 200 per article), the only
 * candidate name between the start of the sentence before it and the anaphor, when no company already
 * found stands there too (two names there would leave the reference open).
 */
export function anaphoraAntecedents(tk: Token[], spans: readonly Span[], found: readonly Span[]): number[] {
  const out: number[] = [];
  let seen = 0;
  for (let k = 1; k < tk.length && seen < 200; k++) {
    if (!ANAPHORS.has(tk[k]!.low) || tk[k - 1]!.low !== 'the' || low(tk, k + 1) === "'" || low(tk, k + 1) === '’') continue;
    seen++;
    // the start of the sentence before the one holding the anaphor
    let from = k - 1;
    let starts = 0;
    while (from > 0 && k - from < 80) {
      // (a point inside a number, "2.3", starts nothing)
      if (tk[from]!.kind === 'word' && tk[from]!.gap > 0 && sentenceStart(tk, from) && ++starts === 2) break;
      from--;
    }
    const inRange = (s: Span) => s.first >= from && s.next <= k - 1;
    const candidates: number[] = [];
    for (let i = lowerBound(spans, from); i < spans.length && spans[i]!.first < k; i++) if (inRange(spans[i]!)) candidates.push(i);
    if (candidates.length === 1 && !found.some(inRange)) out.push(candidates[0]!);
  }
  return out;
}

/** The first index of `spans` (in text order) that starts at or after token `at`. */
function lowerBound(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
