import type { Token } from '../text/tokenize.ts';
import { isCap } from './company-chunks.ts';
import { knownName, type Found } from './company-units.ts';

/**
 * What a name's own form, or the few words around it, says of it when that is not a firm: initials
 * with "the" before them, software listed after a verb of using, a unit of a firm, a holiday, a
 * surname with its particle, a programme or an e-word in camel case, a compound of two peoples, a
 * ship, a riverbank, a charitable trust, an armed service, a club, a team or an ensemble.
 */

export const CAMEL_REASON = 'a brand written in camel case';

/** What follows "the" and initials that name a place or a body, not a firm's goods ("the NEC, which", "the FIS in"). */
export const AFTER_BODY_INITIALS = new Set([',', '.', ')', 'in', 'at', 'on', 'near', 'which', 'where', 'who']);

export function theInitials(tk: Token[], first: number, next: number): boolean {
  const t = tk[first]!;
  return next - first === 1 && tk[first - 1]?.low === 'the' && /^[A-Z]{2,4}$/.test(t.raw) && AFTER_BODY_INITIALS.has(tk[next]?.low ?? '');
}

/** Verbs whose objects are software and devices: "runs Linux", "uses Excel, Teams and SharePoint". */
export const USE_VERBS = new Set(['uses', 'use', 'using', 'used', 'runs', 'run', 'running', 'supports', 'support', 'supporting', 'install',
  'installs', 'installed', 'installing', 'download', 'downloads', 'downloading', 'downloaded']);

/** Read as a company only by a list it stands in or by its camel-case spelling. */
export function weakOnlyListOrCamel(f: Found): boolean {
  const cues = f.reasons.filter((r) => r !== 'company name without corporate suffix' && r !== 'named so elsewhere in the article');
  return cues.length > 0 && cues.every((r) => r === 'listed beside a company' || r === CAMEL_REASON);
}

/** The name stands in a list of capitalized names that is the object of a verb of using (at most twelve tokens back). */
export function usedThings(tk: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 12); k--) {
    const t = tk[k]!;
    if (USE_VERBS.has(t.low)) return true;
    if (t.raw !== ',' && t.low !== 'and' && t.low !== 'or' && !isCap(t)) return false;
  }
  return false;
}

/** Parts of a firm named after what they do ("the Cloud Solutions division", "its Energy Services arm"). */
export const UNIT_NOUNS = new Set(['division', 'divisions', 'segment', 'segments', 'unit', 'units', 'arm', 'business', 'businesses',
  'department', 'team', 'sector', 'industry', 'practice', 'portfolio', 'subsidiary', 'brand', 'platform']);
/** Capitalized nouns after a possessive that name a day of the calendar ("Mother’s Day", "New Year’s Eve"). */
export const HOLIDAY_HEADS = new Set(['Day', 'Eve', 'Night', 'Weekend']);

/** Particles that surnames glue to their next capital ("DeSantis", "DiCaprio", "LeBlanc", "VanHoose"). */
export const PARTICLE_SURNAME = /^(?:De|Di|Da|Du|Des|Del|Della|Dos|Le|La|Lo|Van|Von|Fitz)[A-Z][a-z]{2,}$/;

export function particleSurname(raw: string): boolean {
  return PARTICLE_SURNAME.test(raw);
}

/** Common nouns made electronic and written with a small "e" before a capital: things, not firms ("eBay" is one). */
export const E_TERMS = new Set(['epaper', 'eedition', 'ebike', 'escooter', 'ereader', 'elearning', 'ehealth', 'egovernment', 'ewaste', 'efuel',
  'einvoice', 'einvoicing', 'evisa', 'esignature', 'eticket', 'evoting', 'ecigarette', 'enewsletter', 'ecommerce', 'ebook', 'esim']);

/**
 * Nouns after the name of a programme, a contest, a public payment, a gang or a piece of malware, not a
 * firm's ("EastEnders viewers", "the DarkSide gang", "ZetaLock ransomware").
 */
export const SHOW_NOUNS = new Set(['viewers', 'episode', 'episodes', 'season', 'contestant', 'contestants', 'presenter', 'presenters',
  'star', 'stars', 'fans', 'finale', 'payments', 'recipients', 'claimants', 'winner', 'winners', 'champion', 'gang', 'crew',
  'collective', 'cartel', 'ransomware', 'malware', 'botnet', 'spyware', 'trojan', 'virus', 'worm', 'hackers']);
/** First parts of compounds of two peoples or places ("Anglo-American", "Sino-Japanese", "Franco-German"). */
export const PEOPLES_PREFIX = new Set(['anglo', 'franco', 'sino', 'russo', 'indo', 'afro', 'euro', 'judeo', 'greco', 'austro', 'italo',
  'hispano', 'luso', 'turco', 'irano', 'german', 'dutch', 'swiss', 'scandinavian']);

/** Words that start the names of ships in service ("USS", "HMS", "MV"). */
export const SHIP_PREFIXES = new Set(['uss', 'hms', 'hmas', 'hmcs', 'hmnzs', 'rms', 'mv', 'ms', 'ss', 'usns', 'rfa', 'ins', 'mt']);
/** Words before "Bank" that make it a riverside or a store of goods, not a lender ("West Bank", "Food Bank"). */
export const NON_LENDER_BANKS = new Set(['west', 'east', 'north', 'south', 'left', 'right', 'food', 'blood', 'seed', 'milk', 'sperm',
  'tissue', 'eye', 'organ', 'baby', 'clothes', 'clothing', 'toy', 'data', 'memory', 'gene', 'river', 'dogger']);
/** Words before "Trust" that make it a business's (a bank's, an investment trust); other trusts are charities and public bodies. */
export const BUSINESS_TRUSTS = new Set(['investment', 'unit', 'bank', 'banking', 'mortgage', 'income', 'growth', 'capital', 'realty',
  'title', 'savings', 'wealth', 'royalty', 'deposit', 'equity', 'property', 'properties', 'reit', 'energy', 'infrastructure']);

/** Words of the names of palaces, armed services and confederations ("Crystal Palace", "Space Force", "Marine Corps"). */
export const BODY_WORDS = new Set(['palace', 'confederation', 'corps', 'guard', 'force', 'brotherhood', 'fellowship']);

/** Last words of the names of clubs, teams, ensembles and primary schools ("Hartwell Rovers", "the Vesper Quartet"). */
export const TEAM_AND_SCHOOL_ENDS = new Set(['club', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'academicals', 'thistle', 'fc',
  'afc', 'rfc', 'town', 'quartet', 'trio', 'quintet', 'orchestra', 'choir', 'ensemble', 'primary', 'infants']);

/** The name's own words say it is a ship, a riverbank or store, a palace, a charitable trust, a club, a team or an ensemble. */
export function notFirmByForm(tk: Token[], first: number, next: number, key: string): boolean {
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  const head = tk[first]!;
  if (words.length >= 2 && SHIP_PREFIXES.has(words[0]!) && head.raw === head.raw.toUpperCase()) return true;
  if (knownName(key) || words.length < 2) return false;
  const before = words[words.length - 2]!;
  return (last === 'bank' && NON_LENDER_BANKS.has(before)) || (last === 'trust' && !BUSINESS_TRUSTS.has(before)) || words.some((w) => BODY_WORDS.has(w))
    || TEAM_AND_SCHOOL_ENDS.has(last);
}
