import type { Token } from '../text/tokenize.ts';
import { NON_BUSINESS_GROUP_WORDS, ORGANIZATION_HEADS, PERSON_HEADS } from './org-lexicon.ts';

/**
 * What the text says a name is: an apposition ("X, a Chinese magnet maker", "X, a family foundation"),
 * a predicate ("X and Y are suppliers of Z", "X is an analyst") or a noun put before it with a
 * comma ("the band's label, X"). The head of the description, its last kind-bearing noun before a
 * clause or a preposition starts, decides: a business, an organization or a person.
 */

export type DescribedKind = 'company' | 'organization' | 'person';

/** Nouns that name a business, in a phrase around a name ("firms such as X", "X, a magnet maker"). */
export const BUSINESS_NOUNS = new Set([
  'company', 'companies', 'firm', 'firms', 'producer', 'producers', 'maker', 'makers', 'manufacturer', 'manufacturers',
  'miner', 'miners', 'supplier', 'suppliers', 'refiner', 'refiners', 'carmaker', 'carmakers', 'automaker',
  'automakers', 'conglomerate', 'startup', 'start-up', 'trader', 'traders', 'developer', 'developers', 'operator',
  'processor', 'processors', 'group', 'subsidiary', 'unit', 'rival', 'rivals', 'competitor', 'peer', 'peers',
  'customer', 'customers', 'buyer', 'buyers', 'lender', 'bank', 'insurer', 'retailer', 'chipmaker', 'chipmakers',
  'airline', 'brand', 'giant', 'giants', 'exporter', 'exporters', 'importer', 'importers', 'smelter', 'smelters',
  'recycler', 'recyclers', 'fund', 'investor', 'shipper', 'publisher', 'broadcaster', 'carrier', 'provider', 'vendor',
  'distributor', 'brewer', 'multinational', 'broker', 'brokerage', 'consultancy', 'steelmaker', 'steelmakers', 'shipbuilder',
  'recycler', 'utility', 'automaker', 'shipowner', 'tradehouse', 'telco', 'wholesaler', 'grocer', 'grocers', 'drugmaker',
  'drugmakers', 'supermarket', 'supermarkets', 'automakers', 'bookmaker', 'bookmakers', 'streamer', 'streamers', 'start-ups',
]);

/** Nouns that make a description a business one: the above and the roles a business plays ("its parent, X"). */
export const COMPANY_NOUNS = new Set([
  ...BUSINESS_NOUNS,
  'providers', 'vendors', 'distributors', 'distiller', 'utility', 'franchise', 'chain', 'outlet', 'studio', 'label',
  'startups', 'business', 'businesses', 'enterprise', 'corporation', 'partnership', 'bankers', 'manager', 'owner',
  'parent', 'builder', 'shipbuilder', 'contractor', 'contractors',
  // plurals of the above a predicate takes ("X and Y are among retailers that ..."), not read before names
  'retailers', 'lenders', 'insurers', 'brands', 'airlines', 'publishers', 'broadcasters', 'carriers', 'brewers', 'wholesalers',
  'conglomerates', 'multinationals', 'shipbuilders', 'utilities', 'telcos', 'brokerages', 'consultancies',
]);

/** Nouns of COMPANY_NOUNS that name a business only with a business word before them. */
const QUALIFIED_ONLY: Record<string, Set<string>> = {
  label: new Set(['record', 'records', 'music', 'fashion', 'clothing', 'independent', 'indie']),
  manager: new Set(['asset', 'fund', 'investment', 'money', 'hedge', 'portfolio', 'wealth']),
  owner: new Set(['mine', 'plant', 'factory', 'brand', 'chain', 'hotel', 'store', 'property', 'ship', 'vessel']),
  outlet: new Set(['news', 'media', 'retail', 'factory']),
  studio: new Set(['film', 'game', 'games', 'animation', 'design', 'recording', 'production', 'hollywood', 'movie', 'gaming']),
  chain: new Set(['retail', 'restaurant', 'hotel', 'store', 'grocery', 'supermarket', 'coffee', 'pharmacy', 'fast-food', 'food']),
  investor: new Set(['activist', 'institutional', 'private', 'equity', 'state', 'strategic', 'sovereign']),
  trader: new Set(['commodity', 'commodities', 'oil', 'metals', 'grain', 'energy', 'trading']),
  parent: new Set(['corporate']),
  // "X, a social media site", "X, a ride-hailing service": an online business named by what it runs
  site: new Set(['media', 'shopping', 'e-commerce', 'ecommerce', 'dating', 'auction', 'booking', 'review', 'listings', 'classifieds']),
  platform: new Set(['media', 'streaming', 'e-commerce', 'ecommerce', 'trading', 'payments', 'payment', 'messaging', 'hailing', 'delivery',
    'booking', 'lending', 'crowdfunding', 'advertising', 'shopping', 'video-sharing', 'sharing', 'gaming', 'brokerage']),
  network: new Set(['social', 'television', 'tv', 'cable', 'broadcast', 'broadcasting', 'mobile', 'payments', 'advertising']),
  service: new Set(['streaming', 'hailing', 'delivery', 'messaging', 'subscription', 'courier', 'ride-sharing', 'sharing']),
  // "its pharmacy arm, X", "a joint venture, X": the parts a business is made of and the firms it forms with others
  arm: new Set(['retail', 'pharmacy', 'investment', 'lending', 'banking', 'insurance', 'trading', 'property', 'telecoms', 'telecom',
    'mining', 'shipping', 'finance', 'financial', 'leasing', 'consumer', 'logistics', 'energy', 'cargo', 'freight', 'brokerage',
    'securities', 'media', 'broadcasting', 'manufacturing', 'distribution', 'payments', 'wholesale', 'engineering', 'software',
    'chemicals', 'commercial', 'business', 'corporate', 'capital', 'asset', 'wealth', 'fintech', 'airline', 'tech', 'technology']),
  venture: new Set(['joint']),
  // "the trading house X", "a Japanese trade financier, X": houses and financiers of a trade are firms
  house: new Set(['trading', 'fashion', 'auction', 'publishing', 'brokerage', 'investment', 'design', 'software', 'banking', 'finance',
    'wine', 'champagne', 'cognac', 'perfume']),
  financier: new Set(['trade', 'development', 'project', 'infrastructure', 'housing', 'mortgage', 'auto', 'consumer', 'equipment']),
  // "shirt sponsor X", "the title sponsor, X": what a club or a league sells its shirt and its name to is a business
  sponsor: new Set(['shirt', 'kit', 'title', 'jersey', 'sleeve', 'naming', 'naming-rights', 'stadium', 'headline', 'official']),
  // "a dairy cooperative": a cooperative that trades in goods or money is a business; a housing or a residents' one is not
  cooperative: new Set(['dairy', 'agricultural', 'farming', 'farm', 'grain', 'wine', 'retail', 'credit', 'fishing', 'coffee', 'cocoa',
    'sugar', 'fruit', 'purchasing', 'marketing', 'banking', 'consumer', 'milk', 'meat', 'pork', 'cotton', 'tea', 'seed', 'fertiliser',
    'fertilizer']),
};

/**
 * Nouns of QUALIFIED_ONLY that an ownership or a seat makes a business's ("the family-owned chain", "a farmer-owned
 * cooperative", "a London-listed label"): nouns no person takes, so who owns them or where they sit says they trade.
 */
const OWNED_BUSINESS_NOUNS = new Set(['chain', 'cooperative', 'label', 'studio']);
/** Participles of owning, backing and a seat that make the word before a noun an adjective ("family-owned", "privately held"). */
const OWNERSHIP_PARTICIPLES = new Set(['owned', 'backed', 'based', 'listed', 'held', 'controlled', 'traded']);

/** The words before `k` say who owns the thing or where it sits: "family-owned", "Nairobi-based", "privately held". */
function ownershipBefore(tk: Token[], k: number): boolean {
  if (!OWNERSHIP_PARTICIPLES.has(low(tk, k - 1))) return false;
  if (low(tk, k - 2) === '-' && tk[k - 1]!.gap === 0 && tk[k - 2]!.gap === 0) return tk[k - 3]?.kind === 'word';
  return /ly$/.test(low(tk, k - 2));
}

/** "commodity trader", "activist investor": a noun people take too, made a business's by the word before it. */
export function qualifiedBusinessNoun(tk: Token[], k: number): boolean {
  return QUALIFIED_ONLY[low(tk, k)]?.has(low(tk, k - 1)) ?? false;
}

/** Business kinds of agency ("an advertising agency"); an agency otherwise is a public body. */
const BUSINESS_AGENCY_WORDS = new Set(['advertising', 'ad', 'design', 'talent', 'travel', 'marketing', 'creative', 'media', 'pr', 'sports', 'sport',
  'recruitment', 'recruiting', 'employment', 'staffing', 'news', 'ratings', 'rating', 'credit', 'estate', 'insurance', 'modeling',
  'modelling', 'branding', 'digital', 'literary', 'booking', 'casting', 'relations']);

/** What people, not firms, make: "decision-maker", "peace-maker". */
const PEOPLE_MAKING = new Set(['decision', 'policy', 'law', 'peace', 'film', 'movie', 'trouble', 'rule', 'king', 'deal', 'play',
  'change', 'match', 'rain', 'noise', 'mischief', 'money', 'history', 'news', 'taste', 'game', 'difference']);

const STOPS = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', 'who', 'which', 'that', 'whose', 'where', 'when', 'of', 'in',
  'with', 'at', 'for', 'from', 'to', 'on', 'by', 'and', 'or', 'but', 'since', 'after', 'before', 'as', 'said', 'says', 'has',
  'had', 'have', 'is', 'was', 'will', 'would', 'against', 'about', 'over', 'under', 'between', 'into', 'through', 'across',
  'near', 'like', 'including', 'such', 'than', 'based', 'known', 'founded', 'owned', 'led', 'run', 'focused', 'headquartered',
  // "a tower company backed by X": a participle opens a clause after the head as "owned" does
  'backed', 'controlled', 'funded', 'operated', 'listed', 'specialising', 'specializing',
  // "the company behind the Vexo app": what it stands behind is no part of its head
  'behind']);
/** Trades an apposition names without an article ("X, maker of ..."): none a person's job as often (not producer, developer, owner). */
const BARE_TRADES = new Set(['maker', 'makers', 'manufacturer', 'supplier', 'distributor', 'retailer', 'wholesaler', 'exporter', 'importer',
  'refiner', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'steelmaker', 'brewer', 'shipbuilder', 'miner', 'smelter', 'insurer', 'lender',
  'airline', 'carrier', 'franchisee', 'franchisor', 'subsidiary']);

/** Ranks a possessive place gives before a trade ("Europe's biggest", "its second-largest"). */
const RANKS = /^(?:biggest|largest|leading|top|main|oldest|second|third|fourth|fifth|no|number|dominant|smallest|richest|most)$/;
const COPULAS = new Set(['is', 'are', 'was', 'were', 'becomes', 'became', 'remains', 'remained']);
const HEDGES = new Set(['also', 'now', 'still', 'currently', 'already', 'reportedly', 'itself', 'once', 'not', 'likely', 'probably']);

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw[0] !== t.low[0];
}

/** The kind a head noun at `k` gives, or null. */
export function headKind(tk: Token[], k: number): DescribedKind | null {
  const w = low(tk, k);
  const before = low(tk, k - 1);
  // "the company's mine": a possessive noun is not the head
  if (low(tk, k + 1) === "'" || low(tk, k + 1) === '’') return null;
  // "a Lagos-based start-up", "a non-profit": a noun written with a hyphen is read whole
  if (before === '-' && tk[k]!.gap === 0 && tk[k - 1]!.gap === 0) {
    const whole = `${low(tk, k - 2)}-${w}`;
    if (COMPANY_NOUNS.has(whole)) return 'company';
    if (ORGANIZATION_HEADS.has(whole)) return 'organization';
  }
  if (w === 'group' || w === 'groups') return NON_BUSINESS_GROUP_WORDS.has(before) ? 'organization' : before === 'a' || before === 'the' ? null : 'company';
  if (w === 'agency') return BUSINESS_AGENCY_WORDS.has(before) ? 'company' : 'organization';
  if (w === 'tank') return before === 'think' ? 'organization' : null;
  // "a decision-maker", "a peace-maker": makers of things that are not goods are people
  if ((w === 'maker' || w === 'makers') && low(tk, k - 1) === '-' && PEOPLE_MAKING.has(low(tk, k - 2))) return 'person';
  const qualified = QUALIFIED_ONLY[w];
  if (qualified && OWNED_BUSINESS_NOUNS.has(w) && ownershipBefore(tk, k)) return 'company';
  if (qualified) return qualified.has(before) ? 'company' : PERSON_HEADS.has(w) ? 'person' : null;
  if (COMPANY_NOUNS.has(w)) return 'company';
  if (PERSON_HEADS.has(w)) return 'person';
  if (ORGANIZATION_HEADS.has(w)) return 'organization';
  return null;
}

/** The head of the noun phrase that starts at `k` (after its determiner): its last word before a clause or a preposition. */
function phraseHead(tk: Token[], k: number): { kind: DescribedKind; noun: string; at: number } | null {
  let last = -1;
  for (let j = k; j < k + 8 && j < tk.length; j++) {
    const w = low(tk, j);
    // "a London-based think tank": a participle glued by a hyphen is part of an adjective, not a clause
    const compound = low(tk, j - 1) === '-' && tk[j]!.gap === 0;
    // "an advertising and design agency": "and" inside the phrase, before its head
    // "the U.S. trade office": an abbreviation's point does not end the phrase
    const abbreviation = w === '.' && tk[j]!.gap === 0 && tk[j - 1]?.kind === 'word' && tk[j - 1]!.raw.length <= 2 && tk[j - 1]!.raw !== tk[j - 1]!.low;
    if (abbreviation) continue;
    // "a privately held retailer", "a wholly owned unit": a participle after an adverb, before a noun, is an adjective
    const adjective = OWNERSHIP_PARTICIPLES.has(w) && /ly$/.test(low(tk, j - 1)) && tk[j + 1]?.kind === 'word' && !STOPS.has(low(tk, j + 1));
    if (STOPS.has(w) && !compound && !adjective && !(w === 'and' && last >= 0 && !headKind(tk, last))) {
      // "a company wholly owned by X", "a firm recently listed in Oslo": the adverb opens the clause, not the head
      if (last === j - 1 && last > k && /ly$/.test(low(tk, last)) && OWNERSHIP_PARTICIPLES.has(w) && tk[last - 1]?.kind === 'word') last--;
      break;
    }
    // "the world's largest producer": the possessive's "s" is not a word of the phrase
    if (w === 's' && (low(tk, j - 1) === "'" || low(tk, j - 1) === '’')) continue;
    if (tk[j]!.kind === 'word' && w !== 'and') last = j;
  }
  if (last < 0) return null;
  const kind = headKind(tk, last);
  return kind ? { kind, noun: low(tk, last), at: last } : null;
}

/** Prepositions of place before a name: the name ends a phrase of where, not a speaker's name. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'to', 'from', 'into', 'throughout', 'outside', 'around', 'inside']);

/** Verbs of saying that make ", the company said" a reporting clause after a sentence's last word, not an apposition. */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'confirmed', 'stated', 'wrote', 'noted',
  'explained', 'estimated', 'estimates', 'expects', 'expected', 'predicted', 'warned', 'argued', 'acknowledged']);

/** The end of the names coordinated with the one ending at `next` ("X and Y are ..."). */
function afterCoordination(tk: Token[], next: number): number {
  let k = next;
  for (let hops = 0; hops < 4; hops++) {
    const w = low(tk, k);
    if (w !== 'and' && w !== ',' && w !== 'or') break;
    k++;
    // "X, Y and the van maker Z are ...": a last member introduced by its trade noun
    if (w === 'and' && low(tk, k) === 'the') {
      let j = k + 1;
      while (j < k + 6 && ((tk[j]?.kind === 'word' && !isCapWord(tk[j])) || (tk[j]?.raw === '-' && tk[j]!.gap === 0))) j++;
      if (j > k + 1 && isCapWord(tk[j]) && headKind(tk, j - 1) === 'company') k = j;
    }
    if (!isCapWord(tk[k])) {
      k--;
      break;
    }
    while (isCapWord(tk[k]) && tk[k]!.gap <= 1) k++;
  }
  return k;
}

/** What the text around the name at [first, next) says it is, with the noun that says so. */
export function describedAs(tk: Token[], first: number, next: number): { kind: DescribedKind; noun: string } | null {
  // "X, a Chinese magnet maker", "X, the world's largest producer", "X, one of the largest producers"
  if (low(tk, next) === ',' && ['a', 'an', 'the'].includes(low(tk, next + 1))) {
    const head = phraseHead(tk, next + 2);
    // "... plants in Sonora and Tabasco, the companies said": the phrase is the subject of a reporting clause, and
    // speaks of the name only when it may be the one speaker ("orders rose at X, the company said"), not of a place
    // or of several speakers
    if (head && REPORTING_VERBS.has(low(tk, head.at + 1)) && (head.noun.endsWith('s') || PLACE_PREPOSITIONS.has(low(tk, first - 1)) || low(tk, first - 1) === 'and')) return null;
    if (head) return head;
  }
  // "X, Europe's biggest brewer", "X, Norway's second-largest lender": a place's possessive stands for "the", before a rank
  if (low(tk, next) === ',' && isCapWord(tk[next + 1]) && (low(tk, next + 2) === "'" || low(tk, next + 2) === '’') && low(tk, next + 3) === 's' && RANKS.test(low(tk, next + 4))) {
    const head = phraseHead(tk, next + 4);
    if (head) return head;
  }
  // "X, maker of Vexo zippers", "X, supplier of parts to ...": a trade without its article, named by what it makes
  if (low(tk, next) === ',' && low(tk, next + 2) === 'of' && BARE_TRADES.has(low(tk, next + 1))) return { kind: 'company', noun: low(tk, next + 1) };
  if (low(tk, next) === ',' && low(tk, next + 1) === 'one' && low(tk, next + 2) === 'of' && ['the', 'its', 'their'].includes(low(tk, next + 3))) {
    const head = phraseHead(tk, next + 4);
    if (head) return head;
  }
  // "X and Y are suppliers of Z", "X is one of the largest makers", "X is an analyst"
  let k = afterCoordination(tk, next);
  if (COPULAS.has(low(tk, k))) {
    k++;
    while (HEDGES.has(low(tk, k))) k++;
    if ((low(tk, k) === 'said' || low(tk, k) === 'believed' || low(tk, k) === 'thought') && low(tk, k + 1) === 'to' && low(tk, k + 2) === 'be') k += 3;
    let group = false;
    if (low(tk, k) === 'one' && low(tk, k + 1) === 'of') k += 2;
    else if (low(tk, k) === 'among') {
      k++;
      group = true;
    }
    if (['a', 'an', 'the'].includes(low(tk, k))) {
      const head = phraseHead(tk, k + 1);
      if (head) return head;
    } else if (group && tk[k]?.kind === 'word' && !isCapWord(tk[k])) {
      // "X and Y are among retailers that raised prices": a group named without a determiner
      const head = phraseHead(tk, k);
      if (head) return head;
    }
  }
  // "the band's label, X", "its parent company, X", "his old band, the X": a singular noun, a comma, the name
  const comma = low(tk, first - 1) === 'the' && low(tk, first - 2) === ',' ? first - 2 : first - 1;
  if (low(tk, comma) === ',' && tk[comma - 1]?.kind === 'word') {
    const w = low(tk, comma - 1);
    // "its partner, X": a thing's partner is a business, where "her partner, X" is a person
    if (w === 'partner' && thingsPartner(tk, comma - 1)) return { kind: 'company', noun: w };
    const kind = headKind(tk, comma - 1);
    if (kind && !w.endsWith('s')) {
      const det = [low(tk, comma - 2), low(tk, comma - 3), low(tk, comma - 4)];
      // a determiner or a possessive before the noun ("the band's music label, X")
      if (det.some((d) => ['a', 'an', 'the', 'its', 'her', 'his', 'their', 'our', 's'].includes(d)) && !frontedAdverbial(tk, comma)) return { kind, noun: w };
    }
  }
  return null;
}

/** Kinds of partner a business has ("its technology partner"), between the possessive and the noun. */
const PARTNER_KINDS = new Set(['technology', 'tech', 'commercial', 'strategic', 'industrial', 'manufacturing', 'distribution', 'retail',
  'banking', 'logistics', 'local', 'joint-venture', 'venture', 'licensing', 'supply', 'production', 'marketing', 'development']);

/** Words before "its partner" that make the partner one side of a dealing ("signed with its partner X", "X and its partner Y"). */
const DEALING_SIDES = new Set(['with', 'and', 'to', 'from', 'by', 'between', 'alongside']);

/**
 * "its partner" at `k` names a business's partner in a dealing: "its" speaks of a thing, "their" may be a person's
 * (the person tagger judges the names it makes firms, as for any cue). A fund's or a law firm's partner is a person
 * ("Its partner X said"), so the partner must be one side of a dealing, or of a business's kind ("its technology partner").
 */
export function thingsPartner(tk: Token[], k: number): boolean {
  const kind = PARTNER_KINDS.has(low(tk, k - 1));
  const at = kind ? k - 2 : k - 1;
  if (low(tk, at) !== 'its' && low(tk, at) !== 'their') return false;
  return kind || DEALING_SIDES.has(low(tk, at - 1));
}

/** Prepositions that open a sentence with a phrase of place or time ("At the old mine, X ..."). */
const FRONTING_PREPOSITIONS = new Set(['at', 'in', 'near', 'on', 'inside', 'outside', 'beyond', 'across', 'around', 'from', 'after',
  'during', 'since', 'under', 'behind', 'within']);

/**
 * The phrase before the comma at `comma` opens its sentence after a preposition: it says where or when,
 * and the name after the comma is the sentence's subject, not the thing the phrase names.
 */
function frontedAdverbial(tk: Token[], comma: number): boolean {
  for (let j = comma - 1; j >= Math.max(0, comma - 8); j--) {
    const t = tk[j]!;
    if (t.raw === '.' || t.raw === ',' || t.raw === ';') return false;
    if (FRONTING_PREPOSITIONS.has(t.low)) {
      const before = tk[j - 1];
      return t.raw !== t.low && (!before || ['.', '!', '?', '"', '“', '\n'].includes(before.raw) || before.gap >= 2 || t.gap >= 2);
    }
  }
  return false;
}

