import type { Token } from '../text/tokenize.ts';
import { wordsOf, nameOf } from './company-chunks.ts';
import { ambiguousName, industryCompany, knownName, wellKnownCompany } from './company-lists.ts';
import { CAPITALIZED_FUNCTION_WORDS, GIVEN_NAMES, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, NAME_WORDS } from './org-lexicon.ts';
import { BUSINESS_NAME_ENDS } from './company-evidence.ts';
import { wholeIsPerson } from './person-check.ts';

/** A well-known company and the names of its products, venues and units. */

export interface Found {
  first: number;
  next: number;
  name: string;
  confidence: number;
  reasons: string[];
}

export { knownName };

/**
 * "Google Pixel", "Apple Watch": a well-known company's name before words that make no company of
 * their own is that company, named before one of its products or units.
 */
export function knownBeforeProduct(tk: Token[], others: ReadonlyArray<{ first: number; next: number }>, found: ReadonlyArray<{ first: number }>): Found[] {
  const taken = new Set(found.map((f) => f.first));
  const out: Found[] = [];
  for (const o of others) {
    const words = wordsOf(tk, o.first, o.next);
    const whole = words.join(' ');
    // "Acme Arena", "Acme Music Hall": a venue named for its sponsor is a place
    if (taken.has(o.first) || words.length < 2 || knownName(whole) || VENUE_ENDS.has(words[words.length - 1]!)) continue;
    // "Acme Animation", "Acme Media": a business word at the end names a firm of its own, often a unit of the first
    if (INDUSTRY_SUFFIXES.has(words[words.length - 1]!) || BUSINESS_NAME_ENDS.has(words[words.length - 1]!)) continue;
    // "Vale of Glamorgan": a name joined by "of" is another name
    if (words.includes('of')) continue;
    for (const p of [2, 1]) {
      const end = o.first + p;
      // "IBM. Then": a point after the name ends a sentence, not a product's name
      if (end >= o.next || tk[end]!.kind !== 'word' || tk[end - 1]!.kind !== 'word') continue;
      const key = wordsOf(tk, o.first, end).join(' ');
      const known = wellKnownCompany(key) ?? industryCompany(key);
      // "CBS Sports", "NBC News": a broadcaster's name before another word is one of its channels, cited as a source
      if (!known || ambiguousName(key) || BROADCASTERS.has(key)) continue;
      // "Nikola Tesla": a person's full name that holds a firm's (the tagger is asked only here, after a known name)
      if (words.length <= 3 && wholeIsPerson(whole)) break;
      // "Lockheed Martin", "Aston Martin": a given name after a known name finishes a firm's name of its own, not a product's
      if (o.next - end === 1 && GIVEN_NAMES.has(tk[end]!.low)) break;
      out.push({ first: o.first, next: end, name: nameOf(tk, o.first, end), confidence: 0.8, reasons: ['company name without corporate suffix', 'a well-known company named before one of its products'] });
      break;
    }
  }
  return out;
}

const VENUE_ENDS = new Set(['arena', 'center', 'centre', 'stadium', 'field', 'park', 'theatre', 'theater', 'amphitheatre',
  'amphitheater', 'pavilion', 'hall', 'factory', 'dome', 'garden', 'gardens', 'bowl', 'cup', 'classic', 'open', 'championship',
  'championships', 'tower', 'building', 'plaza', 'award', 'awards', 'prize', 'series', 'festival', 'race', 'trophy', 'tour']);

const BROADCASTERS = new Set(['cbs', 'nbc', 'abc', 'fox', 'cnn', 'bbc', 'hbo', 'espn', 'cnbc', 'msnbc', 'pbs', 'npr', 'sky', 'itv']);

/**
 * "Honda" beside "Honda Canada Inc.", "Amazon" beside "Amazon Web Services": a well-known
 * company's own name is not swallowed by the name of a unit of it. It is the same company when the
 * longer name adds only legal forms and industry words ("Toyota Motor Corp").
 */
export function unitOf(own: readonly string[], fuller: string): boolean {
  if (!knownName(own.join(' '))) return false;
  const rest = fuller.toLowerCase().split(/[\s-]+/).slice(own.length).map((w) => w.replace(/\.$/, ''));
  return rest.some((w) => !LEGAL_SUFFIXES.has(w) && !INDUSTRY_SUFFIXES.has(w));
}

/** Verbs and auxiliaries right after a sentence's first name that make it the subject ("Acme said", "Acme has"). */
export const SUBJECT_VERBS = new Set(['said', 'says', 'has', 'had', 'is', 'was', 'will', 'would', 'also', 'still', 'plans', 'expects',
  'reported', 'announced', "'", '’']);

/**
 * "Acme North America Inc.", "Acme Japan Ltd": the words before a place in a company's name, when only
 * legal forms and industry words follow the place, name the parent company (names of at most 6 words).
 */
export function unitParents(tk: Token[], found: readonly Found[], isPlace: (f: number, n: number) => boolean): Set<string> {
  const out = new Set<string>();
  for (const f of found) {
    let end = f.next;
    while (end > f.first + 1 && (tk[end - 1]!.kind !== 'word' || LEGAL_SUFFIXES.has(tk[end - 1]!.low) || INDUSTRY_SUFFIXES.has(tk[end - 1]!.low))) end--;
    if (end === f.next || end - f.first > 6) continue;
    for (let cut = f.first + 1; cut < end; cut++) {
      if (tk[cut]!.kind !== 'word' || !isPlace(cut, end)) continue;
      const parent = wordsOf(tk, f.first, cut);
      if (!parent.every((w) => CAPITALIZED_FUNCTION_WORDS.has(w) || NAME_WORDS.has(w))) out.add(parent.join(' '));
      break;
    }
  }
  return out;
}
