import type { Token } from '../text/tokenize.ts';
import { year } from './calendar.ts';
import { MONTHS } from './lexicon.ts';
import { blockOfStreet } from './numbered-things.ts';
import { type DateCtx, type DateHit, hit } from './types.ts';

/**
 * A year used as a modifier inside a noun phrase: "the 2018 design fair", "a 2020 concert tour", "the 2016
 * elections". The noun after the year says what happened in it, so the year dates the story even when
 * the phrase goes on to name an event. The general year reader leaves these out to stay clear of counts
 * ("2000 people") and names; this reader takes them back where the number can only be a year.
 */

/** Words before a number that make it a quantity, a code or a price. */
const NOT_A_YEAR_LEAD = new Set(['$', '£', '€', '¥', '#', 'no', 'number', 'flight', 'route', 'model', 'version', 'page', 'pages', 'article',
  'section', 'rule', 'room', 'unit', 'units', 'about', 'nearly', 'almost', 'some', 'only', 'just', 'all', 'over', 'than', 'around', 'roughly',
  'approximately', 'least', 'most', 'to', 'and', 'or', 'by', 'copyright', '©', 'at', 'exactly', 'another', 'additional', 'extra', 'whopping',
  'estimated', 'total', 'of', 'with', 'x', '+', '-', '=', 'up', 'down', 'from', 'between', 'under', 'below', 'above', 'fewer', 'less', 'more']);

/** Words that open a noun phrase before a modifying year, or end a possessive. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 's', 'during', 'in',
  'for', 'since', 'after', 'before', 'until', 'throughout', 'into', 'like', 'unlike', 'both', 'these', 'those', 'whose', 'every', 'each']);

/** A verb form right before the year ("won 2016 elections", "covering 2020 races"): the year opens its object. */
function verbForm(t: Token): boolean {
  return !capitalized(t) && t.low.length >= 5 && (t.low.endsWith('ing') || t.low.endsWith('ed'));
}

/** Plural nouns that a number counts ("2018 employees"), and words of clock times ("1930 hours", "2015 GMT"). */
const COUNTED = new Set(['people', 'persons', 'men', 'women', 'children', 'kids', 'troops', 'soldiers', 'workers', 'employees', 'staff', 'jobs',
  'members', 'residents', 'households', 'homes', 'houses', 'families', 'patients', 'students', 'pupils', 'teachers', 'visitors', 'fans',
  'participants', 'respondents', 'customers', 'users', 'voters', 'votes', 'seats', 'signatures', 'cases', 'deaths', 'units', 'vehicles', 'cars',
  'pieces', 'items', 'times', 'points', 'words', 'pages', 'copies', 'shares', 'miles', 'feet', 'metres', 'meters', 'kilometres', 'kilometers',
  'acres', 'hectares', 'tonnes', 'tons', 'barrels', 'hours', 'hrs', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'gmt', 'utc', 'local',
  'et', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'h', 'dollars', 'euros', 'pounds', 'yuan', 'yen', 'rupees', 'calories', 'steps', 'laps',
  'rounds', 'yards', 'runs', 'goals', 'companies', 'firms', 'stores', 'shops', 'sites', 'locations', 'branches', 'schools', 'beds', 'rooms',
  'flights', 'ships', 'planes', 'animals', 'cattle', 'sheep', 'birds', 'trees', 'species', 'samples', 'tests', 'doses', 'applications',
  'complaints', 'arrests', 'refugees', 'migrants', 'protesters', 'officers', 'police', 'positions', 'lines', 'characters', 'images', 'photos',
  'percent', 'per', 'million', 'billion', 'thousand', 'hundred']);

const STREET = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'dr', 'place', 'lane', 'ln', 'boulevard', 'blvd', 'court', 'way',
  'parkway', 'highway', 'hwy', 'square', 'plaza', 'block']);

/**
 * Nouns of things that happen, that end the name after a year ("the 2019 Music Awards", "a 2020 North American
 * tour"); a year before a bare capitalized name ("the 2020 Sentra") is more often a model year than a date.
 */
const HAPPENINGS = new Set(['show', 'shows', 'week', 'awards', 'award', 'games', 'olympics', 'cup', 'summit', 'festival', 'conference', 'fair',
  'expo', 'exhibition', 'election', 'elections', 'primary', 'primaries', 'championship', 'championships', 'draft', 'tour', 'series', 'open',
  'congress', 'forum', 'season', 'budget', 'census', 'campaign', 'race', 'marathon', 'tournament', 'finals', 'final', 'playoffs', 'convention',
  'meeting', 'session', 'vote', 'referendum', 'survey', 'report', 'study', 'war', 'attack', 'attacks', 'earthquake', 'storm', 'hurricane',
  'ceremony', 'gala', 'concert', 'edition', 'event', 'biennale', 'midterms', 'debate', 'debates', 'strike', 'protests', 'crisis', 'visit',
  'trip', 'launch', 'release', 'assembly', 'congress', 'contest', 'competition', 'league', 'classic', 'derby', 'grand', 'prix', 'cycle']);

/** A capitalized run after the year that names a happening, or is followed (within two words) by a noun that does. */
function namesHappening(tk: Token[], from: number): boolean {
  let k = from;
  while (k < from + 8) {
    const t = tk[k];
    // "U.S.", "St.": the points of an abbreviation stay inside the name
    if (t && t.raw === '.' && t.gap === 0) {
      k++;
      continue;
    }
    if (!isWord(t) || t.gap > 1 || !(capitalized(t) || (t.gap === 0 && t.raw === t.raw.toUpperCase()))) break;
    if (HAPPENINGS.has(t.low)) return true;
    k++;
  }
  // "North American tour", "U.S. presidential election": the noun may follow the name after an adjective
  for (let j = k; j < k + 2; j++) {
    const t = tk[j];
    if (!isWord(t) || t.gap !== 1 || capitalized(t)) return false;
    if (HAPPENINGS.has(t.low)) return true;
  }
  return false;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

function capitalized(t: Token): boolean {
  return t.raw[0] !== t.low[0];
}

/** "2100 Harbor View Road": a number before capitalized words that end in a street word is a house number. */
function opensAddress(tk: Token[], next: number): boolean {
  for (let k = next; k < next + 4; k++) {
    const t = tk[k];
    if (!isWord(t) || t.gap >= 2) return false;
    if (STREET.has(t.low)) return k > next;
    if (!capitalized(t) && t.raw !== '.') return false;
  }
  return false;
}

/** "2018 Milan fair", "2016 elections": the year and the noun right after it, when nothing else can read the number. */
export function yearModifier(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  const t = tk[i];
  if (!t || t.kind !== 'num' || t.raw.length !== 4 || !/^\d{4}$/.test(t.raw) || t.gap !== 1) return null;
  const y = Number(t.raw);
  if (y < 1900 || y > 2100) return null;
  const prev = tk[i - 1];
  const after = tk[i + 1];
  if (!isWord(prev) || !isWord(after) || after.gap !== 1) return null;
  if (NOT_A_YEAR_LEAD.has(prev.low) || !(PHRASE_OPENERS.has(prev.low) || verbForm(prev))) return null;
  // "Server 2016 Edition": after a capitalized word the year closes a product's name
  if (capitalized(prev) && prev.low !== 'the' && prev.low !== 'a' && prev.low !== 'an' && prev.low !== 'during' && prev.low !== 'in') return null;
  // "the 2000 people", "the 1930 hours": a round number or a counted noun makes it a quantity or a time
  if (COUNTED.has(after.low) || MONTHS[after.low] !== undefined || blockOfStreet((k) => tk[k]?.low, i + 1)) return null;
  const plural = after.low.endsWith('s') && !/(?:ss|us|is)$/.test(after.low) && !capitalized(after);
  if (plural && y % 100 === 0) return null;
  if (capitalized(after) && (opensAddress(tk, i + 1) || !namesHappening(tk, i + 1))) return null;
  return hit(i, i + 1, year(y));
}
