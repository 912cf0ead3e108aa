import type { Token } from '../text/tokenize.ts';
import { wordsOf, nameOf } from './company-chunks.ts';
import { ambiguousName, industryCompany, knownName, wellKnownCompany } from './company-lists.ts';
import { CAPITALIZED_FUNCTION_WORDS, GIVEN_NAMES, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, NAME_WORDS } from './org-lexicon.ts';
import { BUSINESS_NAME_ENDS } from './company-evidence.ts';
import { SERVICE_ENDS, tradeEndedName } from './company-trade-ends.ts';
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
/** Last words of the names of finance houses, which products never end in. */
const FINANCE_ENDS = new Set(['finance', 'leasing']);

export function knownBeforeProduct(tk: Token[], others: ReadonlyArray<{ first: number; next: number }>, found: ReadonlyArray<{ first: number }>): Found[] {
  const taken = new Set(found.map((f) => f.first));
  const out: Found[] = [];
  // a unit the article once shows acting as a firm is that firm wherever else it writes the name
  const firms = new Set(others.filter((o) => o.next - o.first === 2 && unitActsAsFirm(tk, o.next, ambiguousName(tk[o.first]!.low))).map((o) => wordsOf(tk, o.first, o.next).join(' ')));
  for (const o of others) {
    const words = wordsOf(tk, o.first, o.next);
    const whole = words.join(' ');
    // "Acme Arena", "Acme Music Hall": a venue named for its sponsor is a place
    if (taken.has(o.first) || words.length < 2 || knownName(whole) || VENUE_ENDS.has(words[words.length - 1]!)) continue;
    // "Acme Animation", "Acme Media": a business word at the end names a firm of its own, often a unit of the first
    // ("Asahi Kaiun Finance", "Orix Leasing": a finance house's name, not a product of the known firm it opens with)
    if (INDUSTRY_SUFFIXES.has(words[words.length - 1]!) || BUSINESS_NAME_ENDS.has(words[words.length - 1]!) || FINANCE_ENDS.has(words[words.length - 1]!) || (tradeEndedName(tk, o.first, o.next, words) && !SERVICE_ENDS.has(words[words.length - 1]!))) continue;
    // "Vale of Glamorgan": a name joined by "of" is another name
    if (words.includes('of')) continue;
    for (const p of [2, 1]) {
      const end = o.first + p;
      // "IBM. Then": a point after the name ends a sentence, not a product's name
      if (end >= o.next || tk[end]!.kind !== 'word' || tk[end - 1]!.kind !== 'word') continue;
      const key = wordsOf(tk, o.first, end).join(' ');
      const known = wellKnownCompany(key) ?? industryCompany(key);
      // "CBS Sports", "NBC News": a broadcaster's name before another word is one of its channels, cited as a source
      if (!known || BROADCASTERS.has(key)) continue;
      // "Nikola Tesla": a person's full name that holds a firm's (the tagger is asked only here, after a known name)
      if (words.length <= 3 && wholeIsPerson(whole)) break;
      // "Lockheed Martin", "Aston Martin": a given name after a known name finishes a firm's name of its own, not a product's
      if (o.next - end === 1 && GIVEN_NAMES.has(tk[end]!.low)) break;
      // "Acme Pulse to buy a rival", "Acme Recharge and Tesla remain the largest": a unit that does what a firm does is a firm of its own
      if (o.next - end === 1 && firms.has(whole)) {
        out.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.75, reasons: ['company name without corporate suffix', 'a unit of a well-known company acting as a firm'] });
        break;
      }
      if (ambiguousName(key)) continue;
      out.push({ first: o.first, next: end, name: nameOf(tk, o.first, end), confidence: 0.8, reasons: ['company name without corporate suffix', 'a well-known company named before one of its products'] });
      break;
    }
  }
  return out;
}

/** Deals only a business makes, after "to" ("Acme Pulse to buy"), or as a finite verb ("Acme Pulse acquired"). */
const FIRM_DEALS = new Set(['buy', 'acquire', 'sell', 'merge', 'invest', 'hire', 'cut', 'close']);
// (not "sells" or "sold": a product sells well)
const FIRM_ACTS = new Set(['buys', 'bought', 'acquires', 'acquired', 'merges', 'merged', 'invests', 'invested', 'hires',
  'hired', 'employs', 'operates', 'agreed', 'announced', 'said', 'says']);
const UNIT_OF = new Set(['business', 'unit', 'arm', 'division', 'subsidiary', 'operator', 'network']);
const SAYING = new Set(['said', 'says', 'announced', 'agreed']);
/** Plural verbs after "A and B" that make both subjects of one kind ("A and B remain the largest"). */
const JOINT_VERBS = new Set(['remain', 'are', 'were', 'have', 'dominate', 'control', 'operate', 'run', 'lead', 'said', 'say']);

/** After a product's or unit's name: what a firm does, or "and" another firm as a joint subject. */
// (after a known name that is also a word, "Shell Beach said", only a deal or a firm beside it)
function unitActsAsFirm(tk: Token[], next: number, ambiguous: boolean): boolean {
  const w = tk[next]?.low ?? '';
  // "Acme Pulse, the charging business of Acme,": described as a unit of a firm
  if (w === ',' && tk[next + 1]?.low === 'the') {
    for (let j = next + 2; j < next + 9 && (tk[j]?.kind === 'word' || tk[j]?.raw === '-'); j++) {
      if (UNIT_OF.has(tk[j]!.low) && tk[j + 1]?.low === 'of') return true;
    }
  }
  if (w === 'to' && FIRM_DEALS.has(tk[next + 1]?.low ?? '')) return true;
  if (FIRM_ACTS.has(w) && !(ambiguous && SAYING.has(w))) return true;
  const other = tk[next + 1];
  return w === 'and' && !!other && other.kind === 'word' && other.raw[0] !== other.low[0] && !!wellKnownCompany(other.low)
    && tk[next + 2]?.kind === 'word' && JOINT_VERBS.has(tk[next + 2]!.low);
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
