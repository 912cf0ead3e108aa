import type { Token } from '../text/tokenize.ts';
import { headKind } from './company-description.ts';
import { sentenceStart } from './company-chunks.ts';

/**
 * A noun in small letters right before a name says what the name is: "the supporters' trust X", "the think tank X",
 * "the drama X". When the noun is a body that is no business, or a work, an event or a scheme, the name is no firm,
 * whatever it owns or sells.
 */

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Words no noun phrase holds between its determiner and its noun. */
const PHRASE_BREAKS = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'which', 'who', 'is', 'was',
  'are', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'did', 'does', 'do',
  'not', 'said', 'says']);

/** A determiner or a possessive opens the phrase whose noun is at `k` ("the supporters' trust", "Acme's new drama"), not a verb's "to". */
function determinedNoun(tk: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tk[j]!;
    if (DETERMINERS.has(t.low) || (t.low === 's' && (tk[j - 1]?.raw === "'" || tk[j - 1]?.raw === '’'))) return true;
    // "Consumer group X said": a phrase that opens its sentence needs no determiner
    if (t.kind === 'word' && sentenceStart(tk, j) && !PHRASE_BREAKS.has(t.low)) return true;
    // ("voted to force X": a verb or a preposition ends the phrase before any determiner is reached)
    const modifier = t.kind === 'word' && t.raw === t.low && !PHRASE_BREAKS.has(t.low) && !t.low.endsWith('ed');
    if (!modifier && t.raw !== '-' && t.raw !== "'" && t.raw !== '’') return false;
  }
  return false;
}

/** Words that may follow a name its noun introduces: punctuation aside, a verb of the subject or a clause's start. */
const AFTER_INTRODUCED = new Set(['said', 'says', 'which', 'who', 'whose', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will',
  'would', 'also', 'warned', 'called', 'wants', 'and', 'in', 'of', 'on', 'at', 'for', 'to', 'from', 'with', 'told', 'added', 'argued']);
/** Qualifiers that make a trust a business ("an investment trust X"); any other trust is a charity's or members' body. */
const BUSINESS_TRUST_WORDS = new Set(['investment', 'unit', 'bank', 'banking', 'mortgage', 'income', 'growth', 'capital', 'realty', 'title',
  'savings', 'wealth', 'royalty', 'deposit', 'equity', 'property', 'reit', 'energy', 'infrastructure', 'business', 'trading']);
/** Nouns of works, events and schemes whose titles follow them ("the drama Harbour Capital", "the mission Lunar Gate"). */
const WORK_NOUNS = new Set(['film', 'movie', 'series', 'show', 'drama', 'documentary', 'sitcom', 'thriller', 'comedy', 'album', 'song',
  'novel', 'book', 'game', 'podcast', 'musical', 'opera', 'festival', 'tournament', 'competition', 'cup',
  'award', 'awards', 'prize', 'programme', 'program', 'scheme', 'project', 'mission', 'journal', 'exhibition', 'conference', 'summit']);
/** Past forms, without "-ed", of verbs a firm's clause about a work takes ("the film Acme made"). */
const IRREGULAR_PAST = new Set(['made', 'built', 'bought', 'sold', 'ran', 'run', 'won', 'held', 'put', 'set', 'began', 'begun', 'brought',
  'wrote', 'written', 'shot', 'sent', 'paid', 'found', 'led', 'left']);
/** Words that end a clause or open what is said about its time or place, after a verb with no object. */
const CLAUSE_ENDS = new Set(['in', 'on', 'at', 'last', 'this', 'for', 'with', 'from', 'to', 'earlier', 'recently', 'is', 'was', 'has',
  'had', 'will', 'would', 'were', 'are', 'after', 'before', 'during', 'since', 'when', 'but', 'and']);

/** "the app Acme launched on Tuesday": a name, a past verb and no object, a clause of which the noun before is the object. */
function reducedRelative(tk: Token[], next: number): boolean {
  const verb = tk[next];
  if (!verb || verb.kind !== 'word' || verb.raw !== verb.low || !(verb.low.endsWith('ed') || IRREGULAR_PAST.has(verb.low))) return false;
  const after = tk[next + 1];
  return !after || ['.', ',', ';', ':', '!', '?', ')'].includes(after.raw) || CLAUSE_ENDS.has(after.low);
}

/** Words that make an agency the state's ("the space agency X", "the federal agency X"). */
const PUBLIC_AGENCY_WORDS = new Set(['government', 'state', 'federal', 'public', 'national', 'regional', 'provincial', 'municipal', 'space',
  'environment', 'environmental', 'regulatory', 'aid', 'development', 'health', 'statistics', 'statistical', 'intelligence', 'refugee', 'un']);
/** Organization heads that a business's description takes too ("a financial institution"). */
const FIRM_TOO = new Set(['institution']);

/**
 * The noun before the name at [first, next) when it makes the name no firm's: a body's noun before a name that is the
 * subject or an apposition (a name followed by another verb, "the app Acme launched", opens a clause about the noun).
 */
export function organizationNamedBefore(tk: Token[], first: number, next: number): string | null {
  const k = first - 1;
  const t = tk[k];
  if (!t || t.kind !== 'word' || t.raw !== t.low || FIRM_TOO.has(t.low) || !determinedNoun(tk, k)) return null;
  const after = tk[next];
  // "the film Iron Harbor earned $40 million", "the series Northern Power drew 4 million viewers": a work or an
  // event names its title right after its noun, unless the name opens a clause about the noun ("the app Acme launched in May")
  if (WORK_NOUNS.has(t.low)) return reducedRelative(tk, next) ? null : t.low;
  if (after && after.kind === 'word' && !AFTER_INTRODUCED.has(after.low)) return null;
  // "the sports agency X" finds players clubs; only an agency of the state is a public body
  if (t.low === 'agency' && !PUBLIC_AGENCY_WORDS.has(low(tk, k - 1))) return null;
  const kind = t.low === 'trust' ? (BUSINESS_TRUST_WORDS.has(low(tk, k - 1)) ? null : 'organization') : headKind(tk, k);
  return kind === 'organization' ? t.low : null;
}
