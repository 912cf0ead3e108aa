import { MONTHS, WEEKDAYS } from '../dates/lexicon.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { KNOWN_COMPANIES } from './known-companies.ts';
import {
  CAPITALIZED_FUNCTION_WORDS, GIVEN_NAMES, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, MEDIA, NON_COMPANY_NOUNS, PERSON_TITLES, PUBLIC_BANK_WORDS, PUBLIC_BODY_NAMES, NON_BUSINESS_GROUP_WORDS, PERSON_HEADS,
} from './org-lexicon.ts';
import { companyAliases } from './company-aliases.ts';
import { companyContext } from './company-context.ts';
import { BUSINESS_NAME_ENDS, companiesByEvidence, JOB_TITLES, wellKnownCompany } from './company-evidence.ts';
import { describedAs } from './company-description.ts';
import { definedAcronyms } from './company-definitions.ts';
import { taggedAsPerson } from './person-check.ts';
import { AMBIGUOUS_NAMES } from './well-known-companies.ts';

export interface CompanyMention {
  text: string;
  start: number;
  end: number;
  /** Canonical name within the article: the fullest form written ("Lynas" -> "Lynas Rare Earths"). */
  name: string;
  confidence: number;
  reasons: string[];
  firstToken: number;
  nextToken: number;
}

/** A run of capitalized words that may name something: "Baotou Tianhe Magnetics Technology Co". */
export interface Chunk {
  first: number;
  next: number;
  words: string[];
}

/** A brand written with a small first letter and a capital after it ("iFixit", "eBay"): a name of its own. */
function lowerCamel(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw.length >= 4 && /^[a-z]{1,2}[A-Z][a-z]/.test(t.raw);
}

function isCap(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.raw.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.raw[0] !== t.low[0]);
}

export function sentenceStart(tk: Token[], j: number): boolean {
  if (j === 0 || tk[j]!.gap >= 2) return true;
  const p = tk[j - 1]!;
  return p.raw === '.' || p.raw === '!' || p.raw === '?' || p.raw === ':' || ((p.raw === '"' || p.raw === "'") && (j < 2 || tk[j - 2]!.gap >= 1));
}

/** Nouns that end the names of public bodies whose names join two words by "and" before the noun. */
const BODY_ENDS = new Set(['commission', 'administration', 'agency', 'bureau', 'authority', 'committee', 'council', 'department', 'ministry']);

/** The capitalized run from `k` ends in a public body's noun ("... and Exchange Commission"). */
function bodyAhead(tk: Token[], k: number): boolean {
  let last = '';
  for (let j = k; j < k + 4 && tk[j] && isCap(tk[j]!) && tk[j]!.gap <= 1; j++) last = tk[j]!.low;
  return BODY_ENDS.has(last);
}

/** Maximal capitalized runs, joined by "&", "of", "-", initials' points and legal abbreviations' points. */
export function capitalizedChunks(tk: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tk.length) {
    const glued = tk[i - 1] && tk[i]!.gap === 0 && (tk[i - 1]!.kind === 'word' || tk[i - 1]!.raw === '/');
    if (lowerCamel(tk[i]) && !glued) {
      out.push({ first: i, next: i + 1, words: [tk[i]!.low] });
      i++;
      continue;
    }
    if (!isCap(tk[i]!) || glued) {
      i++;
      continue;
    }
    let j = i + 1;
    // whether the run so far names a body, kept up to date as the run grows (re-scanning it at every
    // "and" was quadratic in the run's length)
    let bodyNoun = NON_COMPANY_NOUNS.has(tk[i]!.low);
    let scanned = i + 1;
    for (;;) {
      const t = tk[j];
      if (!t || t.gap >= 2) break;
      if (isCap(t) && (t.gap === 1 || tk[j - 1]!.raw === '-' || tk[j - 1]!.raw === '.' || tk[j - 1]!.raw === '&')) {
        j++;
        continue;
      }
      // "Co.", "N.V.", "S.A.": a point glued to a capitalized word inside or at the end of a name
      if (t.raw === '.' && t.gap === 0 && isCap(tk[j - 1]!) && (LEGAL_SUFFIXES.has(tk[j - 1]!.low) || tk[j - 1]!.raw.length <= 2)) {
        j++;
        // "Acme Inc. In fact ...": after a legal form's point only another legal form ("Co. Ltd.") goes on with the name
        if (LEGAL_SUFFIXES.has(tk[j - 2]!.low) && tk[j - 2]!.raw.length > 2 && !(tk[j] && tk[j]!.gap <= 1 && LEGAL_SUFFIXES.has(tk[j]!.low))) break;
        continue;
      }
      const n = tk[j + 1];
      // "and" joins inside the name of a body ("Ministry of Industry and Information Technology"), not a list of firms
      for (; scanned < j; scanned++) bodyNoun ||= NON_COMPANY_NOUNS.has(tk[scanned]!.low);
      // "Securities and Exchange Commission": an "and" inside a body's name shows only at the noun that ends it
      const andInBody = t.low === 'and' && (bodyNoun || bodyAhead(tk, j + 1));
      // "Alliance for American Manufacturing", "Centre for Economic Policy Research"
      const forInBody = t.low === 'for' && bodyNoun;
      const joiner = (t.raw === '&' || t.low === 'of' || t.low === 'de' || andInBody || forInBody || (t.raw === '-' && t.gap === 0)) && n && isCap(n) && n.gap <= 1;
      if (joiner && !(t.low === 'of' && MONTHS[n.low] !== undefined)) {
        j += 2;
        continue;
      }
      break;
    }
    // a trailing point that ends the sentence is not part of a name unless it closes an abbreviation
    let next = j;
    while (next > i + 1 && tk[next - 1]!.raw === '.' && !LEGAL_SUFFIXES.has(tk[next - 2]!.low) && tk[next - 2]!.raw.length > 2) next--;
    for (const part of splitAtTitle(tk, i, next)) out.push({ ...part, words: wordsOf(tk, part.first, part.next) });
    i = j;
  }
  return out;
}

/** Titles that stand between a company and its person in one capitalized run ("Acme CEO Jane Roe"). */
const RUN_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'cofounder', 'chairman', 'chairwoman', 'chair', 'president',
  'chief', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Titles that make the capitalized words after them a person's name ("CEO Jane Roe", "Sen. Jane Roe"). */
const LEADING_TITLES = new Set([...RUN_TITLES, 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'gov',
  'governor', 'mayor', 'minister', 'premier', 'secretary', 'judge', 'justice', 'sir', 'dame', 'lord', 'sheikh', 'coach', 'analyst',
  'economist', 'spokesperson', 'commissioner', 'ambassador', 'cofounder']);

/** "Acme CEO Jane Roe" -> "Acme", "CEO Jane Roe": the title starts the person's part. */
function splitAtTitle(tk: Token[], first: number, next: number): Array<{ first: number; next: number }> {
  for (let k = first + 1; k < next - 1; k++) {
    const t = tk[k]!;
    if (t.kind === 'word' && RUN_TITLES.has(t.low) && tk[k - 1]!.kind === 'word' && isCap(tk[k + 1]!)) {
      return [{ first, next: k }, { first: k, next }];
    }
  }
  return [{ first, next }];
}

export type ChunkKind = 'company' | 'organization' | 'person' | 'place' | 'media' | 'other';

interface Classified {
  kind: ChunkKind;
  first: number;
  next: number;
  strength: 'legal' | 'industry' | 'none';
}

/** Capitalized words that often start sentences but also start names ("New Media", "National Grid"). */
const NAME_WORDS = new Set(['new', 'old', 'national', 'international', 'global', 'american', 'chinese', 'european', 'japanese',
  'korean', 'russian', 'indian', 'british', 'german', 'french', 'australian', 'canadian', 'federal', 'state', 'rare', 'earth',
  'first', 'general', 'united', 'small', 'large', 'medium', 'data', 'trade']);

/** Strip leading words that are not part of a name (sentence-initial function words, titles). */
function trimChunk(tk: Token[], c: Chunk): { first: number; next: number } | null {
  let first = c.first;
  while (first < c.next) {
    const t = tk[first]!;
    const low = t.low;
    if (t.kind !== 'word') {
      first++;
      continue;
    }
    const atStart = sentenceStart(tk, first) || first === c.first && sentenceStart(tk, c.first);
    // "the" before a name is never part of it for matching ("private equity giant The Carlyle Group")
    // after a stripped word only articles and the like go too: "CEO of New Media Group" keeps "New"
    // "The We Company": a word that leaves only a legal form behind belongs to the name
    const onlyFormLeft = low !== 'the' && low !== 'a' && low !== 'an' && c.next - first <= 4 && wordsOf(tk, first + 1, c.next).every((w) => LEGAL_SUFFIXES.has(w));
    if ((atStart || (first > c.first && !NAME_WORDS.has(low)) || low === 'the') && CAPITALIZED_FUNCTION_WORDS.has(low) && first + 1 < c.next && !onlyFormLeft) {
      first++;
      // "Shares of Toyota Tsusho Corp": the common noun and its "of" go together
      if (tk[first]?.low === 'of' && first + 1 < c.next) first++;
      continue;
    }
    if (MONTHS[low] !== undefined || WEEKDAYS[low] !== undefined) {
      first++;
      continue;
    }
    // "CEO of Acme", "Founder of Acme Inc.": the title is the person's, the name after "of" the company's;
    // "Head of Platform Solutions for Acme" is a department, not a name of its own
    if (JOB_TITLES.has(low) && tk[first + 1]?.low === 'of' && first + 2 < c.next) {
      const after = tk[c.next]?.low;
      if (after === 'for' || after === 'at') return null;
      first += 2;
      continue;
    }
    break;
  }
  if (first >= c.next) return null;
  // "Ousted WeWork CEO ...": a sentence's first word, capitalized only for being first, before a known company
  // ("Rob Goldman" keeps its given name)
  const lead = tk[first]!.low;
  if (sentenceStart(tk, first) && tk[first]!.kind === 'word' && !GIVEN_NAMES.has(lead) && !PERSON_TITLES.has(lead) && tk[first + 1]?.kind === 'word' && first + 1 < c.next) {
    const whole = wordsOf(tk, first, c.next).join(' ');
    const rest = wordsOf(tk, first + 1, c.next).join(' ');
    if (!knownName(whole) && knownName(rest)) first++;
  }
  return { first, next: c.next };
}

function knownName(key: string): boolean {
  return !!wellKnownCompany(key) || KNOWN_COMPANIES.has(key);
}

function classify(tk: Token[], first: number, next: number, isPlace: (f: number, n: number) => boolean): Classified {
  const words = wordsOf(tk, first, next);
  const joined = words.join(' ');
  const last = words[words.length - 1] ?? '';
  if (MEDIA.has(joined)) return { kind: 'media', first, next, strength: 'none' };
  if (publicBody(tk, first, next, joined)) return { kind: 'organization', first, next, strength: 'none' };
  if (isPlace(first, next)) return { kind: 'place', first, next, strength: 'none' };
  const bankPublic = words.includes('bank') && words.some((x) => PUBLIC_BANK_WORDS.has(x));
  if (words.some((x) => NON_COMPANY_NOUNS.has(x)) || bankPublic) return { kind: 'organization', first, next, strength: 'none' };
  // "Environmental Working Group", "Consumer Advocacy Group": a group of people, not a business group
  if (last === 'group' && words.length >= 2 && NON_BUSINESS_GROUP_WORDS.has(words[words.length - 2]!)) return { kind: 'organization', first, next, strength: 'none' };
  const prev = tk[first - 1];
  if (prev && prev.kind === 'word' && PERSON_TITLES.has(prev.low) && !LEGAL_SUFFIXES.has(last)) return { kind: 'person', first, next, strength: 'none' };
  if (words.length >= 2 && LEADING_TITLES.has(words[0]!) && !LEGAL_SUFFIXES.has(last) && !INDUSTRY_SUFFIXES.has(last)) return { kind: 'person', first, next, strength: 'none' };
  if (GIVEN_NAMES.has(words[0] ?? '') && words.length >= 2 && words.length <= 3 && !LEGAL_SUFFIXES.has(last) && !INDUSTRY_SUFFIXES.has(last)) {
    return { kind: 'person', first, next, strength: 'none' };
  }
  if (words.length >= 2 && LEGAL_SUFFIXES.has(last) && last !== 'as' && last !== 'co' || (last === 'co' && words.length >= 2)) return { kind: 'company', first, next, strength: 'legal' };
  // "Big Tech", "Big Oil": a sector spoken of as a whole
  if (words.length === 2 && COLLECTIVE_WORDS.has(words[0]!)) return { kind: 'other', first, next, strength: 'none' };
  // a first word that often starts a sentence or heading in capitals ("Global", "International") leaves a
  // two-word run in doubt; a longer one is a name ("Global Lighting Technologies")
  if (words.length >= 2 && INDUSTRY_SUFFIXES.has(last) && (!CAPITALIZED_FUNCTION_WORDS.has(words[0]!) || (words.length >= 3 && !sentenceStart(tk, first) && words[0] !== 'the'))) return { kind: 'company', first, next, strength: 'industry' };
  return { kind: 'other', first, next, strength: 'none' };
}

/** Words that make "X Tech", "X Oil" a sector, not a firm. */
const COLLECTIVE_WORDS = new Set(['big', 'small', 'major', 'global', 'domestic', 'foreign', 'western', 'chinese', 'american']);

/** A public body named by its short name or acronym ("NASA", "the Fed"); short ones count only in capitals. */
function publicBody(tk: Token[], first: number, next: number, joined: string): boolean {
  if (!PUBLIC_BODY_NAMES.has(joined)) return false;
  if (next - first > 1 || joined.length >= 5 || joined === 'fed') return true;
  return tk[first]!.raw === tk[first]!.raw.toUpperCase();
}

function wordsOf(tk: Token[], first: number, next: number): string[] {
  const out: string[] = [];
  for (let k = first; k < next; k++) if (tk[k]!.kind === 'word') out.push(tk[k]!.low);
  return out;
}

function nameOf(tk: Token[], first: number, next: number): string {
  let s = '';
  for (let k = first; k < next; k++) s += (k > first && tk[k]!.gap > 0 ? ' ' : '') + tk[k]!.raw;
  return s;
}

/** ", Inc." / ", LLC" right after a name. */
function commaLegalForm(tk: Token[], next: number): boolean {
  const t = tk[next + 1];
  return tk[next]?.raw === ',' && !!t && t.kind === 'word' && t.raw[0] !== t.low[0] && LEGAL_SUFFIXES.has(t.low) && t.low.length >= 2
    && !['as', 'se', 'sa', 'ab', 'ag', 'kg', 'nl', 'company', 'holdings'].includes(t.low);
}

interface Found {
  first: number;
  next: number;
  name: string;
  confidence: number;
  reasons: string[];
}

export interface CompanyScan {
  companies: CompanyMention[];
  /** Token ranges of government bodies, agencies, schools, exchanges and media: names, but not companies. */
  organizations: Array<{ first: number; next: number }>;
}

/** Companies in `text` (tokens already made), with aliases merged to the fullest name in the text. */
export function findCompanies(text: string, tk: Token[], isPlace: (first: number, next: number) => boolean): CompanyScan {
  const found: Found[] = [];
  const others: Array<{ first: number; next: number }> = [];
  const organizations: Array<{ first: number; next: number }> = [];
  const chunks: Array<{ first: number; next: number }> = [];
  for (const c of capitalizedChunks(tk)) {
    const trimmed = trimChunk(tk, c);
    if (trimmed) chunks.push(trimmed);
    if (!trimmed) continue;
    const cl = classify(tk, trimmed.first, trimmed.next, isPlace);
    const name = nameOf(tk, trimmed.first, trimmed.next).replace(/[.,]+$/, (m) => (LEGAL_SUFFIXES.has(tk[trimmed.next - 2]?.low ?? '') ? m : ''));
    // "Acme, Inc.", "Acme, LLC": the legal form set off by a comma
    if (cl.kind === 'other' && commaLegalForm(tk, trimmed.next)) {
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: 0.93, reasons: ['legal form after a comma'] });
      continue;
    }
    if (cl.kind === 'company') {
      const reasons = cl.strength === 'industry' ? ['name ends in an industry word, not a legal form'] : [];
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: cl.strength === 'legal' ? 0.95 : 0.88, reasons });
      continue;
    }
    if (cl.kind === 'other') others.push(trimmed);
    if (cl.kind === 'organization' || cl.kind === 'media') organizations.push(trimmed);
  }
  // "Google Stadia": the well-known company before a product's name stands for itself
  const products = knownBeforeProduct(tk, others, found);
  found.push(...products);
  const productAt = new Set(products.map((p) => p.first));
  for (let k = others.length - 1; k >= 0; k--) if (productAt.has(others[k]!.first)) others.splice(k, 1);
  // names without a suffix: a known company, or a context that says it is one ("X, a magnet maker")
  for (const o of others) {
    const words = wordsOf(tk, o.first, o.next);
    const joined = words.join(' ');
    const known = KNOWN_COMPANIES.get(joined);
    if (known) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.9, reasons: ['company name without corporate suffix'] });
      continue;
    }
    const ctx = companyContext(tk, o.first, o.next);
    // at a sentence start a capital proves nothing, so the word must not be a common one ("Exports, the group said")
    if (ctx && !JOB_TITLES.has(words[0]!) && (!sentenceStart(tk, o.first) || words.length >= 2 || !CAPITALIZED_FUNCTION_WORDS.has(words[0]!))) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.75, reasons: ['company name without corporate suffix', `read as a company from context (${ctx})`] });
    }
  }
  const foundAt = new Set(found.map((f) => f.first));
  const evidence = companiesByEvidence(tk, others.filter((o) => !foundAt.has(o.first)), found, chunks, isPlace, organizations);
  found.push(...evidence.companies);
  const kept = keepCompanies(tk, found);
  found.length = 0;
  found.push(...kept);
  // aliases: a later (or earlier) short form of a full name ("Lynas" for "Lynas Rare Earths")
  const full = found.map((f) => ({ name: f.name, words: f.name.toLowerCase().split(/[\s-]+/) })).sort((a, b) => b.name.length - a.name.length);
  const canonicalName = companyAliases(full);
  const out: CompanyMention[] = [];
  const seen = new Set(found.map((f) => f.first));
  for (const o of others) {
    if (seen.has(o.first)) continue;
    const words = wordsOf(tk, o.first, o.next);
    const c = canonicalName(words);
    if (c && !CAPITALIZED_FUNCTION_WORDS.has(words[0]!) && !unitOf(words, c)) {
      found.push({ first: o.first, next: o.next, name: c, confidence: 0.85, reasons: [`short form of '${c}' in the same article`] });
    }
  }
  const named = found.map((f) => {
    const own = f.name.toLowerCase().split(/[\s-]+/);
    const fuller = canonicalName(own);
    return { f, name: evidence.aliases.get(f.name.toLowerCase()) ?? (fuller && !unitOf(own, fuller) ? fuller : null) ?? f.name };
  });
  const support = evidenceKinds(named);
  for (const { f, name } of named) {
    const start = tk[f.first]!.start;
    const end = tk[f.next - 1]!.end;
    const reasons = f.reasons.length === 0 ? f.reasons : [...f.reasons, support.get(name)! > 1 ? 'several kinds of evidence in the article' : 'one kind of evidence in the article'];
    if (citedAsSource(tk, f.first, f.next)) reasons.push('cited as a source');
    out.push({ text: text.slice(start, end), start, end, name, confidence: f.confidence, reasons, firstToken: f.first, nextToken: f.next });
  }
  return { companies: out.sort((a, b) => a.start - b.start), organizations };
}

/** How many different kinds of evidence the article gives for each company name (a legal form counts as one). */
function evidenceKinds(named: ReadonlyArray<{ f: Found; name: string }>): Map<string, number> {
  const kinds = new Map<string, Set<string>>();
  for (const { f, name } of named) {
    let set = kinds.get(name);
    if (!set) kinds.set(name, (set = new Set()));
    if (f.reasons.length === 0) set.add('legal form');
    for (const r of f.reasons) if (r !== 'company name without corporate suffix' && r !== 'named so elsewhere in the article') set.add(r);
  }
  return new Map([...kinds].map(([k, v]) => [k, v.size]));
}

const SOURCE_VERBS = new Set(['reported', 'reports', 'reporting']);

/** "according to X", "told X", "X reported": the article cites the name as where it learnt something. */
function citedAsSource(tk: Token[], first: number, next: number): boolean {
  const before = tk[first - 1]?.low ?? '';
  return (before === 'to' && tk[first - 2]?.low === 'according') || before === 'told' || SOURCE_VERBS.has(tk[next]?.low ?? '');
}

/**
 * "Google Stadia", "Apple Watch": a well-known company's name before words that make no company of
 * their own is that company, named before one of its products or units.
 */
function knownBeforeProduct(tk: Token[], others: ReadonlyArray<{ first: number; next: number }>, found: ReadonlyArray<{ first: number }>): Found[] {
  const taken = new Set(found.map((f) => f.first));
  const out: Found[] = [];
  for (const o of others) {
    const words = wordsOf(tk, o.first, o.next);
    const whole = words.join(' ');
    // "Toyota Music Factory", "Barclays Center": a venue named for its sponsor is a place
    if (taken.has(o.first) || words.length < 2 || wellKnownCompany(whole) || KNOWN_COMPANIES.has(whole) || VENUE_ENDS.has(words[words.length - 1]!)) continue;
    // "Pixar Animation", "Acme Media": a business word at the end names a firm of its own, often a unit of the first
    if (INDUSTRY_SUFFIXES.has(words[words.length - 1]!) || BUSINESS_NAME_ENDS.has(words[words.length - 1]!)) continue;
    for (const p of [2, 1]) {
      const end = o.first + p;
      // "HP. These": a point after the name ends a sentence, not a product's name
      if (end >= o.next || tk[end]!.kind !== 'word') continue;
      const key = wordsOf(tk, o.first, end).join(' ');
      const known = wellKnownCompany(key) ?? KNOWN_COMPANIES.get(key);
      // "CBS Sports", "NBC News": a broadcaster's name before another word is one of its channels, cited as a source
      if (!known || AMBIGUOUS_NAMES.has(key) || BROADCASTERS.has(key)) continue;
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
 * "Nissan" beside "Nissan North America Inc.", "Amazon" beside "Amazon Web Services": a well-known
 * company's own name is not swallowed by the name of a unit of it. It is the same company when the
 * longer name adds only legal forms and industry words ("Toyota Motor Corp").
 */
function unitOf(own: readonly string[], fuller: string): boolean {
  if (!knownName(own.join(' '))) return false;
  const rest = fuller.toLowerCase().split(/[\s-]+/).slice(own.length).map((w) => w.replace(/\.$/, ''));
  return rest.some((w) => !LEGAL_SUFFIXES.has(w) && !INDUSTRY_SUFFIXES.has(w));
}

/**
 * Drops names read as companies without a legal form where the text itself says otherwise: a
 * description that makes them an organization or a person, an acronym the article defines as a term
 * or a body's short name, or (for names that one weak cue made a company) a person's name by the
 * tagger. A verdict on one mention holds for every mention of the same name.
 */
function keepCompanies(tk: Token[], found: Found[]): Found[] {
  const defined = definedAcronyms(tk);
  const lowerPhrases = lowerCasePhrases(tk);
  const dropped = new Set<string>();
  const credits = new Set<number>();
  const personChecked = new Map<string, boolean>();
  for (const f of found) {
    if (f.reasons.length === 0 || f.reasons[0] === 'legal form after a comma') continue;
    const key = wordsOf(tk, f.first, f.next).join(' ');
    // "Artificial Intelligence" where the text also writes "artificial intelligence": a common phrase in capitals
    if (!knownName(key) && lowerPhrases.has(key)) {
      dropped.add(f.name.toLowerCase());
      continue;
    }
    const described = describedAs(tk, f.first, f.next);
    // "via X": the source of a picture or a report; "Z. Nielsen": a person's initial before a surname
    const initial = tk[f.first - 1]?.raw === '.' && /^[A-Z]$/.test(tk[f.first - 2]?.raw ?? '') && f.next - f.first === 1;
    if (tk[f.first - 1]?.low === 'via' || initial) credits.add(f.first);
    // "engineer Priya Nair", "singer Ana Ruiz": a person's role noun right before the name
    else if (PERSON_HEADS.has(tk[f.first - 1]?.low ?? '') && !COMPANY_ROLE_NOUNS.has(tk[f.first - 1]!.low) && !knownName(key)) dropped.add(f.name.toLowerCase());
    // "Orange and Riverside counties", "1 Orange": a well-known name that is also a word, used as the word
    else if (AMBIGUOUS_NAMES.has(key) && usedAsWord(tk, f.first, f.next)) credits.add(f.first);
    // "“Star Wars,”": a name in quotation marks is a title (a film, a show, a book), not a firm
    else if (quotedTitle(tk, f.first, f.next)) credits.add(f.first);
    // "A Song of Ice": a capitalized article inside a sentence starts a title, not a firm's name
    else if ((key.startsWith('a ') || key.startsWith('an ')) && !sentenceStart(tk, f.first)) credits.add(f.first);
    // "the Steelers", "the Democrats": a team, a party or a family named in the plural
    else if (tk[f.first - 1]?.low === 'the' && f.next - f.first === 1 && /[^s'’]s$/.test(key) && !knownName(key)) dropped.add(f.name.toLowerCase());
    else if ((described && described.kind !== 'company') || defined.has(key)) dropped.add(f.name.toLowerCase());
    else if (weakOnly(f) && key.split(' ').length <= 3 && !knownName(key)) {
      // the tagger is slow next to the rules: each name is asked once, and at most PERSON_CHECKS names per article
      let verdict = personChecked.get(key);
      if (verdict === undefined && personChecked.size < PERSON_CHECKS) personChecked.set(key, (verdict = taggedAsPerson(windowOf(tk, f.first, f.next), key)));
      if (verdict === undefined) f.reasons.push('not checked for a person (limit per article reached)');
      if (verdict) dropped.add(f.name.toLowerCase());
    }
  }
  return found.filter((f) => !dropped.has(f.name.toLowerCase()) && !credits.has(f.first));
}

/** Role nouns that a firm takes as well as a person ("investor SoftBank", "partner Acme"). */
const COMPANY_ROLE_NOUNS = new Set(['investor', 'trader', 'partner', 'consultant', 'adviser', 'advisor', 'manager', 'host', 'star', 'veteran', 'expert']);

/** Nouns after a name that make it a place's or a thing's ("Orange County", "Amazon rainforest"). */
const PLACE_OR_THING_NOUNS = new Set(['county', 'counties', 'river', 'rivers', 'rainforest', 'basin', 'region', 'state', 'street',
  'coast', 'valley', 'juice', 'peel', 'tree', 'trees', 'color', 'colour']);

/** A name that is also a common word, used as that word: after a number, or before a place's or a thing's noun. */
function usedAsWord(tk: Token[], first: number, next: number): boolean {
  if (tk[first - 1]?.kind === 'num') return true;
  let k = next;
  if (tk[k]?.low === 'and' && tk[k + 1] && isCap(tk[k + 1]!)) k += 2;
  return PLACE_OR_THING_NOUNS.has(tk[k]?.low ?? '');
}

/** Every run of one to three words the text writes in small letters only, joined by spaces. */
function lowerCasePhrases(tk: Token[]): Set<string> {
  const out = new Set<string>();
  // a word glued into an address ("acme.com", "@acme", "/acme") is not written as a word of the language
  const glued = (k: number) => (tk[k]!.gap === 0 && /^[./@#]$/.test(tk[k - 1]?.raw ?? '')) || (tk[k + 1]?.raw === '.' && tk[k + 1]!.gap === 0 && tk[k + 2]?.gap === 0);
  const small = (k: number) => tk[k]?.kind === 'word' && tk[k]!.raw === tk[k]!.low && !glued(k);
  for (let k = 0; k < tk.length; k++) {
    if (!small(k)) continue;
    let phrase = tk[k]!.low;
    out.add(phrase);
    for (let n = 1; n < 3 && small(k + n) && tk[k + n]!.gap <= 1; n++) out.add((phrase += ` ${tk[k + n]!.low}`));
  }
  return out;
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);

/** The name sits alone inside quotation marks (a closing comma or point may come first: "“Star Wars,”"). */
function quotedTitle(tk: Token[], first: number, next: number): boolean {
  const open = tk[first - 1];
  if (!open || !OPEN_QUOTES.has(open.raw) || tk[first]!.gap !== 0) return false;
  let k = next;
  if (tk[k]?.raw === ',' || tk[k]?.raw === '.') k++;
  // a possessive "’s" is not a closing quote
  return !!tk[k] && CLOSE_QUOTES.has(tk[k]!.raw) && tk[k]!.gap === 0 && tk[k + 1]?.low !== 's';
}

/** Names per article the person tagger is asked about. */
const PERSON_CHECKS = 60;

/** Read as a company by one cue that people's names also get (context, a list, a name's last word). */
function weakOnly(f: Found): boolean {
  return f.reasons.some((r) => r.startsWith('read as a company from context') || r === 'listed beside a company' || r.startsWith('its name ends in'));
}

function windowOf(tk: Token[], first: number, next: number): string {
  return nameOf(tk, Math.max(0, first - 12), Math.min(tk.length, next + 12));
}

export function recognizeCompanies(text: string): CompanyMention[] {
  const tk = tokenize(normalizeText(text));
  return findCompanies(text, tk, () => false).companies;
}
