import { companyCandidates } from '../../packages/extract/src/entities/companies.ts';
import { nameOf, sentenceStart, wordsOf } from '../../packages/extract/src/entities/company-chunks.ts';
import { BUSINESS_NAME_ENDS } from '../../packages/extract/src/entities/company-evidence.ts';
import { ambiguousName, industryCompany, wellKnownCompany, withUnseenNames } from '../../packages/extract/src/entities/company-lists.ts';
import { findCountries } from '../../packages/extract/src/entities/countries.ts';
import {
  GIVEN_NAMES, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, MEDIA, NON_COMPANY_NOUNS, PERSON_TITLES, PUBLIC_BODY_NAMES,
} from '../../packages/extract/src/entities/org-lexicon.ts';
import { wholeIsPerson } from '../../packages/extract/src/entities/person-check.ts';
import { isPlaceName } from '../../packages/extract/src/entities/places.ts';
import { wellKnownOrganization } from '../../packages/extract/src/entities/well-known-organizations.ts';
import { normalizeText } from '../../packages/extract/src/text/normalize.ts';
import { proseTokens, splitSentences } from '../../packages/extract/src/text/sentences.ts';
import { tokenize, type Token } from '../../packages/extract/src/text/tokenize.ts';
import { foldCompany } from '../bench-facts/match.ts';

/**
 * One name an article writes (all mentions of one folded name together), with the cues of a learned
 * reading: the name's shape, its own words, the words around its mentions, where they stand, how often
 * the article writes it, and what the list and person lookups say. None of them is a verdict of the
 * hand-written company rules.
 */
export interface NameCandidate {
  /** foldCompany of the name: what the bench matches. */
  key: string;
  /** The longest surface form written. */
  name: string;
  /** Character spans of its mentions in the cleaned body. */
  spans: Array<{ start: number; end: number }>;
  cues: string[];
}

/** Tokens and places as the extractor makes them for its company reading (extract-facts.ts). */
function articleTokens(text: string): { tk: Token[]; isPlace: (first: number, next: number) => boolean } {
  const all = tokenize(normalizeText(text));
  const tk = proseTokens(all, splitSentences(all));
  const countryTokens = new Set<number>();
  for (const c of findCountries(text, tk)) for (let k = c.firstToken; k < c.nextToken; k++) countryTokens.add(k);
  const isPlace = (first: number, next: number): boolean => {
    const words = tk.slice(first, next).filter((t) => t.kind === 'word').map((t) => t.low).join(' ');
    if (isPlaceName(words)) return true;
    for (let k = first; k < next; k++) if (tk[k]!.kind === 'word' && !countryTokens.has(k)) return false;
    return true;
  };
  return { tk, isPlace };
}

/** A context token as a cue value: words and punctuation lower-cased, numbers as one class. */
function around(t: Token | undefined): string {
  if (!t) return '<none>';
  if (t.kind === 'num') return '<num>';
  if (t.kind === 'url') return '<url>';
  return t.gap >= 2 ? `<br>${t.low}` : t.low;
}

function shapeCues(tk: Token[], first: number, next: number, words: string[]): string[] {
  const cues: string[] = [];
  const raws = tk.slice(first, next).filter((t) => t.kind === 'word').map((t) => t.raw);
  const last = words[words.length - 1] ?? '';
  cues.push(`len:${Math.min(words.length, 4)}`);
  const chars = words.join(' ').length;
  cues.push(chars <= 3 ? 'chars:1-3' : chars <= 7 ? 'chars:4-7' : chars <= 15 ? 'chars:8-15' : 'chars:16+');
  if (raws.length === 1 && raws[0]!.length >= 2 && raws[0] === raws[0]!.toUpperCase()) cues.push('shape:acronym');
  if (raws.some((r) => /[a-z][A-Z]/.test(r))) cues.push('shape:camel');
  if (raws.some((r) => r.length > 1 && r !== r.toUpperCase() && /^[A-Z]/.test(r) && words.length > 1) && raws.some((r) => r.length >= 2 && r === r.toUpperCase())) cues.push('shape:mixed-acronym');
  if (tk.slice(first, next).some((t) => t.kind === 'num')) cues.push('shape:digit');
  if (tk.slice(first, next).some((t) => t.raw === '&')) cues.push('shape:ampersand');
  if (tk.slice(first, next).some((t) => t.raw === '-')) cues.push('shape:hyphen');
  if (words.slice(1, -1).includes('of')) cues.push('shape:of');
  if (words.length >= 2 && LEGAL_SUFFIXES.has(last)) cues.push('end:legal');
  if (words.length >= 2 && INDUSTRY_SUFFIXES.has(last)) cues.push('end:industry');
  if (words.length >= 2 && BUSINESS_NAME_ENDS.has(last)) cues.push('end:business');
  if (words.some((w) => NON_COMPANY_NOUNS.has(w))) cues.push('has:body-noun');
  for (const w of new Set(words)) cues.push(`w:${w}`);
  cues.push(`first:${words[0]}`, `last:${last}`);
  return cues;
}

function lookupCues(tk: Token[], first: number, next: number, words: string[], isPlace: (f: number, n: number) => boolean): string[] {
  const joined = words.join(' ');
  const cues: string[] = [];
  if (industryCompany(joined)) cues.push('list:industry');
  if (wellKnownCompany(joined)) cues.push('list:well-known');
  if (ambiguousName(joined)) cues.push('list:ambiguous');
  if (wellKnownOrganization(joined)) cues.push('list:organization');
  if (MEDIA.has(joined)) cues.push('list:media');
  if (PUBLIC_BODY_NAMES.has(joined)) cues.push('list:public-body');
  if (isPlace(first, next)) cues.push('place');
  if (GIVEN_NAMES.has(words[0] ?? '') && words.length >= 2) cues.push('person:given-name-first');
  const prev = tk[first - 1];
  if (prev && PERSON_TITLES.has(prev.low)) cues.push('person:title-before');
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{L}+$/u.test(w)) && wholeIsPerson(nameOf(tk, first, next))) cues.push('person:whole');
  return cues;
}

function contextCues(tk: Token[], first: number, next: number): string[] {
  const cues = [`p1:${around(tk[first - 1])}`, `p2:${around(tk[first - 2])}`, `n1:${around(tk[next])}`, `n2:${around(tk[next + 1])}`];
  if (tk[next]?.raw === "'" || tk[next]?.raw === '’') cues.push('possessive');
  if (tk[first - 1]?.raw === '(') cues.push('in-brackets');
  return cues;
}

/** The names of one article's cleaned body with their cues; `unseen` hides names from the lists as --unseen-names does. */
export function nameCandidates(text: string, unseen?: readonly string[]): NameCandidate[] {
  return withUnseenNames(unseen, () => readCandidates(text));
}

function readCandidates(text: string): NameCandidate[] {
  const { tk, isPlace } = articleTokens(text);
  const byKey = new Map<string, NameCandidate & { starts: number; mentions: number; firstAt: number }>();
  for (const c of companyCandidates(tk, isPlace)) {
    const words = wordsOf(tk, c.first, c.next);
    if (words.length === 0) continue;
    const name = nameOf(tk, c.first, c.next).replace(/[.,]+$/, '');
    const key = foldCompany(name);
    if (!key) continue;
    let n = byKey.get(key);
    if (!n) byKey.set(key, (n = { key, name, spans: [], cues: [], starts: 0, mentions: 0, firstAt: tk[c.first]!.start }));
    if (name.length > n.name.length) n.name = name;
    n.spans.push({ start: tk[c.first]!.start, end: tk[c.next - 1]!.end });
    n.mentions++;
    if (sentenceStart(tk, c.first)) n.starts++;
    n.cues.push(...shapeCues(tk, c.first, c.next, words), ...lookupCues(tk, c.first, c.next, words, isPlace), ...contextCues(tk, c.first, c.next));
  }
  const out: NameCandidate[] = [];
  for (const n of byKey.values()) {
    const cues = new Set(n.cues);
    cues.add(n.mentions === 1 ? 'count:1' : n.mentions <= 3 ? 'count:2-3' : 'count:4+');
    cues.add(n.starts === n.mentions ? 'start:all' : n.starts > 0 ? 'start:some' : 'start:none');
    cues.add(n.firstAt < text.length * 0.2 ? 'where:early' : 'where:later');
    out.push({ key: n.key, name: n.name, spans: n.spans, cues: [...cues].sort() });
  }
  return out;
}
