import type { Token } from '../text/tokenize.ts';
import { insolvent } from './company-standing-cues.ts';

/**
 * Deals, relations and operations that only a business has, around a name no list knows: the target of a
 * takeover ("agreed to buy X", "a takeover bid for X"), a firm beside "its rival" ("X and its rival Y"), the
 * sites it opens ("X opened a factory"), the staff it counts ("X has 3,000 employees") and the people it
 * employs ("a former X executive"). People buy, open and employ too, so each frame names what only a firm
 * deals in; the person tagger still judges the names these cues made companies.
 */

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** Words before "to buy X" that make it a deal's plan ("agreed to buy X", "in talks to buy X", "a bid to acquire X"). */
const DEAL_PLANS = new Set(['agreed', 'agrees', 'agree', 'talks', 'deal', 'offer', 'offered', 'bid', 'plan', 'plans', 'planned', 'agreement',
  'move', 'attempt', 'approval', 'approved', 'proposal', 'proposed', 'decided', 'decision', 'seeks', 'sought', 'seeking', 'deadline']);
const BUYING = new Set(['buy', 'acquire', 'purchase']);
/** Kinds of bid that only take over a business ("a takeover bid for X", "an all-cash offer for X"). */
const TAKEOVER_KINDS = new Set(['takeover', 'buyout', 'acquisition', 'tender', 'cash', 'all-cash', 'all-share', 'merger', 'hostile']);

/** "agreed to buy X", "is in talks to acquire X", "a deal to take over X", "a takeover bid for X": the target of a takeover. */
function takeoverTarget(tk: Token[], first: number): boolean {
  // "to buy X" / "to take over X"
  let k = first - 1;
  if (BUYING.has(low(tk, k))) k--;
  else if (low(tk, k) === 'over' && low(tk, k - 1) === 'take') k -= 2;
  else k = -1;
  if (k > 0 && low(tk, k) === 'to' && DEAL_PLANS.has(low(tk, k - 1))) return true;
  // "a takeover bid for X", "an all-cash offer for X"
  if (low(tk, first - 1) === 'for' && ['bid', 'offer', 'approach'].includes(low(tk, first - 2))) {
    // ("an all-cash offer": the hyphen splits the kind, whose last word is read)
    return TAKEOVER_KINDS.has(low(tk, first - 3));
  }
  return false;
}

/** Scales of a price only a business or a building fetches ("£48m", "$2 billion"). */
const BIG_SCALES = new Set(['m', 'mn', 'bn', 'b', 'million', 'billion', 'crore', 'lakh']);

/** Last words of a property's name ("Elm Cottage", "Hartley Manor"): a building sold, not a firm. */
const PROPERTY_ENDS = new Set(['cottage', 'house', 'manor', 'farm', 'hall', 'estate', 'villa', 'castle', 'mansion', 'building', 'tower',
  'towers', 'island', 'street', 'court', 'lodge', 'park', 'place', 'square', 'field', 'stadium', 'arena']);

/** "X buys Y for £48m", "bought Y for $2 billion": a purchase in millions of a name (a player is signed, a house is in a street). */
function boughtForMillions(tk: Token[], first: number, next: number): boolean {
  if (!['buys', 'bought', 'buy', 'buying'].includes(low(tk, first - 1)) || low(tk, next) !== 'for' || PROPERTY_ENDS.has(low(tk, next - 1))) return false;
  let currency = false;
  let scale = false;
  for (let j = next + 1; j < next + 6 && tk[j]; j++) {
    const t = tk[j]!;
    if (/^[$€£¥₹]$/.test(t.raw) || /^(?:usd|eur|gbp|us|rs|inr|sek|nok|dkk|chf|yen|yuan)$/.test(t.low)) currency = true;
    else if (BIG_SCALES.has(t.low)) {
      if (currency) return true;
      scale = true;
    } else if (scale && /^(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|kronor|kroner|crowns?)$/.test(t.low)) return true;
    else if (t.kind !== 'num' && !(t.raw === '.' && t.gap === 0) && !(t.raw === ',' && t.gap === 0)) return false;
  }
  return false;
}

/** "X rejected a takeover offer", "X accepted the buyout bid": the board of a business answers a bid for it. */
function answersBid(tk: Token[], next: number): boolean {
  if (!['rejected', 'rejects', 'accepted', 'accepts', 'rebuffed', 'spurned', 'received', 'welcomed'].includes(low(tk, next))) return false;
  for (let j = next + 1; j < next + 5; j++) {
    if (TAKEOVER_KINDS.has(low(tk, j)) && ['bid', 'offer', 'approach', 'proposal'].includes(low(tk, j + 1))) return true;
    if (tk[j]?.kind !== 'word') return false;
  }
  return false;
}

/** Relations between firms named after "its" ("X and its rival Y"): what "its" owns makes X a firm. */
const FIRM_RELATIONS = new Set(['rival', 'rivals', 'competitor', 'competitors', 'parent', 'subsidiary', 'subsidiaries', 'unit', 'units',
  'peer', 'peers', 'suppliers', 'supplier', 'customers', 'shareholders', 'investors', 'affiliate', 'affiliates', 'franchisees']);

/** "X and its rival Y", "X and its parent company Y": a name beside its own business relation. */
function besideItsRelation(tk: Token[], next: number): boolean {
  if (low(tk, next) !== 'and' || low(tk, next + 1) !== 'its') return false;
  const noun = low(tk, next + 2);
  return FIRM_RELATIONS.has(noun) || (low(tk, next + 3) === 'company' && (noun === 'parent' || noun === 'holding'));
}

/** Sites a business opens, builds or shuts: a verb on them after the name makes it the operator. */
const SITES = new Set(['factory', 'factories', 'plant', 'plants', 'store', 'stores', 'mill', 'mills', 'refinery', 'smelter', 'showroom',
  'showrooms', 'outlets', 'branches', 'dealership', 'dealerships', 'warehouse', 'warehouses', 'gigafactory', 'foundry', 'fab']);
const SITE_VERBS = new Set(['open', 'opens', 'opened', 'opening', 'build', 'builds', 'built', 'building', 'close', 'closes', 'closed',
  'closing', 'shut', 'shuts', 'shutting', 'idle', 'idled', 'idles', 'idling', 'expand', 'expanded', 'expanding']);
const PLAN_WORDS = new Set(['will', 'would', 'plans', 'planned', 'is', 'was', 'has', 'had', 'to', 'also', 'said', 'it', 'aims', 'intends',
  'expects', 'recently', 'just', 'set', 'agreed']);
/** Words of the object's phrase before the site ("a new", "its second", "40", "two more"). */
const SITE_LEADS = new Set(['a', 'an', 'its', 'new', 'second', 'third', 'first', 'another', 'more', 'two', 'three', 'four', 'five', 'several',
  'some', 'all', 'largest', 'biggest', 'flagship', 'battery', 'assembly', 'car', 'steel', 'chip', 'paper', 'cement', 'packaging', 'retail',
  'manufacturing', 'production', 'processing', 'bottling', 'local', 'last', 'remaining', 'old', 'oldest']);

/** "X opened a new factory", "X plans to close 40 stores", "X will build a plant": the name runs the sites. */
function runsSites(tk: Token[], next: number): string | null {
  let k = next;
  while (PLAN_WORDS.has(low(tk, k)) && k < next + 4) k++;
  // "X said it will open": "it" takes up the name only after a verb of saying
  if (tk.slice(next, k).some((t) => t.low === 'it') && low(tk, next) !== 'said') return null;
  const verb = low(tk, k);
  if (!SITE_VERBS.has(verb)) return null;
  for (let j = k + 1; j < k + 5; j++) {
    if (SITES.has(low(tk, j))) return `runs its ${low(tk, j)}`;
    if (!(SITE_LEADS.has(low(tk, j)) || tk[j]?.kind === 'num' || (tk[j]?.raw === '-' && tk[j]!.gap === 0))) return null;
  }
  return null;
}

/** What only a firm counts as its own: "X has 3,000 employees", "X has a market value of $2 billion". */
const COUNTED = new Set(['employees', 'staff', 'workers', 'stores', 'outlets', 'branches', 'factories', 'plants', 'subscribers', 'customers',
  'franchisees', 'dealerships', 'shareholders']);

function countsItsOwn(tk: Token[], next: number): string | null {
  if (low(tk, next) !== 'has' && low(tk, next) !== 'had') return null;
  let k = next + 1;
  if (['about', 'around', 'nearly', 'some', 'more', 'than', 'over', 'almost', 'roughly'].includes(low(tk, k))) k++;
  if (low(tk, k) === 'than') k++;
  if (tk[k]?.kind === 'num') {
    let j = k + 1;
    // "3,000": the thousands' groups are numbers of their own
    while (low(tk, j) === ',' && tk[j]!.gap === 0 && tk[j + 1]?.kind === 'num' && tk[j + 1]!.gap === 0) j += 2;
    if (['million', 'thousand', 'billion'].includes(low(tk, j))) j++;
    if (['full-time', 'retail', 'paying'].includes(low(tk, j))) j++;
    return COUNTED.has(low(tk, j)) ? `counts its ${low(tk, j)}` : null;
  }
  if (low(tk, k) === 'a' && low(tk, k + 1) === 'market' && ['value', 'valuation', 'capitalization', 'capitalisation', 'cap'].includes(low(tk, k + 2))) return 'has a market value';
  return null;
}

/** Staff named after their employer behind a determiner ("a former X executive", "an X engineer"). */
const STAFF_ROLES = new Set(['executive', 'executives', 'engineer', 'engineers', 'employee', 'employees', 'insider', 'insiders', 'salesman',
  'saleswoman', 'programmer', 'designer']);

function staffedBy(tk: Token[], first: number, next: number): boolean {
  if (!STAFF_ROLES.has(low(tk, next)) || tk[next]!.gap !== 1) return false;
  let k = first - 1;
  if (['former', 'senior', 'top', 'veteran', 'longtime', 'ex'].includes(low(tk, k))) k--;
  return ['a', 'an', 'the', 'two', 'three', 'several', 'other', 'another'].includes(low(tk, k));
}

/** Shops a chain runs under its name ("a Kelsor store", "two Kelsor restaurants"); not plants, which towns name as often. */
const CHAIN_SHOPS = new Set(['store', 'restaurant', 'restaurants', 'franchise', 'franchises', 'showroom', 'dealership', 'boutique',
  'boutiques', 'outlet', 'supermarket', 'supermarkets', 'stores']);
// (indefinite: "the Belvidere store" is a town's branch as often; "a Kelsor store" is one of a chain's many)
const SHOP_DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'every', 'each', 'nearest', 'closest', 'several', 'many',
  'some', 'another', 'more', 'dozens', 'hundreds']);
/** Names that end in a place's or a feast's word ("a Main Street store", "the Christmas shop"). */
const NOT_CHAINS = new Set(['street', 'avenue', 'road', 'square', 'mall', 'center', 'centre', 'plaza', 'christmas', 'holiday', 'airport',
  'station', 'university', 'college', 'museum', 'park', 'village', 'town', 'city', 'county', 'valley', 'beach', 'downtown', 'uptown']);

/** "a Kelsor store in Ohio", "two Kelsor restaurants closed": a chain named before the shops it runs. */
function chainShop(tk: Token[], first: number, next: number): boolean {
  if (!CHAIN_SHOPS.has(low(tk, next)) || tk[next]!.gap !== 1 || NOT_CHAINS.has(low(tk, next - 1))) return false;
  const det = low(tk, first - 1);
  // ("a new Kelsor store", "of Kelsor stores": an adjective after the determiner, a count before the name)
  return SHOP_DETERMINERS.has(det) || (SHOP_DETERMINERS.has(low(tk, first - 2)) && ['new', 'local', 'nearby', 'former'].includes(det)) || tk[first - 1]?.kind === 'num';
}

/** The deal, relation or operation around the name at [first, next) that makes it a firm, or null. */
export function dealCue(tk: Token[], first: number, next: number): string | null {
  if (takeoverTarget(tk, first) || boughtForMillions(tk, first, next)) return 'the target of a takeover';
  if (answersBid(tk, next)) return 'answers a takeover bid';
  if (besideItsRelation(tk, next)) return `named beside its ${low(tk, next + 2)}`;
  if (staffedBy(tk, first, next)) return 'its staff are named after it';
  if (chainShop(tk, first, next)) return 'runs shops under its name';
  return runsSites(tk, next) ?? countsItsOwn(tk, next) ?? relativeClause(tk, next);
}

/** Passives of a takeover after "which was" ("X, which was acquired by Y"): only a business is taken over. */
const TAKEN_OVER = new Set(['acquired', 'bought', 'purchased']);

/**
 * "X, which has 3,000 employees", "X, which filed for Chapter 11", "X, which was acquired by Y": the clause a relative
 * pronoun opens after the name says what the name's own verb would.
 */
function relativeClause(tk: Token[], next: number): string | null {
  if (low(tk, next) !== ',' || (low(tk, next + 1) !== 'which' && low(tk, next + 1) !== 'that')) return null;
  const verb = next + 2;
  if (['was', 'is', 'has', 'had'].includes(low(tk, verb)) && TAKEN_OVER.has(low(tk, verb + 1)) && ['by', 'in', 'last', 'for'].includes(low(tk, verb + 2))) return 'taken over as a business';
  if (low(tk, verb) === 'went' && low(tk, verb + 1) === 'public') return 'went public';
  return runsSites(tk, verb) ?? countsItsOwn(tk, verb) ?? (insolvent(tk, verb) ? 'it became insolvent' : null);
}
