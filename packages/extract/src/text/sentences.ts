import type { Token } from './tokenize.ts';

/** Sentence boundaries over tokens; abbreviations ("U.S.", "Co.", "Jan.") do not end a sentence. */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'bros', 'no', 'nos', 'vs', 'v',
  'etc', 'e', 'i', 'g', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov',
  'sen', 'rep', 'lt', 'col', 'capt', 'cmdr', 'adm', 'sgt', 'fig', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'mt', 'ft', 'pp', 'vol', 'ed', 'rev', 'hon', 'pres', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

const CLOSERS = new Set(['"', "'", ')', ']', '»']);

export interface Sentence {
  /** Token range [first, next). */
  first: number;
  next: number;
  start: number;
  end: number;
}

function endsSentence(tk: Token[], j: number): boolean {
  const t = tk[j]!;
  if (t.raw === '!' || t.raw === '?') return true;
  if (t.raw !== '.') return false;
  const prev = tk[j - 1];
  let k = j + 1;
  while (tk[k] && CLOSERS.has(tk[k]!.raw) && tk[k]!.gap === 0) k++;
  const next = tk[k];
  if (!next) return true;
  if (next.gap === 0) return false; // "U.S.", "3.5", "e.g."
  if (prev && prev.kind === 'word' && t.gap === 0) {
    // single letters ("U.S.", "J.") and known abbreviations keep the sentence going unless a capital
    // word that cannot follow them starts a new line of thought: we stay conservative and continue
    if (prev.raw.length === 1 && prev.raw !== prev.low) return next.gap >= 2;
    // "at 7 p.m. Thursday", "by 9 a.m. June 3": a clock time before the day it falls on
    if (clockTime(tk, j) && DAY_NAMES.test(next.raw)) return false;
    if (ABBREVIATIONS.has(prev.low)) {
      // "Baotou Tianhe Magnetics Technology Co. said" continues; "... by Lynas Corp. The deal" ends
      const c = next.raw.charCodeAt(0);
      const capital = c >= 65 && c <= 90;
      return capital && next.kind === 'word' && STARTERS.has(next.low);
    }
  }
  const c = next.raw.charCodeAt(0);
  return !(c >= 97 && c <= 122);
}

/** Weekday and month names, which follow a clock time in the same sentence. */
const DAY_NAMES = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

/** The "." at j closes "a.m." or "p.m.". */
function clockTime(tk: Token[], j: number): boolean {
  return tk[j - 1]?.low === 'm' && tk[j - 2]?.raw === '.' && tk[j - 2]!.gap === 0 && (tk[j - 3]?.low === 'a' || tk[j - 3]?.low === 'p') && tk[j - 1]!.gap === 0;
}

/** Words that usually start a sentence, used to decide after an abbreviation. */
const STARTERS = new Set(['the', 'a', 'an', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'but', 'and', 'however', 'meanwhile', 'analysts', 'officials', 'china', 'exports', 'imports']);

export function splitSentences(tk: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let j = 0; j < tk.length; j++) {
    const t = tk[j]!;
    if (j > first && t.gap >= 2) {
      out.push({ first, next: j, start: tk[first]!.start, end: tk[j - 1]!.end });
      first = j;
    }
    if (endsSentence(tk, j)) {
      let k = j + 1;
      while (tk[k] && CLOSERS.has(tk[k]!.raw) && tk[k]!.gap === 0) k++;
      out.push({ first, next: k, start: tk[first]!.start, end: tk[k - 1]!.end });
      first = k;
      j = k - 1;
    }
  }
  if (first < tk.length) out.push({ first, next: tk.length, start: tk[first]!.start, end: tk[tk.length - 1]!.end });
  return out;
}

export function sentenceIndex(tk: Token[], sentences: Sentence[]): Int32Array {
  const idx = new Int32Array(tk.length);
  sentences.forEach((s, si) => idx.fill(si, s.first, s.next));
  return idx;
}

/** Longer than any sentence of prose: a table dump, a list of figures or garbage. */
export const MAX_SENTENCE_TOKENS = 600;

/**
 * Tokens of prose only: runs longer than MAX_SENTENCE_TOKENS are dropped, and the token after a dropped
 * run starts a new block, so nothing joins across it. Keeps pathological input (megabytes of figures)
 * linear and cheap.
 */
export function proseTokens(tk: Token[], sentences: Sentence[]): Token[] {
  if (!sentences.some((s) => s.next - s.first > MAX_SENTENCE_TOKENS)) return tk;
  const out: Token[] = [];
  let dropped = false;
  for (const s of sentences) {
    if (s.next - s.first > MAX_SENTENCE_TOKENS) {
      dropped = true;
      continue;
    }
    for (let k = s.first; k < s.next; k++) {
      const t = tk[k]!;
      out.push(dropped && k === s.first ? { ...t, gap: 3 } : t);
      dropped = false;
    }
  }
  return out;
}
