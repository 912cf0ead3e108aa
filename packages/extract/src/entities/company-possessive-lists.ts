import type { Token } from '../text/tokenize.ts';
import { nameOf, wordsOf } from './company-chunks.ts';
import { GIVEN_NAMES } from './org-lexicon.ts';
import { wholeIsPerson } from './person-check.ts';
import type { Found } from './company-units.ts';

/**
 * "Acme's credit card, Borealis's small business loans and Corvo's checking accounts": a list of names, each
 * owning something of the same kind, compares like with like. When firms with cues of their own fill part of
 * it, the other owners are firms too, though what each owns ("credit card") would not say so alone.
 */

interface Span {
  first: number;
  next: number;
}

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** The index after the possessive ending the name at `next` ("Acme's", "Acme’s", "Brothers'"), or -1. */
function afterPossessive(tk: Token[], next: number): number {
  const mark = low(tk, next);
  if ((mark !== "'" && mark !== '’') || tk[next]!.gap !== 0) return -1;
  return low(tk, next + 1) === 's' && tk[next + 1]!.gap === 0 ? next + 2 : next + 1;
}

/**
 * Where the next member of the list starts after the thing the owner at `from` owns ("'s (new) credit card, and "):
 * over at most eight small-letter words, hyphens and one bracketed aside, then a comma or "and"; -1 otherwise.
 */
function nextMemberAt(tk: Token[], from: number): number {
  let words = 0;
  for (let j = from; j < from + 14 && tk[j]; j++) {
    const t = tk[j]!;
    if (t.raw === '(' && words === 0) {
      const close = tk.slice(j + 1, j + 6).findIndex((x) => x.raw === ')');
      if (close < 0) return -1;
      j += close + 1;
      continue;
    }
    if (t.raw === '-' && t.gap === 0) continue;
    if (t.low === ',' || t.low === 'and') {
      if (words === 0) return -1;
      let k = j + 1;
      if (t.low === ',' && low(tk, k) === 'and') k++;
      // "Borealis's loans and unknown plans, Corvo's ...": "and" inside what one owner owns
      if (tk[k]?.kind === 'word' && tk[k]!.raw === tk[k]!.low) {
        j = k - 1;
        continue;
      }
      return k;
    }
    if (t.kind !== 'word' || t.raw !== t.low || ++words > 8) return -1;
  }
  return -1;
}

/** A member found only by being listed beside firms does not vouch for its list (what it owns already did, for the others). */
function weakCue(f: Found): boolean {
  return f.reasons.some((r) => r.startsWith('listed beside'));
}

/** Owners in a list of at least three possessives, half of whom (two or more) are firms by strong cues: the others. */
export function possessiveListMates(tk: Token[], chunks: readonly Span[], found: readonly Found[], isPlace: (first: number, next: number) => boolean): Found[] {
  const spanAt = new Map<number, number>();
  for (const s of [...chunks, ...found]) if (!spanAt.has(s.first) || spanAt.get(s.first)! < s.next) spanAt.set(s.first, s.next);
  const foundAt = new Set(found.map((f) => f.first));
  const strongAt = new Set(found.filter((f) => !weakCue(f)).map((f) => f.first));
  const inList = new Set<number>();
  const out: Found[] = [];
  for (const [start] of [...spanAt].sort((a, b) => a[0] - b[0])) {
    if (inList.has(start)) continue;
    // follow the list from its first owner
    const members: number[] = [];
    let at = start;
    while (spanAt.has(at) && members.length < 10) {
      const after = afterPossessive(tk, spanAt.get(at)!);
      if (after < 0) break;
      members.push(at);
      inList.add(at);
      at = nextMemberAt(tk, after);
    }
    const strong = members.filter((m) => strongAt.has(m)).length;
    if (members.length < 3 || strong < 2 || strong * 2 < members.length) continue;
    for (const m of members) {
      const next = spanAt.get(m)!;
      const words = wordsOf(tk, m, next);
      if (foundAt.has(m) || isPlace(m, next) || GIVEN_NAMES.has(words[0]!) || (words.length > 1 && wholeIsPerson(words.join(' ')))) continue;
      out.push({ first: m, next, name: nameOf(tk, m, next), confidence: 0.75, reasons: ['company name without corporate suffix', 'listed beside a company among its peers'] });
    }
  }
  return out;
}
