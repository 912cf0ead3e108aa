import type { Token } from '../text/tokenize.ts';
import { BUSINESS_NOUNS, describedAs, qualifiedBusinessNoun } from './company-description.ts';
import { clauseCue } from './company-clause-cues.ts';
import { framedTrade } from './company-descriptors.ts';
import { standingCue } from './company-standing-cues.ts';
import { dealCue } from './company-deal-cues.ts';
import { platformCue } from './company-platform-cues.ts';
import { quotedAfterBusinessNoun } from './company-quoted-names.ts';
import { germanBusinessList } from './company-german-lists.ts';
import { developmentPartner } from './company-partner-cues.ts';

/** Words around a name that say it is a company: "X, a magnet maker", "firms such as X", "X's shares". */

const BUSINESS_POSSESSIONS = new Set(['shares', 'stock', 'ceo', 'chief', 'chairman', 'chairwoman', 'plant', 'plants', 'factory',
  'factories', 'mine', 'mines', 'subsidiary', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'shareholders',
  'stake', 'refinery', 'smelter', 'facility', 'facilities', 'products', 'customers', 'executives', 'president', 'spokesperson',
  'spokesman', 'spokeswoman', 'operations', 'sales',
  // what a firm's finance and network hold: "X's bonds fell", "X's creditors", "X's stores and branches"
  'bonds', 'bondholders', 'creditors', 'auditor', 'auditors', 'dividend', 'subsidiaries', 'stores', 'branches']);
const JOB_NOUNS = new Set(['analyst', 'analysts', 'executive', 'executives', 'director', 'head', 'chief', 'economist', 'strategist',
  'manager', 'engineer', 'researcher', 'officer', 'founder', 'employee', 'employees', 'pricing', 'partner', 'vice', 'president']);
/**
 * Professions that work at firms of their trade: "lawyers at X", "its bankers at X", "auditors at X" (a law firm, a bank,
 * an audit firm). Only before "at": "lawyers with X" meet a person as often.
 */
const FIRM_PROFESSIONS = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'banker', 'bankers', 'auditor', 'auditors',
  'accountant', 'accountants', 'broker', 'brokers', 'consultant', 'consultants']);
const LIST_LEADS = ['such as', 'including', 'like', 'led by'];
/** Company nouns that name people as often ("investor Jane Roe", "rivals like Jane Roe"). */
// ("tech giant X", "rival X" stay: the person tagger checks the names such a cue alone made companies)
const PERSON_AMBIGUOUS = new Set(['investor', 'trader', 'traders', 'developer', 'developers', 'operator', 'customers',
  'buyer', 'buyers', 'rivals', 'peer', 'peers', 'giants', 'fund']);
/** Verbs of a relative clause that only a business takes ("X, which makes ..."). */
const BUSINESS_CLAUSE_VERBS = new Set(['makes', 'made', 'sells', 'sold', 'manufactures', 'produces', 'operates', 'owns', 'runs',
  'builds', 'develops', 'supplies', 'employs', 'provides', 'offers', 'ships', 'markets', 'distributes', 'designs', 'retails',
  'licenses', 'acquired', 'bought', 'listed', 'trades', 'mines', 'traded']);
/** Words that start the object of "shares" as a verb ("shares the formula", "shares his view"). */
export const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'some', 'many', 'more', 'how', 'what', 'why', 'with', 'tips', 'advice', 'photos', 'details', 'stories', 'insights', 'one', 'two']);
/** Those a business deals with, whose lists hold firms ("clients including X, Y"). */
const LIST_OWNERS = new Set(['clients', 'brands', 'partners', 'sponsors', 'advertisers', 'retailers', 'chains', 'lenders', 'banks',
  'backers', 'tenants', 'carriers', 'airlines', 'automakers', 'carmakers', 'miners', 'refiners', 'smelters', 'shippers', 'steelmakers']);
const INCLUDE_VERBS = new Set(['include', 'includes', 'included']);
/** Plural nouns of a business's rivals and dealers, whose lists after "include" hold firms. */
const INCLUDE_OWNERS = new Set(['rivals', 'competitors', 'customers', 'clients', 'lenders', 'backers', 'suppliers', 'buyers', 'tenants',
  'sponsors', 'bidders', 'peers', 'advertisers', 'retailers', 'underwriters', 'bookrunners']);
// (not "partners" or "investors": charities have partners, and people invest)
/** Goods named with their maker after "from" ("a redesigned sedan from Acme"). */
const PRODUCT_NOUNS = new Set(['car', 'cars', 'sedan', 'suv', 'truck', 'pickup', 'model', 'models', 'vehicle', 'vehicles', 'phone',
  'smartphone', 'laptop', 'tablet', 'console', 'chip', 'chips', 'processor', 'drug', 'vaccine', 'device', 'devices', 'game', 'app',
  'product', 'products', 'offering', 'battery', 'batteries', 'engine', 'aircraft', 'jet', 'plane', 'handset']);
/** Nouns of a firm's role that people take too ("developer", "operator"): read before a one-word name only. */
const ONE_WORD_ROLES = new Set(['developer', 'operator', 'peer', 'buyer']);
/** Words before "for X" that make X an employer ("working for X", "drivers for X"). */
const WORKING_FOR = new Set(['work', 'works', 'worked', 'working', 'driving', 'drives', 'drove', 'drivers', 'driver', 'contractors',
  'contractor', 'employees', 'engineers', 'executives', 'spokesperson', 'spokesman', 'spokeswoman']);
/** Passives of business after "which is": "listed", "traded". */
const PASSIVE_BUSINESS = new Set(['listed', 'traded']);
const HEDGE_WORDS = new Set(['also', 'now', 'still', 'mainly', 'mostly', 'largely', 'primarily', 'already']);
/** Nouns after a name that make it an employer or a seller ("X employees", "X shareholders"). */
// (not "users" or "customers": products have those too, "Kindle users")
const STAFF_AFTER = new Set(['employees', 'workers', 'executives', 'shareholders', 'investors', 'staffers', 'stockholders',
  'bondholders', 'franchisees', 'analysts', 'strategists', 'economists', 'spokespeople']);
/** Words before a name that make it the object of a deal only a business is: "acquired X", "takeover of X". */
const DEAL_LEADS: Record<string, string[]> = {
  acquired: [], acquire: [], acquiring: [], acquisition: ['of'], takeover: ['of'], buyout: ['of'], merger: ['with'], merge: ['with'],
  merged: ['with'], merging: ['with'], 'spun': ['off'], 'spin': ['off'], 'layoffs': ['at'], 'job': ['cuts', 'at'], 'jobs': ['at'],
  'ipo': ['of'], 'founded': [], 'co-founded': [], 'cofounded': [], unit: ['of'], subsidiary: ['of'], division: ['of'],
  affiliate: ['of'], shareholder: ['of'], compete: ['with'], competes: ['with'], competing: ['with'], competition: ['from'], shareholders: ['of'], stakeholder: ['in'], 'spokesperson': ['for'], 'spokesman': ['for'], 'spokeswoman': ['for'],
};

const KIT_WORDS = new Set(['kit', 'shirt', 'apparel', 'uniform', 'boot', 'jersey']);
const TEAM_WORDS = new Set(['club', 'team', 'side', 'league', 'federation']);

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

function commaListBack(tk: Token[], j: number): number {
  // walk back over "A, B and" to the start of the list
  let k = j;
  for (let hops = 0; hops < 12 && k > 0; hops++) {
    const w = low(tk, k - 1);
    if (w === ',' || w === 'and' || w === 'or' || (tk[k - 1]?.kind === 'word' && tk[k - 1]!.raw[0] !== tk[k - 1]!.low[0])) k--;
    else break;
  }
  return k;
}

/** Capitals that read as a ticker for the name at [first, next): two to five letters that are not its initials. */
function tickerFor(tk: Token[], first: number, next: number, code: string): boolean {
  if (!/^[A-Z]{2,5}$/.test(code)) return false;
  let initials = '';
  for (let k = first; k < next; k++) if (tk[k]!.kind === 'word') initials += tk[k]!.raw[0];
  const name = tk.slice(first, next).map((t) => t.raw).join('');
  return initials.toUpperCase() !== code && name.toUpperCase() !== code && name !== name.toUpperCase();
}

const MARKET_WORDS = new Set(['shares', 'stock', 'stocks', 'traded', 'trading', 'investors', 'shareholders', 'earnings', 'dividend',
  'listed', 'nyse', 'nasdaq', 'valuation', 'analysts']);

/** Words of the stock market close to a name: what makes capitals in brackets after it a ticker, not an abbreviation. */
function marketNear(tk: Token[], first: number, after: number): boolean {
  for (let j = Math.max(0, first - 10); j < Math.min(tk.length, after + 6); j++) if (MARKET_WORDS.has(low(tk, j))) return true;
  return false;
}

export function companyContext(tk: Token[], first: number, next: number): string | null {
  // a ticker is read first: it is the strongest cue, and one a person's name never takes ("peer Roe's (ROE)")
  const ticker = tickerAfter(tk, first, next);
  if (ticker) return ticker;
  // "X, a Chinese magnet maker", "X is one of the largest makers", "its parent company, X"
  const described = describedAs(tk, first, next);
  if (described?.kind === 'company') return 'described as a company';
  if (described) return null;
  // "the French fund X", "the online car dealer X": a trade people share, made a firm's by its determiner
  const framed = framedTrade(tk, first, next);
  if (framed) return framed;
  // "magnet maker X", "automaker X", "Japanese trading house X"
  if (BUSINESS_NOUNS.has(low(tk, first - 1)) && tk[first - 1]!.kind === 'word' && !['companies', 'firms', 'producers', 'makers', 'group'].includes(low(tk, first - 1)) && !PERSON_AMBIGUOUS.has(low(tk, first - 1))) return 'named after a company noun';
  if (qualifiedBusinessNoun(tk, first - 1)) return 'named after a company noun';
  // "a startup called Acme", "a miner named Acme"
  if (['called', 'named', 'dubbed'].includes(low(tk, first - 1)) && BUSINESS_NOUNS.has(low(tk, first - 2)) && !PERSON_AMBIGUOUS.has(low(tk, first - 2))) return 'named after a company noun';
  // "companies such as A, B and X"
  const listStart = commaListBack(tk, first);
  for (const lead of LIST_LEADS) {
    const parts = lead.split(' ');
    const at = listStart - parts.length;
    if (at < 1) continue;
    if (parts.every((p, k) => low(tk, at + k) === p)) {
      // "companies such as", "tech firms like": the noun the list belongs to stands right before its lead
      if (BUSINESS_NOUNS.has(low(tk, at - 1)) && !PERSON_AMBIGUOUS.has(low(tk, at - 1))) return 'listed among companies';
      // "brands as clients, including", "advertisers such as": the firms a business deals with
      if (LIST_OWNERS.has(low(tk, at - 1)) || (low(tk, at - 1) === ',' && LIST_OWNERS.has(low(tk, at - 2)))) return 'listed among companies';
    }
  }
  // "Rivals include A and X", "Its customers include X": those a business competes or deals with, listed by "include"
  if (INCLUDE_VERBS.has(low(tk, listStart - 1)) && INCLUDE_OWNERS.has(low(tk, listStart - 2))) return 'listed among companies';
  // "a concept car from Acme", "a new game from Acme": a product and its maker
  if (low(tk, first - 1) === 'from' && PRODUCT_NOUNS.has(low(tk, first - 2))) return 'makes a product';
  // "developer Acme", "operator Acme": nouns people take too, so only before a one-word name
  if (next - first === 1 && ONE_WORD_ROLES.has(low(tk, first - 1)) && tk[first - 1]!.kind === 'word') return 'named after a company noun';
  // "drivers for Acme", "she works for Acme": the employer
  if (low(tk, first - 1) === 'for' && WORKING_FOR.has(low(tk, first - 2))) return 'someone works there';
  // "X's shares", "X's chief executive"
  if (low(tk, next) === "'" && (low(tk, next + 1) === 's' || tk[next + 1]?.gap !== 0)) {
    const k = low(tk, next + 1) === 's' ? next + 2 : next + 1;
    if (BUSINESS_POSSESSIONS.has(low(tk, k)) || BUSINESS_POSSESSIONS.has(low(tk, k + 1))) return 'possesses shares, plants or executives';
  }
  // "shares of X", "X shares rose"
  if (low(tk, first - 1) === 'of' && (low(tk, first - 2) === 'shares' || low(tk, first - 2) === 'stock')) return 'its shares are traded';
  // "Acme shares fell" (not "Roe shares the view": a verb before its object)
  if ((low(tk, next) === 'shares' || low(tk, next) === 'stock') && tk[next]!.gap === 1 && !OBJECT_STARTS.has(low(tk, next + 1))) return 'its shares are traded';
  // "head of metal pricing at X", "an analyst at X"
  if (low(tk, first - 1) === 'at' || low(tk, first - 1) === 'with') {
    for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
      if (JOB_NOUNS.has(low(tk, k)) || (FIRM_PROFESSIONS.has(low(tk, k)) && low(tk, first - 1) === 'at')) return 'someone works there';
      if (low(tk, k) === ',' || low(tk, k) === '.') break;
    }
  }
  // "acquired X", "the takeover of X", "layoffs at X", "a spokeswoman for X"
  for (const [lead, tail] of Object.entries(DEAL_LEADS)) {
    const at = first - 1 - tail.length;
    if (low(tk, at) === lead && tail.every((w, k) => low(tk, at + 1 + k) === w)) return `object of '${lead}'`;
  }
  // "competes with A, owned by B, and with X": a second object of the same "with"
  if (low(tk, first - 1) === 'with' && low(tk, first - 2) === 'and' && secondWithObject(tk, first - 2)) return "object of 'competes with'";
  // "its kit deal with X", "the club's shirt deal with X": a team's kit comes from a firm (a maker's deal may be with a team)
  if (low(tk, first - 1) === 'with' && low(tk, first - 2) === 'deal' && KIT_WORDS.has(low(tk, first - 3))) {
    const owner = low(tk, first - 4);
    if (owner === 'its' || owner === 'their' || (owner === 's' && TEAM_WORDS.has(low(tk, first - 6)))) return 'supplies a team';
  }
  // "Chicago-based X": a name placed by a "-based" adjective is a firm's (an institute's would carry its noun)
  if (low(tk, first - 1) === 'based' && low(tk, first - 2) === '-' && tk[first - 1]!.gap === 0) return 'placed by a -based adjective';
  // "X, which makes batteries", "X, which is listed in Hong Kong": a relative clause with a verb of business
  if (low(tk, next) === ',' && (low(tk, next + 1) === 'which' || low(tk, next + 1) === 'that')) {
    let v = next + 2;
    if (low(tk, v) === 'is' || low(tk, v) === 'was') v++;
    if (HEDGE_WORDS.has(low(tk, v))) v++;
    const verb = low(tk, v);
    if (BUSINESS_CLAUSE_VERBS.has(verb) && (v === next + 2 || v === next + 3 && HEDGE_WORDS.has(low(tk, next + 2)) || PASSIVE_BUSINESS.has(verb))) return `does business ('${verb}')`;
  }
  // "X, whose shares fell", "X, whose chief executive resigned"
  if (low(tk, next) === ',' && low(tk, next + 1) === 'whose' && (BUSINESS_POSSESSIONS.has(low(tk, next + 2)) || BUSINESS_POSSESSIONS.has(low(tk, next + 3)))) return 'possesses shares, plants or executives';
  // "X, whose brands include Y": a firm's brands are the firms' own (a person's "brand" is singular)
  if (low(tk, next) === ',' && low(tk, next + 1) === 'whose' && low(tk, next + 2) === 'brands') return 'owns brands';
  // "X employees", "X shareholders"
  if (STAFF_AFTER.has(low(tk, next)) && tk[next]!.gap === 1) return 'its staff or customers are named after it';
  // "acquired by X", "bought by X": the buyer of a business
  if (low(tk, first - 1) === 'by' && ['acquired', 'bought', 'purchased'].includes(low(tk, first - 2))) return "object of 'acquired by'";
  return roleContext(tk, first, next) ?? clauseCue(tk, first, next) ?? standingCue(tk, first, next) ?? dealCue(tk, first, next) ?? platformCue(tk, first, next) ?? quotedAfterBusinessNoun(tk, first, next) ?? germanBusinessList(tk, first, next) ?? developmentPartner(tk, first, next);
}

const WITH_DEALS = new Set(['compete', 'competes', 'competed', 'competing', 'merge', 'merged', 'merging', 'merger']);

/** The "and" at `and` repeats a "with" that a verb of competing or merging opened earlier in the sentence. */
function secondWithObject(tk: Token[], and: number): boolean {
  for (let k = and - 1; k >= Math.max(1, and - 16); k--) {
    const w = low(tk, k);
    if (w === '.' || w === ';') return false;
    if (w === 'with' && WITH_DEALS.has(low(tk, k - 1))) return true;
  }
  return false;
}

/** "X (XYZW)", "X's (XYZ)", "X (ASX: LYC)": its stock ticker in brackets after the name. */
function tickerAfter(tk: Token[], first: number, next: number): string | null {
  // capitals in brackets that are not the name's initials, among words of the market
  const k = low(tk, next) === "'" || low(tk, next) === '’' ? (low(tk, next + 1) === 's' ? next + 2 : next + 1) : next;
  if (low(tk, k) === '(' && tk[k + 2]?.raw === ')' && tickerFor(tk, first, next, tk[k + 1]!.raw) && marketNear(tk, first, k + 3)) return 'stock ticker';
  if (low(tk, next) === '(' && /^(nyse|nasdaq|asx|tsx|lse|hkex|sse|szse|tse|otc)$/.test(low(tk, next + 1))) return 'stock ticker';
  return null;
}

/** Roles of people named after the firm they speak for ("Acme analyst Jane Roe", "Acme economist Li Wei"). */
const SPEAKER_ROLES = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'executive', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman']);
/** Nouns after a name for those who sell through it or deal in its goods ("Acme sellers", "Acme dealers"). */
const TRADE_AFTER = new Set(['sellers', 'merchants', 'dealers', 'dealerships', 'resellers', 'stockholders', 'suppliers', 'stores', 'outlets',
  'showrooms', 'franchisees']);
/** Verbs whose agent after "by" is a business: "published by X", "manufactured by X". */
const BUSINESS_AGENT_VERBS = new Set(['published', 'manufactured', 'distributed', 'marketed', 'owned', 'operated', 'developed',
  'produced', 'built', 'made', 'sold', 'underwritten', 'insured', 'financed', 'released']);
/** What a firm puts out that a story cites: "a survey from X", "a note by X". */
const PUBLICATION_NOUNS = new Set(['survey', 'report', 'note', 'study', 'poll', 'analysis', 'forecast', 'estimate', 'estimates', 'data',
  'index', 'research', 'ranking', 'filing', 'statement']);
const VALUING = new Set(['values', 'valued', 'valuing', 'value']);
const VENTURES = new Set(['venture', 'ventures', 'jv', 'partnership', 'merger', 'consortium']);
/** Compounds made with a name that only a business takes: "an Acme-owned site", "Acme-backed startup". */
const OWNING_COMPOUNDS = new Set(['owned', 'backed', 'funded', 'operated', 'controlled', 'branded', 'made', 'built']);

/** What the roles around a name say of it: a firm someone speaks for, sells through, signs to, or is published by. */
function roleContext(tk: Token[], first: number, next: number): string | null {
  const after = low(tk, next);
  // "Acme analyst Jane Roe said": a role, then a person's capitalized name
  if (SPEAKER_ROLES.has(after) && tk[next]!.gap === 1 && personNameAt(tk, next + 1)) return 'someone speaks for it';
  if (TRADE_AFTER.has(after) && tk[next]!.gap === 1) return 'its sellers or dealers are named after it';
  // "executives from Acme"
  if (low(tk, first - 1) === 'from' && JOB_NOUNS.has(low(tk, first - 2))) return 'someone works there';
  // "an Acme-owned company": the hyphen is glued to both words
  if (after === '-' && tk[next]!.gap === 0 && tk[next + 1]?.gap === 0 && OWNING_COMPOUNDS.has(low(tk, next + 1))) return `'${low(tk, next + 1)}' by it`;
  // "signed to Acme", "signed with Acme": a label, a publisher, an agency
  if ((low(tk, first - 1) === 'to' || low(tk, first - 1) === 'with') && low(tk, first - 2) === 'signed') return 'someone signed to it';
  if (low(tk, first - 1) === 'by' && BUSINESS_AGENT_VERBS.has(low(tk, first - 2))) return `'${low(tk, first - 2)} by' it`;
  // "a survey from Acme", "according to a new report by Acme"
  if ((low(tk, first - 1) === 'from' || low(tk, first - 1) === 'by') && PUBLICATION_NOUNS.has(low(tk, first - 2)) && low(tk, first - 2) !== 'data') return 'it publishes research';
  // "the deal values Acme at $2 billion"
  if (VALUING.has(low(tk, first - 1)) && after === 'at') return 'valued as a business';
  // "a joint venture with Acme", "a venture between Acme and Initech"
  // (only names and "and" may stand between the preposition and the name)
  for (let k = first - 1; k >= Math.max(1, first - 6); k--) {
    if ((low(tk, k) === 'with' || low(tk, k) === 'between') && VENTURES.has(low(tk, k - 1))) return 'a partner in a venture';
    // "the merger of Acme and Initech", "a consortium of Acme and Initech"
    if (low(tk, k) === 'of' && (low(tk, k - 1) === 'merger' || low(tk, k - 1) === 'consortium')) return 'a partner in a venture';
    if (low(tk, k) !== 'and' && !isCapital(tk[k])) break;
  }
  return null;
}

/** Two capitalized words at `k`, the first maybe joined to a third by a hyphen ("Jane Roe", "Mei-Ling Chen"). */
function personNameAt(tk: Token[], k: number): boolean {
  if (!isCapital(tk[k])) return false;
  const hyphened = tk[k + 1]?.raw === '-' && tk[k + 1]!.gap === 0 && tk[k + 2]?.gap === 0 && isCapital(tk[k + 2]);
  return isCapital(tk[hyphened ? k + 3 : k + 1]);
}

function isCapital(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw[0] !== t.low[0];
}
