import type { Token } from '../text/tokenize.ts';

/**
 * How a firm stands in the market, said around a name no list knows: who owns it ("state-owned trader X",
 * "family-owned X"), where its shares trade ("Nasdaq-listed X", "X, listed in Hong Kong,"), what its books
 * report ("orders at X fell", "profit at X") and who holds it ("investors in X"). People, places and
 * public bodies are not owned by a family, listed, or booked: these frames fit a business only.
 */

/** Owners and markets that, joined to "-owned", "-held", "-listed", make the next name a firm's. */
const OWNERSHIP_COMPOUNDS: Record<string, Set<string>> = {
  owned: new Set(['state', 'family', 'privately', 'publicly', 'government', 'employee', 'foreign', 'majority', 'wholly']),
  controlled: new Set(['state', 'family', 'government']),
  held: new Set(['privately', 'publicly', 'closely', 'family']),
  traded: new Set(['publicly']),
  listed: new Set(['publicly', 'dual', 'stock']),
  run: new Set(['family']),
};
/** Nouns between such an adjective and the name that make the name a body, an outlet or a place, not a firm. */
const NON_FIRM_HEADS = new Set(['agency', 'news', 'newspaper', 'daily', 'tabloid', 'television', 'tv', 'radio', 'channel', 'media',
  'university', 'college', 'school', 'hospital', 'museum', 'land', 'lands', 'territory', 'island', 'estate', 'forest', 'park', 'house',
  'home', 'farm', 'ranch', 'team', 'club', 'newspapers', 'outlet']);
/** Figures of a business's order book that "at X" reports ("orders at X fell"); its results are read with the clause cues. */
const BOOK_FIGURES = new Set(['orders', 'bookings', 'backlog']);
/** Holidays after "sales at": a season of trade, not a seller. */
const SEASONS = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'diwali', 'ramadan', 'eid', 'hanukkah', 'black', 'cyber']);
/** Those whose holding in a name makes it a business ("investors in X", "shareholders in X"). */
const HOLDERS = new Set(['investors', 'investor', 'shareholders', 'shareholder', 'stockholders', 'bondholders', 'creditors']);

/** Verbs and linking words after "investors in X" ("lost", "have", "were"): the clause goes on, no noun is held. */
const HOLDING_VERBS = /^(?:lost|lose|have|has|had|were|are|will|would|could|may|saw|got|received|sold|bought|voted|said|and|or|who|which|that|since|after|before|as|when|for|to|at|on|in)$|ed$/;

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw[0] !== t.low[0];
}

/** A hyphen glued to the words on both sides, at `k`. */
function gluedHyphen(tk: Token[], k: number): boolean {
  return tk[k]?.raw === '-' && tk[k]!.gap === 0 && tk[k + 1]?.gap === 0;
}

/**
 * "state-owned trader X", "a family-owned X", "Nasdaq-listed X", "the Hong Kong-listed developer X": an owning or
 * listing compound at most three lower-case words before the name.
 */
export function ownedOrListedBefore(tk: Token[], first: number): string | null {
  for (let k = first - 1; k >= Math.max(1, first - 4); k--) {
    const t = tk[k]!;
    if (t.kind !== 'word') return null;
    const participle = t.low;
    const owners = OWNERSHIP_COMPOUNDS[participle];
    if (owners || participle === 'listed') {
      // "privately held X": two words; "state-owned X": a hyphenated compound
      const joined = gluedHyphen(tk, k - 1);
      const owner = joined ? low(tk, k - 2) : low(tk, k - 1);
      const byOwner = !!owners?.has(owner) && (joined || owner.endsWith('ly'));
      // "Nasdaq-listed", "London-listed", "Hong Kong-listed": an exchange or a city before the hyphen
      const byMarket = participle === 'listed' && joined && isCapWord(tk[k - 2]);
      if (!byOwner && !byMarket) return null;
      // a noun in between may still name an outlet or a body ("state-owned news agency X")
      for (let j = k + 1; j < first; j++) if (NON_FIRM_HEADS.has(low(tk, j))) return null;
      return `${byMarket ? 'listed' : 'owned'} as a business ('${owner}-${participle}')`;
    }
    // only lower-case words of a noun phrase stand between the compound and the name
    if (isCapWord(t) || ['and', 'or', 'the', 'a', 'an', 'of', 'to', 'by', 'in'].includes(t.low)) return null;
  }
  return null;
}

/** "X, listed in Hong Kong,", "X, traded on the Nasdaq,", "X, a publicly traded": where its shares trade, set off after the name. */
function listedAfter(tk: Token[], next: number): boolean {
  if (low(tk, next) !== ',') return false;
  let k = next + 1;
  if (['publicly', 'also', 'which', 'now'].includes(low(tk, k))) k++;
  if (low(tk, k) === 'is') k++;
  return (low(tk, k) === 'listed' || low(tk, k) === 'traded' || low(tk, k) === 'quoted') && ['in', 'on'].includes(low(tk, k + 1));
}

/** "orders at X fell", "profit at X rose": a figure of its books reported at the name (not "X's" shop nor a holiday). */
function bookFigureAt(tk: Token[], first: number, next: number): boolean {
  if (low(tk, first - 1) !== 'at' || !BOOK_FIGURES.has(low(tk, first - 2))) return false;
  if (SEASONS.has(low(tk, first))) return false;
  return low(tk, next) !== "'" && low(tk, next) !== '’';
}

/** Those whose forecasts a business's results beat or miss ("analysts' estimates", "Wall Street expectations"). */
const FORECASTERS = new Set(['analyst', 'analysts', 'street', 'consensus', 'market', 'earnings', 'revenue', 'profit']);
const FORECASTS = new Set(['estimates', 'estimate', 'expectations', 'forecasts', 'forecast', 'projections']);
const BEATING = new Set(['beat', 'beats', 'missed', 'misses', 'topped', 'tops', 'exceeded', 'exceeds', 'trailed', 'lagged']);

/**
 * "X beat analysts' estimates", "X missed Wall Street expectations": a firm's results against those who forecast them
 * (a team beats expectations too, so the forecasters must be named).
 */
function beatsForecasts(tk: Token[], next: number): boolean {
  if (!BEATING.has(low(tk, next))) return false;
  let forecaster = false;
  for (let j = next + 1; j < next + 6; j++) {
    const w = low(tk, j);
    if (FORECASTERS.has(w)) forecaster = true;
    else if (FORECASTS.has(w)) return forecaster;
    else if (tk[j]?.kind !== 'word' && w !== "'" && w !== '’') return false;
  }
  return false;
}

/** "X filed for Chapter 11", "X sought bankruptcy protection", "X went into administration": insolvency only a business enters. */
export function insolvent(tk: Token[], next: number): boolean {
  const verb = low(tk, next);
  if (['filed', 'files', 'filing', 'sought', 'seeks', 'seeking'].includes(verb)) {
    let j = next + 1;
    if (low(tk, j) === 'for') j++;
    if (low(tk, j) === 'chapter') return true;
    return low(tk, j) === 'bankruptcy' && (low(tk, j + 1) === 'protection' || low(tk, j + 1) === 'court');
  }
  if (['went', 'goes', 'entered', 'enters', 'fell', 'collapsed'].includes(verb)) {
    const j = low(tk, next + 1) === 'into' ? next + 2 : next + 1;
    return ['administration', 'receivership', 'liquidation'].includes(low(tk, j));
  }
  return false;
}

/** "X raised $30 million in a Series B round", "X closed a $5 million seed round": venture money only a startup raises. */
function fundingRound(tk: Token[], next: number): boolean {
  if (!['raised', 'raises', 'raising', 'secured', 'closed', 'closes', 'landed', 'completed'].includes(low(tk, next))) return false;
  for (let j = next + 1; j < next + 14 && tk[j] && low(tk, j) !== '.' && low(tk, j) !== ';'; j++) {
    if (low(tk, j) === 'round' && ['funding', 'seed', 'financing', 'investment', 'venture', 'pre-seed'].includes(low(tk, j - 1))) return true;
    if (low(tk, j) === 'series' && /^[a-f]$/.test(low(tk, j + 1)) && isCapWord(tk[j])) return true;
  }
  return false;
}

/** "a funding round led by X", "a Series A round, led by X,": the investor that leads a round is a firm. */
function leadsRound(tk: Token[], first: number): boolean {
  if (low(tk, first - 1) !== 'by' || low(tk, first - 2) !== 'led') return false;
  const k = low(tk, first - 3) === ',' ? first - 4 : first - 3;
  return low(tk, k) === 'round' && ['funding', 'seed', 'financing', 'investment', 'a', 'b', 'c', 'd', 'e', 'f'].includes(low(tk, k - 1));
}

/** The standing of the name at [first, next) in the market, as the words around it tell, or null. */
export function standingCue(tk: Token[], first: number, next: number): string | null {
  const owned = ownedOrListedBefore(tk, first);
  if (owned) return owned;
  if (listedAfter(tk, next)) return 'its shares are traded';
  if (bookFigureAt(tk, first, next)) return `its books are reported ('${low(tk, first - 2)} at')`;
  // "investors in X", "shareholders in X": a holding in it (places draw investors too, but are read as places first)
  // (not "investors in Vexland bonds": a lower-case noun after the name is what they hold)
  const nounAfter = tk[next]?.kind === 'word' && tk[next]!.raw === tk[next]!.low && tk[next]!.gap === 1 && !HOLDING_VERBS.test(tk[next]!.low);
  if (low(tk, first - 1) === 'in' && HOLDERS.has(low(tk, first - 2)) && low(tk, next) !== "'" && low(tk, next) !== '’' && !nounAfter) return 'someone holds a stake in it';
  if (beatsForecasts(tk, next)) return 'its results are forecast';
  if (insolvent(tk, next)) return 'it became insolvent';
  if (fundingRound(tk, next)) return 'it raises venture money';
  if (leadsRound(tk, first)) return 'it leads a funding round';
  return null;
}
