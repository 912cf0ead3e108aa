import { MONTHS, WEEKDAYS } from '../dates/lexicon.ts';
import { clippedFromOrganization } from './organization-short-forms.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { ambiguousName, industryCompany, withUnseenNames } from './company-lists.ts';
import {
  CAPITALIZED_FUNCTION_WORDS, GIVEN_NAMES, NAME_WORDS, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, MEDIA, NON_COMPANY_NOUNS, PERSON_TITLES, PUBLIC_BANK_WORDS, PUBLIC_BODY_NAMES, PUBLIC_CORPORATION_WORDS, NON_BUSINESS_GROUP_WORDS, PROMOTION_WORDS,
} from './org-lexicon.ts';
import { companyAliases } from './company-aliases.ts';
import { companyContext } from './company-context.ts';
import { ownedOrListedBefore } from './company-standing-cues.ts';
import { possessiveListMates } from './company-possessive-lists.ts';
import { capitalizedChunks, LEADING_TITLES, nameOf, sentenceStart, wordsOf, type Chunk } from './company-chunks.ts';
import { BUSINESS_NAME_ENDS, companiesByEvidence, JOB_TITLES, likelySurnames, personSurnames } from './company-evidence.ts';
import { TRADE_NAME_ENDS } from './company-trade-ends.ts';
import { knownBeforeProduct, knownName, SUBJECT_VERBS, unitOf, unitParents, type Found } from './company-units.ts';
import { keepCompanies, mediumUse, PLATFORMS } from './company-vetoes.ts';
import { taggedNounAt, wholeIsPerson } from './person-check.ts';
import { wellKnownOrganization } from './well-known-organizations.ts';
import { formOnlyReason, GERMAN_LEADING } from './german-capitals.ts';
import { pageLanguage } from '../text/page-language.ts';
import { personNamedFirm } from './company-person-named.ts';
import { listMates } from './company-list-mates.ts';
import { describedAs, thingsPartner } from './company-description.ts';
import { romanceBusinessName } from './romance-business-names.ts';
import { personOfFirm } from './company-person-of.ts';
import { recognizeCountries } from './countries.ts';
import { initialsOrHeading, LEADING_FORMS, legalFormStart, lookAlikeForm } from './legal-forms.ts';

export { capitalizedChunks, sentenceStart, type Chunk } from './company-chunks.ts';

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

export type ChunkKind = 'company' | 'organization' | 'person' | 'place' | 'media' | 'other';

interface Classified {
  kind: ChunkKind;
  first: number;
  next: number;
  strength: 'legal' | 'industry' | 'leading' | 'none';
}

/** Chunks an article may have that are looked up as names written mid-sentence (a bound on the set's size). */
const MAX_CHUNKS = 5000;

/** Nouns of a firm's trade that open a sentence before its name ("Steelmaker Acme said"): not part of the name. */
const LEADING_TRADE_NOUNS = new Set(['miner', 'steelmaker', 'automaker', 'carmaker', 'chipmaker', 'producer', 'maker', 'manufacturer',
  'supplier', 'refiner', 'trader', 'retailer', 'insurer', 'lender', 'developer', 'operator', 'exporter', 'importer', 'smelter',
  'processor', 'shipper', 'brewer', 'conglomerate', 'startup', 'rival', 'peer', 'competitor', 'shipbuilder', 'recycler', 'distributor', 'utility']);

/** An ambiguous known name that opens a sentence and qualifies the noun after it ("Apple growers", "Shell casings"). */
function wordBeforeNoun(tk: Token[], first: number, next: number, joined: string): boolean {
  const after = tk[next];
  if (!ambiguousName(joined) || !sentenceStart(tk, first) || !after || after.kind !== 'word' || after.raw !== after.low) return false;
  // "Apple shares fell": the firm's own shares
  if (after.low === 'shares' || after.low === 'stock') return false;
  return taggedNounAt(nameOf(tk, first, Math.min(tk.length, next + 6)), next - first);
}

/** Words that start the names of places ("Port Vale", "Mount Hess", "Lake Garda"), never a word put before a name. */
const PLACE_PREFIXES = new Set(['port', 'fort', 'mount', 'mt', 'lake', 'cape', 'saint', 'st', 'san', 'santa', 'glen', 'loch', 'isle', 'point']);

/** Strip leading words that are not part of a name (sentence-initial function words, titles). */
function trimChunk(tk: Token[], c: Chunk, midSentence: ReadonlySet<string>, german = false): { first: number; next: number } | null {
  let first = c.first;
  while (first < c.next) {
    const t = tk[first]!;
    const low = t.low;
    if (t.kind !== 'word' || (german && GERMAN_LEADING.has(low) && first + 1 < c.next)) {
      first++;
      continue;
    }
    // "(Like Acme's rivals, ...": a word right after an opening bracket is capitalized as a sentence's first
    const afterBracket = tk[first - 1]?.raw === '(' && t.gap === 0;
    const atStart = sentenceStart(tk, first) || first === c.first && sentenceStart(tk, c.first) || afterBracket;
    // "the" before a name is never part of it for matching ("private equity giant The Carlyle Group")
    // after a stripped word only articles and the like go too: "CEO of New Media Group" keeps "New"
    // "The We Company": a word that leaves only a legal form behind belongs to the name
    // "American Airlines offered ...": a known name keeps its first word at a sentence start
    if (first === c.first && c.next - first <= 4 && knownName(wordsOf(tk, first, c.next).join(' '))) break;
    const onlyFormLeft = low !== 'the' && low !== 'a' && low !== 'an' && c.next - first <= 4 && wordsOf(tk, first + 1, c.next).every((w) => LEGAL_SUFFIXES.has(w));
    // "One of Acme's plants": a count of things the name owns, not a word of its name
    const countOf = low === 'one' && tk[first + 1]?.low === 'of';
    if ((atStart || (first > c.first && !NAME_WORDS.has(low)) || low === 'the') && (CAPITALIZED_FUNCTION_WORDS.has(low) || countOf) && first + 1 < c.next && !onlyFormLeft) {
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
  // "Embattled Boeing CEO ...": a sentence's first word, capitalized only for being first, before a known company
  // ("Ana Ford" keeps its given name)
  const lead = tk[first]!.low;
  if (sentenceStart(tk, first) && tk[first]!.kind === 'word' && !GIVEN_NAMES.has(lead) && !PERSON_TITLES.has(lead) && tk[first + 1]?.kind === 'word' && first + 1 < c.next) {
    const whole = wordsOf(tk, first, c.next).join(' ');
    const rest = wordsOf(tk, first + 1, c.next).join(' ');
    // "Ousted Acme CEO ...", "Steelmaker Acme said": the rest is a name the article writes on its own, or the first word its trade
    const next = tk[first + 1]!.low;
    const restAlone = midSentence.has(rest) && !midSentence.has(whole) && !midSentence.has(`^${lead}`) && !INDUSTRY_SUFFIXES.has(next) && !LEGAL_SUFFIXES.has(next) && !CAPITALIZED_FUNCTION_WORDS.has(next) && !NAME_WORDS.has(next);
    const tradeNoun = LEADING_TRADE_NOUNS.has(lead) && !CAPITALIZED_FUNCTION_WORDS.has(tk[first + 1]!.low) && !INDUSTRY_SUFFIXES.has(rest) && !LEGAL_SUFFIXES.has(rest);
    // "Port Vale", "Harrison Ford": a place's first word, or a given name, belongs to the name that follows it
    const ownsRest = PLACE_PREFIXES.has(lead) || (c.next - first === 2 && knownName(rest) && !tradeNoun && wholeIsPerson(whole));
    if (!knownName(whole) && (knownName(rest) || restAlone || tradeNoun) && !ownsRest) first++;
  }
  return { first, next: c.next };
}


/**
 * "Torimasa Metals of Japan", "Sumitomo Metal Mining of Japan": a firm's name that ends in its trade or legal form, then "of"
 * and a place, is the firm and where it is from ("Bank of Japan", "Royal Bank of Canada" end in no such word: "of" is theirs).
 */
function withoutHomeCountry(tk: Token[], c: { first: number; next: number } | null, isPlace: (f: number, n: number) => boolean): { first: number; next: number } | null {
  if (!c) return c;
  for (let k = c.next - 2; k >= c.first + 2; k--) {
    if (tk[k]!.low !== 'of') continue;
    const form = tk[k - 1]!.low;
    // "Crisp Hollow Snacks of Ohio", "Pell Seafoods of Norway": a trade word of a firm's name ends it as well
    const tradeEnd = INDUSTRY_SUFFIXES.has(form) || BUSINESS_NAME_ENDS.has(form) || TRADE_NAME_ENDS.has(form);
    if ((tradeEnd || (LEGAL_SUFFIXES.has(form) && form !== 'co')) && isPlace(k + 1, c.next)) return { first: c.first, next: k };
    return c;
  }
  return c;
}

/** Legal forms that only a registered business carries (not "company", "holdings" or "co", which other bodies write too). */
const STRICT_LEGAL_FORMS = new Set(['ltd', 'limited', 'plc', 'inc', 'incorporated', 'llc', 'gmbh', 'ag', 'nv', 'bv', 'oyj', 'pjsc', 'jsc', 'bhd', 'berhad', 'tbk']);
/** Nordic and Baltic legal forms that are also common words or names: a legal form only written in capitals ("AS", "SIA", "UAB"). */
const CAPITALS_LEGAL_FORMS = new Set(['as', 'sia', 'uab']);

function capitalsLegalForm(tk: Token[], j: number): boolean {
  const t = tk[j];
  return !!t && CAPITALS_LEGAL_FORMS.has(t.low) && t.raw === t.raw.toUpperCase();
}

function classify(tk: Token[], first: number, next: number, isPlace: (f: number, n: number) => boolean): Classified {
  const words = wordsOf(tk, first, next);
  const joined = words.join(' ');
  const last = words[words.length - 1] ?? '';
  if (MEDIA.has(joined)) return { kind: 'media', first, next, strength: 'none' };
  if (publicBody(tk, first, next, joined) || wellKnownOrganization(joined)) return { kind: 'organization', first, next, strength: 'none' };
  if (isPlace(first, next)) return { kind: 'place', first, next, strength: 'none' };
  if (words.length === 2 && PROMOTION_WORDS.has(words[0]!) && isPlace(first + 1, next)) return { kind: 'organization', first, next, strength: 'none' };
  // "Bangladesh Bank": a bank named by its country alone is that country's central bank ("Yorkshire Bank" is a region's lender)
  const bankPublic = (words.includes('bank') && words.some((x) => PUBLIC_BANK_WORDS.has(x))) || (words.length === 2 && last === 'bank' && countryNamed(tk[first]!.raw));
  // "Steel Authority of India Ltd": a legal form says a business, whatever body noun its name keeps from its past
  const legalForm = words.length >= 3 && STRICT_LEGAL_FORMS.has(last);
  if ((words.some((x) => NON_COMPANY_NOUNS.has(x)) && !legalForm) || bankPublic) return { kind: 'organization', first, next, strength: 'none' };
  // "Hang Seng Index", "Consumer Price Index": a measure, not a firm ("Index Ventures" is one)
  if (last === 'index' && words.length >= 2) return { kind: 'organization', first, next, strength: 'none' };
  // "Environmental Working Group", "Consumer Advocacy Group": a group of people, not a business group
  if (last === 'group' && words.length >= 2 && NON_BUSINESS_GROUP_WORDS.has(words[words.length - 2]!)) return { kind: 'organization', first, next, strength: 'none' };
  const prev = tk[first - 1];
  const formAt = legalFormStart(tk, first, next);
  // "Adelaide SA", "Las Vegas NV": a place and the capitals of its state or country are a place;
  // "Special Edition SE": capitals after the phrase they abbreviate are no legal form
  // "India Inc", "UK plc": a country and a legal form are its business world spoken of as one firm
  if (formAt > 0 && isPlace(first, formAt)) return { kind: 'place', first, next, strength: 'none' };
  // "Unlike plc boards": a legal form needs a name before it, not a sentence's first word
  const noName = formAt > 0 && wordsOf(tk, first, formAt).every((w) => CAPITALIZED_FUNCTION_WORDS.has(w));
  const falseForm = noName || (formAt > 0 && lookAlikeForm(tk, formAt, next) && initialsOrHeading(tk, first, formAt));
  const legalEnd = !falseForm && (formAt > 0 || LEGAL_SUFFIXES.has(last));
  // (a person is never "state-owned" or "Nasdaq-listed": "the state-owned trader X" is a firm)
  // ("its partner X" is a business's partner: "its" speaks of a thing)
  if (prev && prev.kind === 'word' && PERSON_TITLES.has(prev.low) && !legalEnd && !ownedOrListedBefore(tk, first) && !(prev.low === 'partner' && thingsPartner(tk, first - 1))) return { kind: 'person', first, next, strength: 'none' };
  if (words.length >= 2 && LEADING_TITLES.has(words[0]!) && !legalEnd && !INDUSTRY_SUFFIXES.has(last)) return { kind: 'person', first, next, strength: 'none' };
  if (GIVEN_NAMES.has(words[0] ?? '') && words.length >= 2 && words.length <= 3 && !legalEnd && !INDUSTRY_SUFFIXES.has(last)) {
    return { kind: 'person', first, next, strength: 'none' };
  }
  // "Pension Benefit Guaranty Corp.": a public corporation insures or lends for the state
  if ((last === 'corp' || last === 'corporation') && words.some((x, k) => PUBLIC_CORPORATION_WORDS.has(x) || PUBLIC_CORPORATION_WORDS.has(`${x} ${words[k + 1]}`))) return { kind: 'organization', first, next, strength: 'none' };
  // "Banco Austral", "Grupo Fertinal", "Farmacias del Valle": Spanish, Portuguese, Italian and French names open with their trade
  if (romanceBusinessName(words)) return { kind: 'company', first, next, strength: 'leading' };
  if (!falseForm && (formAt > 0 || (words.length >= 2 && LEGAL_SUFFIXES.has(last) && last !== 'as' && last !== 'co' && !bathingSpa(tk, next)) || (last === 'co' && words.length >= 2) || (words.length >= 2 && capitalsLegalForm(tk, next - 1)))) return { kind: 'company', first, next, strength: 'legal' };
  // "PJSC Uralkhim", "OOO Vektor": Russian and Baltic forms stand before the name
  if (words.length >= 2 && LEADING_FORMS.has(tk[first]!.raw) && !isPlace(first + 1, next)) return { kind: 'company', first, next, strength: 'legal' };
  // "Critical Impacts Beyond Rare Earths": a preposition in capitals inside the run is a title-case heading's, not a name's
  if (words.length >= 3 && words.slice(1, -1).some((w) => HEADING_PREPOSITIONS.has(w))) return { kind: 'other', first, next, strength: 'none' };
  // "Big Tech", "Big Oil", "Critical Minerals": a sector or a kind of goods spoken of as a whole
  if (words.length === 2 && COLLECTIVE_WORDS.has(words[0]!)) return { kind: 'other', first, next, strength: 'none' };
  // "Ohio Tech": a place's institute of technology, a university
  if (last === 'tech' && words.length >= 2 && isPlace(first, next - 1)) return { kind: 'organization', first, next, strength: 'none' };
  // "Solidarity International": a cause or a quality gone international is a movement, not a firm
  if (last === 'international' && words.length === 2 && ABSTRACT_NOUN_END.test(words[0]!)) return { kind: 'organization', first, next, strength: 'none' };
  // a first word that often starts a sentence or heading in capitals ("Global", "International") leaves a
  // two-word run in doubt; a longer one is a name ("Global Lighting Technologies")
  if (words.length >= 2 && INDUSTRY_SUFFIXES.has(last) && (!CAPITALIZED_FUNCTION_WORDS.has(words[0]!) || (words.length >= 3 && !sentenceStart(tk, first) && words[0] !== 'the'))) return { kind: 'company', first, next, strength: 'industry' };
  return { kind: 'other', first, next, strength: 'none' };
}

/** "Alpine Spa": a spa in title case is a place to bathe; Italy's form is written "SpA", "SPA" or "S.p.A.". */
function bathingSpa(tk: Token[], next: number): boolean {
  return tk[next - 1]?.raw === 'Spa';
}

/** The one capitalized word is a country's name (not its demonym or capital). */
function countryNamed(word: string): boolean {
  const found = recognizeCountries(word);
  return found.length === 1 && found[0]!.form === 'name' && found[0]!.text === word;
}

/** Prepositions a title-case heading capitalizes and a firm's name keeps in small letters ("Bank of ...", "Made in ..."). */
const HEADING_PREPOSITIONS = new Set(['beyond', 'between', 'through', 'against', 'without', 'within', 'across', 'during', 'toward',
  'towards', 'amid', 'amidst', 'among', 'despite', 'versus', 'vs', 'into', 'onto', 'upon', 'behind', 'beneath', 'alongside']);

/** Words that make "X Tech", "X Oil" a sector, not a firm. */
const COLLECTIVE_WORDS = new Set(['big', 'small', 'major', 'global', 'domestic', 'foreign', 'western', 'chinese', 'american',
  'critical', 'strategic', 'clean', 'renewable', 'precious', 'sustainable']);

/** Endings of abstract nouns (causes, qualities, activities): "Liberty", "Survival", "Rotary", "Awareness". */
const ABSTRACT_NOUN_END = /(?:ty|cy|ness|ism|hood|ival|ary|ance|ence)$/;

/** A public body named by its short name or acronym ("NASA", "the Fed"); short ones count only in capitals. */
function publicBody(tk: Token[], first: number, next: number, joined: string): boolean {
  if (!PUBLIC_BODY_NAMES.has(joined)) return false;
  if (next - first > 1 || joined.length >= 5 || joined === 'fed') return true;
  return tk[first]!.raw === tk[first]!.raw.toUpperCase();
}

/** ", Inc." / ", LLC" right after a name. */
function commaLegalForm(tk: Token[], next: number): boolean {
  const t = tk[next + 1];
  return tk[next]?.raw === ',' && !!t && t.kind === 'word' && t.raw[0] !== t.low[0] && LEGAL_SUFFIXES.has(t.low) && t.low.length >= 2
    && !['as', 'se', 'sa', 'ab', 'ag', 'kg', 'nl', 'company', 'holdings'].includes(t.low);
}

export interface CompanyScan {
  companies: CompanyMention[];
  /** Token ranges of government bodies, agencies, schools, exchanges and media: names, but not companies. */
  organizations: Array<{ first: number; next: number }>;
}

/**
 * Companies in `text` (tokens already made), with aliases merged to the fullest name in the text.
 * `unseen`: names the lists of known companies are to ignore (a benchmark's measure of cues alone).
 */
export function findCompanies(text: string, tk: Token[], isPlace: (first: number, next: number) => boolean, unseen?: readonly string[]): CompanyScan {
  return withUnseenNames(unseen, () => scanCompanies(text, tk, isPlace));
}

/**
 * The capitalized runs of an article trimmed to the names they may be (leading function words, titles and
 * a firm's home country cut off): every name the company reading weighs, before any verdict on it.
 */
export function companyCandidates(tk: Token[], isPlace: (first: number, next: number) => boolean): Array<{ first: number; next: number; person?: true }> {
  const allChunks = capitalizedChunks(tk);
  // names the article writes inside a sentence, where their capitals mean something
  const midSentence = new Set<string>();
  for (const c of allChunks.slice(0, MAX_CHUNKS)) {
    if (sentenceStart(tk, c.first)) continue;
    midSentence.add(c.words.join(' '));
    // the first word too, marked: a word that starts names inside sentences belongs to a name at a sentence start as well
    midSentence.add(`^${c.words[0]}`);
  }
  const german = pageLanguage(tk) === 'de';
  const out: Array<{ first: number; next: number; person?: true }> = [];
  for (const c of allChunks) {
    const whole = trimChunk(tk, c, midSentence, german);
    // "Analyst Jane Roe of Acme Securities": the person goes with the people, the firm is read on its own
    const split = whole && personOfFirm(tk, whole.first, whole.next);
    if (split) out.push({ ...split.person, person: true });
    const trimmed = withoutHomeCountry(tk, split ? split.firm : whole, isPlace);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

function scanCompanies(text: string, tk: Token[], isPlace: (first: number, next: number) => boolean): CompanyScan {
  const found: Found[] = [];
  const others: Array<{ first: number; next: number }> = [];
  const organizations: Array<{ first: number; next: number }> = [];
  const candidates = companyCandidates(tk, isPlace);
  // every name span, the people split off "Analyst Jane Roe of Acme" among them: what the person and list checks read
  const chunks: Array<{ first: number; next: number }> = candidates.map(({ first, next }) => ({ first, next }));
  const german = pageLanguage(tk) === 'de';
  for (const trimmed of candidates) {
    if (trimmed.person) continue;
    const cl = classify(tk, trimmed.first, trimmed.next, isPlace);
    // a legal form keeps its points ("S.p.A.", "Inc."); a sentence's point after any other name goes
    const keepsPoint = LEGAL_SUFFIXES.has(tk[trimmed.next - 2]?.low ?? '') || legalFormStart(tk, trimmed.first, trimmed.next) > 0;
    const name = nameOf(tk, trimmed.first, trimmed.next).replace(/[.,]+$/, (m) => (keepsPoint ? m : ''));
    // "Acme, Inc.", "Acme, LLC": the legal form set off by a comma
    if (cl.kind === 'other' && commaLegalForm(tk, trimmed.next)) {
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: 0.93, reasons: ['legal form after a comma'] });
      continue;
    }
    if (cl.kind === 'company' && german && cl.strength === 'industry' && trimmed.next - trimmed.first <= 2) {
      others.push(trimmed);
      continue;
    }
    // "the chairman of William Pryce": a firm named after a person, by a cue only a business takes
    const personCue = cl.kind === 'person' && GIVEN_NAMES.has(tk[trimmed.first]!.low) ? personNamedFirm(tk, trimmed.first, trimmed.next) : null;
    if (personCue) {
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: 0.75, reasons: ['company name without corporate suffix', `a firm named after a person (${personCue})`] });
      continue;
    }
    if (cl.kind === 'company') {
      const reasons = cl.strength === 'industry' ? ['name ends in an industry word, not a legal form'] : cl.strength === 'leading' ? ['name opens with its trade, as Romance-language firms\' names do'] : [];
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: cl.strength === 'legal' ? 0.95 : 0.88, reasons });
      continue;
    }
    // "the Kessel Institute, the world's largest syringe maker,": a firm's name may end in a body's word; its description says which
    if (cl.kind === 'organization' && FIRM_BODY_ENDS.has(tk[trimmed.next - 1]!.low) && tk[trimmed.next]?.low === ',' && describedAs(tk, trimmed.first, trimmed.next)?.kind === 'company') {
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: 0.75, reasons: ['company name without corporate suffix', 'read as a company from context (described as a company)'] });
      continue;
    }
    if (cl.kind === 'other') others.push(trimmed);
    if (cl.kind === 'organization' || cl.kind === 'media') organizations.push(trimmed);
  }
  // "Google Pixel": the well-known company before a product's name stands for itself
  const products = knownBeforeProduct(tk, others, found);
  found.push(...products);
  const productAt = new Set(products.map((p) => p.first));
  for (let k = others.length - 1; k >= 0; k--) if (productAt.has(others[k]!.first)) others.splice(k, 1);
  // names without a suffix: a known company, or a context that says it is one ("X, a magnet maker");
  // a known name that is the surname of a person the article names ("Mary Ford" ... "Ford's novels") needs the context
  const surnames = personSurnames(tk, chunks);
  const maybeSurnames = likelySurnames(tk, chunks, found);
  for (const o of others) {
    const words = wordsOf(tk, o.first, o.next);
    const joined = words.join(' ');
    const known = industryCompany(joined);
    // a name that is also a word, opening a sentence before a noun it qualifies ("Apple growers expect"),
    // waits for the cues the well-known names need
    if (known && !(words.length === 1 && surnames.has(joined)) && !wordBeforeNoun(tk, o.first, o.next, joined)) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.9, reasons: ['company name without corporate suffix', 'a well-known company'] });
      continue;
    }
    const ctx = companyContext(tk, o.first, o.next);
    // at a sentence start a capital proves nothing, so the word must not be a common one ("Exports, the group said")
    // a one-word name needs two letters, and must not be the surname of someone the article names ("Jane Roe" ... "Roe-owned")
    const oneWord = words.length === 1;
    const unfit = oneWord && (words[0]!.length < 2 || maybeSurnames.has(words[0]!));
    if (ctx && !unfit && !JOB_TITLES.has(words[0]!) && (!sentenceStart(tk, o.first) || words.length >= 2 || !CAPITALIZED_FUNCTION_WORDS.has(words[0]!))) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.75, reasons: ['company name without corporate suffix', `read as a company from context (${ctx})`] });
    }
  }
  const foundAt = new Set(found.map((f) => f.first));
  const evidence = companiesByEvidence(tk, others.filter((o) => !foundAt.has(o.first)), found, chunks, isPlace, organizations);
  found.push(...evidence.companies.filter((e) => !(german && e.next - e.first <= 2 && formOnlyReason(e.reasons))));
  const units = regionalUnits(tk, [...others, ...found], found, isPlace);
  const foundStarts = new Set(found.map((f) => f.first));
  found.push(...units.filter((u) => !foundStarts.has(u.first)));
  // "rivals such as Acme and Borealis Paper": a list with one firm among a firm's peers holds firms
  found.push(...listMates(tk, chunks, found, isPlace, organizations));
  // "Acme's credit card, Borealis's loans and Corvo's accounts": owners compared in a list of possessives are of one kind
  found.push(...possessiveListMates(tk, chunks, found, isPlace));
  const unitNames = new Set(units.map((u) => u.name.toLowerCase()));
  // "Acme" beside "Acme Philippines" stays the parent; a unit's name swallows no other name
  const parents = unitParents(tk, found, isPlace);
  const mergesInto = (own: readonly string[], fuller: string | null) => !!fuller && !unitOf(own, fuller) && !unitNames.has(fuller.toLowerCase()) && !parents.has(own.join(' '));
  // "Statistics Canada" ... "StatsCan": a clipped form of a name the article gives to no company
  const companyAt = new Set(found.map((f) => f.first));
  const organizationWords = [...organizations, ...others].filter((o) => !companyAt.has(o.first)).map((o) => wordsOf(tk, o.first, o.next));
  const kept = keepCompanies(tk, found).filter((f) => f.reasons.length === 0 || !clippedFromOrganization(f.name, organizationWords));
  found.length = 0;
  found.push(...kept);
  // aliases: a later (or earlier) short form of a full name ("Lynas" for "Lynas Rare Earths")
  const full = found.map((f) => ({ name: f.name, words: f.name.toLowerCase().split(/[\s-]+/) })).sort((a, b) => b.name.length - a.name.length);
  const canonicalName = companyAliases(full);
  const out: CompanyMention[] = [];
  const seen = new Set(found.map((f) => f.first));
  // a name the cues made a company in one place is that company wherever else the article writes it
  const byWords = new Map<string, Found>();
  for (const f of found) if (f.reasons.length > 0) byWords.set(wordsOf(tk, f.first, f.next).join(' '), f);
  for (const o of others) {
    if (seen.has(o.first)) continue;
    const words = wordsOf(tk, o.first, o.next);
    if (CAPITALIZED_FUNCTION_WORDS.has(words[0]!) && sentenceStart(tk, o.first)) continue;
    const key = words.join(' ');
    const same = byWords.get(key);
    if (same) {
      found.push({ first: o.first, next: o.next, name: same.name, confidence: Math.min(same.confidence, 0.8), reasons: [...same.reasons.slice(0, 2), 'named so elsewhere in the article'] });
      continue;
    }
    // "Acme" beside "Acme Canada Inc.": the name a regional unit is named after is its parent company
    // (at a sentence start only before a verb a subject takes: "Harbor traffic" opens with a word, not a firm)
    if (parents.has(key) && (!sentenceStart(tk, o.first) || SUBJECT_VERBS.has(tk[o.next]?.low ?? ''))) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.8, reasons: ['company name without corporate suffix', 'the parent of a regional unit the article names'] });
      continue;
    }
    const c = canonicalName(words);
    if (c && !CAPITALIZED_FUNCTION_WORDS.has(words[0]!) && mergesInto(words, c)) {
      found.push({ first: o.first, next: o.next, name: c, confidence: 0.85, reasons: [`short form of '${c}' in the same article`] });
    }
  }
  const named = found.map((f) => {
    const own = f.name.toLowerCase().split(/[\s-]+/);
    const fuller = canonicalName(own);
    return { f, name: evidence.aliases.get(f.name.toLowerCase()) ?? (mergesInto(own, fuller) ? fuller : null) ?? f.name };
  });
  const support = evidenceKinds(named);
  for (const { f, name } of named) {
    const start = tk[f.first]!.start;
    const end = tk[f.next - 1]!.end;
    const reasons = f.reasons.length === 0 ? f.reasons : [...f.reasons, support.get(name)! > 1 ? 'several kinds of evidence in the article' : 'one kind of evidence in the article'];
    const cited = citedAsSource(tk, f.first, f.next);
    // "she told Dalton & Pryce": a name only its ampersand made a firm, told what a source says, is the outlet reporting the story
    if (tk[f.first - 1]?.low === 'told' && f.reasons.some((r) => r.includes("joined by '&'"))) continue;
    if (cited) reasons.push('cited as a source');
    // annotators count a platform named as where people posted ("on Twitter") as its company only at times
    if (PLATFORMS.has(wordsOf(tk, f.first, f.next).join(' ')) && mediumUse(tk, f.first, f.next)) reasons.push('named as where something was posted');
    out.push({ text: text.slice(start, end), start, end, name, confidence: f.confidence, reasons, firstToken: f.first, nextToken: f.next });
  }
  return { companies: out.sort((a, b) => a.start - b.start), organizations };
}

/** Body words that firms' names end in too ("Serum Institute", "Bell Laboratories"); not places' or schools'. */
const FIRM_BODY_ENDS = new Set(['institute', 'laboratories', 'laboratory', 'labs']);

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
const REPORT_FOLLOWERS = new Set(['that', ',', '.', 'on', 'earlier', 'last', 'in', 'citing', 'this', 'late', 'previously']);

/** "according to X", "told X", "X reported": the article cites the name as where it learnt something. */
function citedAsSource(tk: Token[], first: number, next: number): boolean {
  const before = tk[first - 1]?.low ?? '';
  // "X reported strong sales" is the firm's own news; "X reported that", "X first reported" cites it
  const reportedIt = SOURCE_VERBS.has(tk[next]?.low ?? '') && REPORT_FOLLOWERS.has(tk[next + 1]?.low ?? '');
  return (before === 'to' && tk[first - 2]?.low === 'according') || before === 'told' || reportedIt || (SOURCE_VERBS.has(tk[next + 1]?.low ?? '') && tk[next]?.low === 'first');
}

/**
 * "Acme Philippines", "Acme Europe": a company the article names, then a place, is that company's unit
 * there (names of at most 4 tokens, among the candidates and the companies found; the prefix must be a
 * company found elsewhere in the text).
 */
function regionalUnits(tk: Token[], others: ReadonlyArray<{ first: number; next: number }>, found: readonly Found[], isPlace: (f: number, n: number) => boolean): Found[] {
  const companies = new Set(found.map((f) => wordsOf(tk, f.first, f.next).join(' ')));
  const out: Found[] = [];
  for (const o of others) {
    if (o.next - o.first < 2 || o.next - o.first > 4) continue;
    for (let cut = o.first + 1; cut < o.next; cut++) {
      if (!companies.has(wordsOf(tk, o.first, cut).join(' ')) || !isPlace(cut, o.next)) continue;
      out.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.8, reasons: ['company name without corporate suffix', 'a regional unit of a company the article names'] });
      break;
    }
  }
  return out;
}

export function recognizeCompanies(text: string): CompanyMention[] {
  const tk = tokenize(normalizeText(text));
  return findCompanies(text, tk, () => false).companies;
}
