import { MONTHS, WEEKDAYS } from '../dates/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import { CAPITALIZED_FUNCTION_WORDS, GIVEN_NAMES, LEGAL_SUFFIXES, PERSON_TITLES } from './org-lexicon.ts';
import { ambiguousName, wellKnownCompany } from './company-lists.ts';
import { anaphoraAntecedents } from './company-anaphora.ts';
import { companyContext } from './company-context.ts';
import { withoutObject } from './company-clause-cues.ts';
import { possessedNoun } from './company-possessions.ts';
import { tradeEndedName } from './company-trade-ends.ts';

/**
 * Companies named without a legal form, read from the whole article: a well-known name, a brand written
 * in camel case, words around the name that only a business takes ("shares of X", "X's chief executive",
 * "founder of X", "X announced", "(NYSE: X)"), a list that already holds a company, or the short name an
 * article gives a company after its legal name ("Acme Widgets Ltd (AWL)"). Names the article also uses
 * for people ("Jane Garrett" ... "Garrett said") and places are left out.
 */

export interface Span {
  first: number;
  next: number;
}

export interface Evidenced extends Span {
  name: string;
  confidence: number;
  reasons: string[];
}

/** Titles of people at a company: never a company themselves, and "CEO of X" says X is one. */
export const JOB_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co', 'cofounder', 'chairman', 'chairwoman', 'chair', 'president',
  'head', 'director', 'chief', 'executive', 'officer', 'vp', 'manager', 'partner', 'owner', 'spokesman', 'spokeswoman', 'spokesperson',
  'analyst', 'engineer', 'employee', 'employees', 'investor', 'investors', 'shareholders', 'boss']);

/** Verbs whose subject is nearly always a business ("X unveiled", "X acquired"). */
const BUSINESS_VERBS = new Set(['announced', 'announces', 'unveiled', 'unveils', 'launched', 'launches', 'acquired', 'acquires', 'revealed',
  'bought', 'buys', 'manufactures', 'ships', 'shipped', 'hired', 'employs', 'laid', 'sells', 'invested', 'partnered', 'merged',
  'debuted', 'recalled']);
/** Verbs of BUSINESS_VERBS a product takes too, without an object ("the console ships next week"). */
const LAUNCH_VERBS = new Set(['launched', 'launches', 'debuted', 'ships', 'shipped', 'unveiled']);
/** Verbs after a sentence's first word that make an ambiguous well-known name its company ("Amazon said ..."). */
const CORPORATE_SUBJECT_VERBS = new Set(['said', 'says', 'reported', 'reports', 'announced', 'posted', 'plans', 'agreed', 'expects',
  'declined', 'confirmed', 'shares', 'stock']);
/**
 * Verbs after a name that opens a sentence that a firm does and a kind of goods or a field does not ("Harlow Dairy said",
 * "Ardmere Glass opened its plant"; not "Arabica Coffee is", "Mobile Gaming has grown").
 */
// ("reported" and "told" left out: "CBS Sports reported the fine first" cites a channel as the source of a story)
const FIRM_ACTS = new Set(['said', 'says', 'announced', 'plans', 'agreed', 'employs', 'operates', 'owns', 'hired', 'acquired',
  'bought', 'opened', 'launched', 'posted', 'declined', 'confirmed']);
/** Last words of business names that carry no legal form ("Acme Studios", "Northwind Media"). */
export const BUSINESS_NAME_ENDS = new Set(['media', 'productions', 'studios', 'studio', 'entertainment', 'pictures', 'animation', 'software',
  'airways', 'airline', 'foods', 'beverages', 'pharma', 'biotech', 'therapeutics', 'motors', 'apparel', 'hotels', 'resorts', 'suites',
  'records', 'publishing', 'books', 'bank', 'bancorp', 'financial', 'payments', 'wireless', 'telecom', 'stores', 'biosciences',
  'genomics', 'diagnostics', 'healthcare', 'dynamics', 'interactive', 'broadband', 'insurance', 'realty', 'properties', 'homes',
  'construction', 'freight', 'brewing', 'brewery', 'cosmetics', 'restaurants', 'casinos', 'cinemas', 'motorsports', 'aviation',
  'biologics', 'pharmaceutical', 'medical', 'semiconductors', 'retail', 'markets', 'cable', 'outfitters', 'supermarkets',
  // trades whose firms are named for them the world over ("Hatton Textiles", "Kirra Breweries", "Delta Agro")
  'textiles', 'mills', 'garments', 'knitwear', 'apparels', 'fashions', 'spinning', 'breweries', 'distillers', 'distilleries', 'dairies',
  'plantations', 'agro', 'packaging', 'plastics', 'polymers', 'ceramics', 'tobacco', 'pharmacies', 'shipyards', 'shipbuilding',
  'tyres', 'tires', 'fertilisers', 'fertilizers', 'agrochemicals', 'petrochemicals', 'poultry', 'bakeries', 'confectionery', 'jewellers',
  'jewelers', 'footwear', 'couriers', 'haulage', 'leasing', 'microfinance', 'reinsurance', 'assurance', 'renewables', 'drilling',
  'hospitality', 'catering', 'outsourcing', 'biopharma', 'refineries', 'steels', 'cables', 'telecoms']);
/** Common terms of computing written in camel case: products and languages, not companies. */
const CAMEL_TERMS = new Set(['javascript', 'typescript', 'powerpoint', 'playstation', 'macbook', 'iphone', 'ipad', 'facetime', 'airpods',
  'wifi', 'bluetooth', 'usb', 'covid', 'linkedin', 'youtube', 'whatsapp', 'wechat', 'github', 'chatgpt', 'mcdonald', 'itunes', 'icloud',
  'imessage', 'imac', 'ipod', 'ipados', 'macos', 'ios', 'watchos', 'tvos', 'airdrop', 'airplay', 'airtag', 'homepod', 'ebook', 'ebooks',
  'email', 'esports', 'esim', 'ereader', 'epaper', 'emagazine', 'ecommerce', 'evtol', 'postgresql', 'mysql', 'mongodb', 'nodejs', 'openstreetmap']);
const LISTED = /^(nyse|nasdaq|asx|tsx|lse|hkex|sse|szse|tse|otc|nyse american|euronext|bse|nse|sgx|krx|jse)$/;

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

function wordsIn(tk: Token[], s: Span): string[] {
  const out: string[] = [];
  for (let k = s.first; k < s.next; k++) if (tk[k]!.kind === 'word' || tk[k]!.kind === 'num') out.push(tk[k]!.low);
  return out;
}

function rawName(tk: Token[], s: Span): string {
  let out = '';
  for (let k = s.first; k < s.next; k++) out += (k > s.first && tk[k]!.gap > 0 ? ' ' : '') + tk[k]!.raw;
  return out;
}

function atSentenceStart(tk: Token[], j: number): boolean {
  if (j === 0 || tk[j]!.gap >= 2) return true;
  const p = tk[j - 1]!.raw;
  if (p === '.' || p === '!' || p === '?' || p === ':') return true;
  // an opening quote (space before it, glued to the word) starts a sentence; a closing one does not
  return (p === '"' || p === '“') && tk[j]!.gap === 0 && (j < 2 || tk[j - 1]!.gap >= 1);
}

/** One word with a capital after a small letter ("DoorDash", "iFixit"): a brand, not a word or a name. */
function camelBrand(tk: Token[], s: Span): boolean {
  if (s.next - s.first !== 1) return false;
  const w = tk[s.first]!.raw;
  if (w.length < 4 || /^(?:Mc|Mac|O)[A-Z]/.test(w) || /^[a-z]?[A-Z]+s?$/.test(w) || CAMEL_TERMS.has(w.toLowerCase()) || CAMEL_TERMS.has(w.toLowerCase().replace(/s$/, ''))) return false;
  if (/^i[A-Z]/.test(w) && !/^i[A-Z][a-z]+[a-z]{3}$/.test(w)) return false;
  // "MegaDEAL", "NanoGPU": a word glued to an acronym is a coinage; letters outside A-Z are another script's text
  // "NdFeB", "LiOH", "PhD": capitals with at most one small letter after each are chemical formulas and abbreviations
  // "VMware", "JPMorgan": two or three capitals before a word in small letters are a brand's initials glued to it
  if (/^[A-Z]{2,3}[a-z]{3,}$/.test(w) && !CAMEL_TERMS.has(w.toLowerCase())) return true;
  return /[a-z][A-Z]/.test(w) && /^[A-Za-z]+$/.test(w) && !/[A-Z]{3,}$/.test(w) && /[a-z]{2}/.test(w);
}

/**
 * Apps, devices, games and programmes are spelt in camel case as often as the firms that make them, so
 * the spelling alone is no evidence of a business: it takes a corporate verb after the name or a
 * business cue around it as well.
 */
function camelBacked(tk: Token[], s: Span): boolean {
  return CORPORATE_SUBJECT_VERBS.has(low(tk, s.next)) || contextEvidence(tk, s) !== null || companyContext(tk, s.first, s.next) !== null;
}

/** Endings of abstract and common nouns ("Research & Development", "Health & Wellness"): topics, not partners' names. */
const COMMON_NOUN_END = /(?:tion|sion|ment|ness|ity|ing|ics|ure|ance|ence|ism|ship|ogy|ies)$/;

/**
 * "Dalton & Pryce", "Harrow & Finch": two surnames joined by an ampersand name a partnership or a firm
 * named after its founders (not given names, not "the X & Y", not nouns of a topic).
 */
function partnersName(tk: Token[], s: Span): boolean {
  if (s.next - s.first !== 3 || tk[s.first + 1]!.raw !== '&' || low(tk, s.first - 1) === 'the') return false;
  const sides = [tk[s.first]!, tk[s.first + 2]!];
  return sides.every((t) => t.kind === 'word' && /^[A-Z][a-z]{2,}$/.test(t.raw) && !COMMON_NOUN_END.test(t.low)) && !GIVEN_NAMES.has(sides[0]!.low);
}

/** "Acme's AirBuds", "Acme's ZenPhone": a product in camel case after a possessive is its maker's. */
function camelProductAt(tk: Token[], k: number): boolean {
  const t = tk[k];
  if (!t || t.kind !== 'word' || !(/^[a-z]?[A-Z][a-z]+[A-Z][a-z]+$/.test(t.raw) || (CAMEL_TERMS.has(t.low) && t.raw !== t.low))) return false;
  // "Forest Hill's WoodSpring Suites": a camel-case word that starts a longer name is a business a place has, not a product
  const after = tk[k + 1];
  return !after || after.gap !== 1 || after.kind !== 'word' || after.raw === after.low;
}

/**
 * Last words of people's names in the article: of a given name and surname, of "Mr. X" (`sure`), and of
 * any two or three capitalized words that are not a company (`likely`: "Jane Roe" ... "Roe said").
 */
function peopleSurnames(tk: Token[], chunks: readonly Span[], companyStarts: Set<number>): { sure: Set<string>; likely: Set<string> } {
  const sure = new Set<string>();
  const likely = new Set<string>();
  for (const c of chunks) {
    const words = wordsIn(tk, c);
    const last = words[words.length - 1] ?? '';
    if (words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(words[0]!) && !LEGAL_SUFFIXES.has(last)) sure.add(last);
    const prev = tk[c.first - 1];
    if (words.length === 1 && prev && PERSON_TITLES.has(prev.low) && !JOB_TITLES.has(prev.low)) sure.add(words[0]!);
    if (words.length >= 2 && words.length <= 3 && !companyStarts.has(c.first) && !LEGAL_SUFFIXES.has(last) && !BUSINESS_NAME_ENDS.has(last) && words.every((w) => /^\p{L}+$/u.test(w))) likely.add(last);
  }
  return { sure, likely };
}

/** Surnames the article gives people ("Jane Roe", "John M. Roe", "Mr. Roe"): words a known company's name may share. */
export function personSurnames(tk: Token[], chunks: readonly Span[]): Set<string> {
  return peopleSurnames(tk, chunks, new Set()).sure;
}

/** Last words of two or three capitalized words that are no company found (`found`): likely people's surnames. */
export function likelySurnames(tk: Token[], chunks: readonly Span[], found: readonly Span[]): Set<string> {
  const people = peopleSurnames(tk, chunks, new Set(found.map((f) => f.first)));
  return new Set([...people.sure, ...people.likely]);
}

/** The words around a name that say it is a business, or null. */
function contextEvidence(tk: Token[], s: Span): string | null {
  const after = low(tk, s.next);
  const possessive = (after === "'" || after === '’') && (low(tk, s.next + 1) === 's' || tk[s.next + 1]?.gap !== 0);
  if (possessive) {
    const k = low(tk, s.next + 1) === 's' ? s.next + 2 : s.next + 1;
    const noun = possessedNoun(tk, k);
    if (noun) return `owns its ${noun}`;
    if (camelProductAt(tk, k)) return 'owns a product in camel case';
  }
  // "Acme launched a phone", not "the Zunio console launches tomorrow" (a product's own launch)
  if (BUSINESS_VERBS.has(after) && tk[s.next]!.gap === 1 && !(LAUNCH_VERBS.has(after) && withoutObject(tk, s.next))) return `subject of '${after}'`;
  // "Acme has acquired", "Acme had launched"
  if ((after === 'has' || after === 'had') && BUSINESS_VERBS.has(low(tk, s.next + 1))) return `subject of '${low(tk, s.next + 1)}'`;
  // "Amazon founder Jeff Bezos", "Acme CEO Jane Roe"
  if ((after === 'founder' || after === 'ceo' || after === 'co' || after === 'chief' || after === 'cofounder' || after === 'spokesperson' || after === 'spokesman' || after === 'spokeswoman') && tk[s.next]!.gap === 1) return 'its people are named after it';
  // "founder of X", "the CEO of X", "shares in X"; "vice president of Product Programs at Acme" heads a department of Acme
  if (low(tk, s.first - 1) === 'of' && JOB_TITLES.has(low(tk, s.first - 2)) && !['at', 'for'].includes(after)) return 'someone leads or works there';
  if (low(tk, s.first - 1) === 'in' && (low(tk, s.first - 2) === 'shares' || low(tk, s.first - 2) === 'stake')) return 'its shares are held';
  // "X (NYSE: XYZ)"
  if (after === '(' && LISTED.test(low(tk, s.next + 1))) return 'stock ticker';
  return null;
}

function guarded(tk: Token[], s: Span, words: string[], surnames: Set<string>, isPlace: (f: number, n: number) => boolean): boolean {
  if (words.length === 0 || words.length > 4) return true;
  // hashtags and handles; a legal form alone; part of a longer name ("Office of the Inspector General")
  const before = tk[s.first - 1]?.raw ?? '';
  if ((before === '#' || before === '@') && tk[s.first]!.gap === 0) return true;
  if (words.length === 1 && LEGAL_SUFFIXES.has(words[0]!)) return true;
  // "MPs", "CEOs", "NGOs": an abbreviation in the plural names many of a kind, not one firm
  if (s.next - s.first === 1 && /^[A-Z]{2,5}s$/.test(tk[s.first]!.raw)) return true;
  // "iPhones shipped": a product or a term of computing, whatever verb follows it
  if (words.length === 1 && (CAMEL_TERMS.has(words[0]!) || CAMEL_TERMS.has(words[0]!.replace(/s$/, '')))) return true;
  if (low(tk, s.first - 1) === 'the' && low(tk, s.first - 2) === 'of') return true;
  if (tk[s.next]?.raw === '-' && tk[s.next]!.gap === 0) return true;
  if (words.every((w) => JOB_TITLES.has(w) || PERSON_TITLES.has(w))) return true;
  if (words.length === 1 && (MONTHS[words[0]!] !== undefined || WEEKDAYS[words[0]!] !== undefined || words[0]!.length < 2)) return true;
  if (words.length === 1 && surnames.has(words[0]!)) return true;
  if (GIVEN_NAMES.has(words[0]!) && words.length >= 2) return true;
  if (isPlace(s.first, s.next)) return true;
  if (atSentenceStart(tk, s.first) && words.length === 1 && CAPITALIZED_FUNCTION_WORDS.has(words[0]!)) return true;
  return false;
}

/** "CEO of Hipcricket": the name after a title and "of", or the chunk itself. */
function afterTitle(tk: Token[], s: Span): Span {
  if (JOB_TITLES.has(low(tk, s.first)) && low(tk, s.first + 1) === 'of' && s.first + 2 < s.next) return { first: s.first + 2, next: s.next };
  if (JOB_TITLES.has(low(tk, s.first)) && JOB_TITLES.has(low(tk, s.first + 1)) && low(tk, s.first + 2) === 'of' && s.first + 3 < s.next) return { first: s.first + 3, next: s.next };
  return s;
}

/** Chunks joined to the one at `i` by commas, "and", "or" (a coordination), in order. */
function listMates(tk: Token[], chunks: readonly Span[], i: number): number[] {
  const joins = (a: Span, b: Span): boolean => {
    let k = a.next;
    let seen = 0;
    while (k < b.first && seen < 3) {
      const w = low(tk, k);
      // "Macy's, Kellogg's and NBC": a possessive ending stays with its name
      if ((w === "'" || w === '’') && low(tk, k + 1) === 's') {
        k += 2;
        continue;
      }
      // "Acme/Acmenet, Initech": a brand written with its other name after a slash
      if (w === '/' && tk[k + 1]?.gap === 0 && tk[k + 1]?.kind === 'word' && tk[k]!.gap === 0) {
        k += 2;
        continue;
      }
      if (w !== ',' && w !== 'and' && w !== 'or' && w !== '&') return false;
      k++;
      seen++;
    }
    return k === b.first && seen > 0;
  };
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 12 && joins(chunks[j]!, chunks[j + 1]!); j--) out.push(j);
  for (let j = i + 1; j < chunks.length && j <= i + 12 && joins(chunks[j - 1]!, chunks[j]!); j++) out.push(j);
  return out;
}

/**
 * Companies among the capitalized names no legal form marked (`others`, in text order), given those
 * already found (`found`) and every name chunk of the article (`chunks`, for the people filter).
 * Returns the new companies and the short names that stand for a found company ("awl" -> full name).
 */
export function companiesByEvidence(
  tk: Token[],
  others: readonly Span[],
  found: readonly Evidenced[],
  chunks: readonly Span[],
  isPlace: (first: number, next: number) => boolean,
  bodies: readonly Span[] = [],
): { companies: Evidenced[]; aliases: Map<string, string> } {
  const people = peopleSurnames(tk, chunks, new Set(found.map((f) => f.first)));
  const surnames = people.sure;
  const maybePeople = new Set([...people.sure, ...people.likely]);
  const aliases = new Map<string, string>();
  // "Acme Widgets Ltd (AWL)", "Acme Widgets Ltd (NYSE: AWL)": the short form stands for the full name
  for (const f of found) {
    let k = f.next;
    if (low(tk, k) !== '(') continue;
    k++;
    if (LISTED.test(low(tk, k)) && tk[k + 1]?.raw === ':') k += 2;
    const t = tk[k];
    if (t && t.kind === 'word' && t.raw === t.raw.toUpperCase() && t.raw.length >= 2 && tk[k + 1]?.raw === ')') aliases.set(t.low, f.name);
  }
  const out: Evidenced[] = [];
  const byKey = new Map<string, Evidenced>();
  const isCompany = new Uint8Array(others.length);
  const noListAnchor = new Set<number>();
  const spans: Span[] = others.map((o) => afterTitle(tk, o));
  // where unambiguous companies sit: an ambiguous known name beside one of them is in business company
  const anchors = [
    ...found.map((f) => f.first),
    ...spans.filter((s) => {
      const key = wordsIn(tk, s).join(' ');
      return !!wellKnownCompany(key) && !ambiguousName(key);
    }).map((s) => s.first),
  ];
  others.forEach((_, i) => {
    const s = spans[i]!;
    const words = wordsIn(tk, s);
    const key = words.join(' ');
    if (guarded(tk, s, words, surnames, isPlace)) return;
    const alias = aliases.get(key);
    const known = wellKnownCompany(key);
    let reason: string | null = null;
    let confidence = 0.8;
    if (alias) {
      reason = `short name the article gives '${alias}'`;
      confidence = 0.9;
    } else if (known && (!ambiguousName(key) || ambiguousNameBacked(tk, s, anchors))) {
      reason = 'a well-known company';
      confidence = 0.88;
    } else if (words.length === 1 && maybePeople.has(key)) {
      return;
    } else if (camelBrand(tk, s) && camelBacked(tk, s)) {
      reason = 'a brand written in camel case';
      confidence = 0.7;
    } else if (words.length >= 2 && ((BUSINESS_NAME_ENDS.has(words[words.length - 1]!) && !atSentenceStart(tk, s.first)) || (tradeEndedName(tk, s.first, s.next, words, isPlace) && (!atSentenceStart(tk, s.first) || FIRM_ACTS.has(low(tk, s.next)))))) {
      reason = `its name ends in '${words[words.length - 1]}'`;
      confidence = 0.75;
    } else if (partnersName(tk, s) && !atSentenceStart(tk, s.first) && !isPlace(s.first, s.first + 1) && !isPlace(s.next - 1, s.next)) {
      reason = "read as a company from context (partners' names joined by '&')";
      confidence = 0.75;
      // the name's form alone says so: too little to make the names listed beside it firms too
      noListAnchor.add(i);
    } else {
      const ctx = contextEvidence(tk, s);
      if (ctx && !(atSentenceStart(tk, s.first) && words.length === 1 && CAPITALIZED_FUNCTION_WORDS.has(words[0]!))) reason = `read as a company from context (${ctx})`;
      confidence = 0.75;
    }
    if (!reason) return;
    isCompany[i] = 1;
    const e: Evidenced = { ...s, name: alias ?? known ?? rawName(tk, s), confidence, reasons: ['company name without corporate suffix', reason] };
    out.push(e);
    if (!byKey.has(key)) byKey.set(key, e);
  });
  // "Acme posted a loss. The company said ...": the one name the sentence before holds is the company
  for (const at of anaphoraAntecedents(tk, spans, found)) {
    if (isCompany[at]) continue;
    const s = spans[at]!;
    const words = wordsIn(tk, s);
    if (guarded(tk, s, words, maybePeople, isPlace) || (words.length === 1 && maybePeople.has(words[0]!))) continue;
    if (atSentenceStart(tk, s.first) && words.length === 1 && CAPITALIZED_FUNCTION_WORDS.has(words[0]!)) continue;
    isCompany[at] = 1;
    const e: Evidenced = { ...s, name: rawName(tk, s), confidence: 0.7, reasons: ['company name without corporate suffix', "the article goes on to call it 'the company'"] };
    out.push(e);
    if (!byKey.has(words.join(' '))) byKey.set(words.join(' '), e);
  }
  // companies known before this pass take part in lists too
  const foundStarts = new Set(found.map((f) => f.first));
  // public bodies hold a list together too ("Acme, the FDA and Initech"), though never made companies by it
  const allChunks = [...others.map((o, i) => ({ span: o, i })), ...found.map((f) => ({ span: f as Span, i: -1 })), ...bodies.map((b) => ({ span: b, i: -2 }))]
    .sort((a, b) => a.span.first - b.span.first);
  const chunkSpans = allChunks.map((x) => x.span);
  allChunks.forEach((c, at) => {
    if (c.i === -2 || noListAnchor.has(c.i) || !(c.i >= 0 ? isCompany[c.i] : foundStarts.has(c.span.first))) return;
    const mates = listMates(tk, chunkSpans, at);
    // two names joined by "and" are as often a pair of people or places; three or more in a row that hold a company are a list of them
    if (mates.length < 2) return;
    for (const m of mates) {
      const mate = allChunks[m]!;
      if (mate.i < 0 || isCompany[mate.i]) continue;
      const s = spans[mate.i]!;
      const words = wordsIn(tk, s);
      if (guarded(tk, s, words, maybePeople, isPlace) || atSentenceStart(tk, s.first)) continue;
      isCompany[mate.i] = 1;
      const e: Evidenced = { ...s, name: rawName(tk, s), confidence: 0.7, reasons: ['company name without corporate suffix', 'listed beside a company'] };
      out.push(e);
      if (!byKey.has(words.join(' '))) byKey.set(words.join(' '), e);
    }
  });
  // a name read as a company once is that company wherever else the article writes it
  others.forEach((o, i) => {
    if (isCompany[i]) return;
    const s = spans[i]!;
    const words = wordsIn(tk, s);
    const e = byKey.get(words.join(' '));
    if (!e || guarded(tk, s, words, surnames, isPlace)) return;
    isCompany[i] = 1;
    out.push({ ...s, name: e.name, confidence: e.confidence, reasons: [...e.reasons, 'named so elsewhere in the article'] });
  });
  return { companies: out, aliases };
}

/**
 * A known name that is also a word, a given name or a surname ("Unity", "Benchmark", "Williams") is a
 * company only with a cue: a corporate verb after it, business words around it, or another company
 * listed beside it. Being capitalised mid-sentence is not enough (titles, names and programmes are
 * capitalised too).
 */
function ambiguousNameBacked(tk: Token[], s: Span, anchors: readonly number[]): boolean {
  if (low(tk, s.first - 1) === 'the' || (atSentenceStart(tk, s.first) && !CORPORATE_SUBJECT_VERBS.has(low(tk, s.next)))) return false;
  if (CORPORATE_SUBJECT_VERBS.has(low(tk, s.next)) || contextEvidence(tk, s) !== null || companyContext(tk, s.first, s.next) !== null) return true;
  return anchors.some((a) => a !== s.first && Math.abs(a - s.first) <= NEAR_ANCHOR_TOKENS) || tradeWordNear(tk, s);
}

/** Words of business and of the goods well-known firms sell: one near a name that is also a word makes it the firm's. */
const TRADE_WORDS = new Set(['company', 'companies', 'firm', 'retailer', 'retailers', 'shares', 'stock', 'investors', 'customers',
  'users', 'subscribers', 'shoppers', 'sellers', 'app', 'apps', 'online', 'store', 'stores', 'shopping', 'sales', 'revenue', 'profit',
  'ceo', 'brand', 'brands', 'products', 'devices', 'device', 'platform', 'startup', 'smartphone', 'smartphones', 'iphone', 'laptop',
  'software', 'streaming', 'delivery', 'deliveries', 'orders', 'e-commerce', 'ecommerce', 'tech', 'chips', 'prime', 'cloud',
  'subscription', 'marketplace', 'warehouse', 'warehouses', 'merchandise', 'supermarket', 'chain', 'sold', 'selling', 'sells',
  'bought', 'discount', 'discounts', 'discounted', 'listing', 'listings', 'laptops', 'phone', 'phones', 'televisions']);

/** A trade word within a few tokens of the name, in its own sentence. */
function tradeWordNear(tk: Token[], s: Span): boolean {
  for (let k = s.first - 1; k >= Math.max(0, s.first - NEAR_TRADE_TOKENS) && !/^[.!?]$/.test(tk[k]!.raw); k--) if (TRADE_WORDS.has(tk[k]!.low)) return true;
  for (let k = s.next; k < Math.min(tk.length, s.next + NEAR_TRADE_TOKENS) && !/^[.!?]$/.test(tk[k]!.raw); k++) if (TRADE_WORDS.has(tk[k]!.low)) return true;
  return false;
}

const NEAR_TRADE_TOKENS = 10;

/** How close (in tokens) an unambiguous company must be to vouch for an ambiguous one: a short list. */
const NEAR_ANCHOR_TOKENS = 8;
