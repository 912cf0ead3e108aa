import type { Token } from '../text/tokenize.ts';
import { LEGAL_SUFFIXES, NON_COMPANY_NOUNS } from './org-lexicon.ts';

/**
 * Acronyms the article defines itself: "high pressure (HP)" or "..., or HP" makes "HP" a term of the
 * text, "Food and Drug Administration (FDA)" makes "FDA" the body's short name. Either way the
 * acronym is not a company there, whatever else it may name in other stories. A definition counts
 * only when the acronym's letters are the initials of the words before it.
 */

export type DefinedKind = 'term' | 'organization';

const SKIPPED = new Set(['of', 'and', 'the', 'for', 'to', 'on', 'in', '&', 'de', 'des', 'du', 'la', 'le']);

function isWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word';
}

/** The words (first to last) before the "(" at `open` whose initials spell `acronym`, or null. */
function expansion(tk: Token[], open: number, acronym: string): Token[] | null {
  const letters = acronym.replace(/s$/, '');
  const words: Token[] = [];
  let k = open - 1;
  let matched = letters.length;
  while (k >= 0 && matched > 0 && open - k <= letters.length * 2 + 2) {
    const t = tk[k]!;
    if (t.raw === '-') {
      k--;
      continue;
    }
    if (!isWord(t)) return null;
    if (SKIPPED.has(t.low) && words.length > 0) {
      k--;
      continue;
    }
    if (t.low[0] !== letters[matched - 1]) {
      // an expansion whose words do not give the letters one by one is not read as a definition
      return null;
    }
    words.unshift(t);
    matched--;
    k--;
  }
  return matched === 0 ? words : null;
}

/** Acronyms (lower case) defined in the text as a term or an organization's short name. */
export function definedAcronyms(tk: Token[]): Map<string, DefinedKind> {
  const out = new Map<string, DefinedKind>();
  for (let k = 1; k + 2 < tk.length; k++) {
    // "words (ACR)" and "words, or ACR"
    const bracketed = tk[k]!.raw === '(' && tk[k + 2]!.raw === ')';
    const orForm = tk[k]!.raw === ',' && tk[k + 1]!.low === 'or' && tk[k + 2]!.kind === 'word';
    if (!bracketed && !orForm) continue;
    const a = tk[bracketed ? k + 1 : k + 2]!;
    if (!isWord(a) || a.raw.length < 2 || a.raw.length > 8 || !/^[A-Z][A-Za-z]*[A-Z]s?$/.test(a.raw)) continue;
    const words = expansion(tk, k, a.low);
    if (!words) continue;
    if (words.every((w) => w.raw === w.low)) out.set(a.low, 'term');
    // a legal form at the end says a business ("Port Authority Holdings Ltd (PAH)"), whatever nouns come before
    else if (words.some((w) => NON_COMPANY_NOUNS.has(w.low)) && !LEGAL_SUFFIXES.has(tk[k - 1]!.low)) out.set(a.low, 'organization');
  }
  return out;
}
