import { normalizeText } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import { KNOWN_COMPANY_NAMES } from './known-companies.ts';
import { LEGAL_SUFFIXES } from './org-lexicon.ts';
import { AMBIGUOUS_NAMES, WELL_KNOWN_COMPANIES } from './well-known-companies.ts';
import { MORE_AMBIGUOUS, MORE_COMPANIES } from './well-known/index.ts';

/**
 * The lists of company names the recognizer knows, behind lookups by lower-case words. A benchmark can
 * hide names from them for one extraction (`withUnseenNames`) to measure what the cues alone find on
 * names the lists never saw; production never hides any.
 */

/** Lower-case words of a name as the tokenizer splits them, without a possessive "'s". */
export function nameKey(name: string): string {
  const tk = tokenize(normalizeText(name));
  const words: string[] = [];
  for (let k = 0; k < tk.length; k++) {
    const t = tk[k]!;
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    if (t.low === 's' && tk[k - 1]?.raw === "'") continue;
    words.push(t.low);
  }
  return words.join(' ');
}

// the industry list is matched on words split at hyphens ("freeport mcmoran")
const critical = (n: string) => n.toLowerCase().replace(/-/g, ' - ').replace(/\s+/g, ' ').replace(/ - /g, ' ');
const KNOWN = new Map<string, string>(KNOWN_COMPANY_NAMES.map((n) => [critical(n), n]));
const WELL_KNOWN = new Map<string, string>(WELL_KNOWN_COMPANIES.map((n) => [nameKey(n), n.replace(/['’]s$/, '')]));
// the region and sector files add names; a name the first list already holds keeps its canonical form there
for (const n of MORE_COMPANIES) {
  const key = nameKey(n);
  if (key && !WELL_KNOWN.has(key)) WELL_KNOWN.set(key, n.replace(/['’]s$/, ''));
}
const AMBIGUOUS = new Set<string>([...AMBIGUOUS_NAMES, ...MORE_AMBIGUOUS.map(nameKey)]);

const NONE: ReadonlySet<string> = new Set();
let hidden: ReadonlySet<string> = NONE;

/** The canonical name of a company of the critical-minerals and industry list, or undefined. */
export function industryCompany(key: string): string | undefined {
  return hidden.has(key) ? undefined : KNOWN.get(key);
}

/** The canonical form of a well-known company's name from its lower-case words, or undefined. */
export function wellKnownCompany(key: string): string | undefined {
  return hidden.has(key) ? undefined : WELL_KNOWN.get(key);
}

/** A well-known name that is also a common word, a place or a person's name: it needs a cue of its own. */
export function ambiguousName(key: string): boolean {
  return AMBIGUOUS.has(key) && !hidden.has(key);
}

/** A name of either list, from its lower-case words. */
export function knownName(key: string): boolean {
  return !!wellKnownCompany(key) || !!industryCompany(key);
}

/** The keys a name hides: its words, and its words without trailing legal forms ("Acme Corp" hides "acme"). */
function hiddenKeys(name: string): string[] {
  // "S.A.", "N.V.": a legal form spelt with points is one word
  const words = nameKey(name.replace(/\b([A-Za-z])\.(?=[A-Za-z]\.)/g, '$1').replace(/\b([A-Za-z]{1,2})\.(?=\s|,|$)/g, '$1')).split(' ').filter(Boolean);
  const keys = [words.join(' '), critical(name).replace(/['’]s$/, '')];
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words[words.length - 1]!) || words[words.length - 1] === 'group')) {
    words.pop();
    keys.push(words.join(' '));
  }
  return keys;
}

/**
 * Runs `read` as if the lists did not hold `names` (canonical names or any surface form): for measuring
 * recognition of unseen names. The lists are restored afterwards, also when `read` throws.
 */
export function withUnseenNames<T>(names: readonly string[] | undefined, read: () => T): T {
  if (!names || names.length === 0) return read();
  const before = hidden;
  hidden = new Set([...before, ...names.flatMap(hiddenKeys)]);
  try {
    return read();
  } finally {
    hidden = before;
  }
}
