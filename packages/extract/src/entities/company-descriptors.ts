import type { Token } from '../text/tokenize.ts';
import { GIVEN_NAMES } from './org-lexicon.ts';
import { countryDemonym } from './countries.ts';

/**
 * News introduces a firm no reader knows by what it trades, with a determiner before the trade:
 * "the online car dealer X", "the French fund X", "a Dutch infrastructure fund, X". Nouns that
 * people take as often ("fund", "dealer", "investor") name a business only in that frame: the
 * determiner makes them nouns ("to fund X" is a verb), and a name opening with a given name is
 * the person the trade describes ("the art dealer John Roe").
 */

/** Trade nouns that name a firm only with a determiner before them. */
const FRAMED_TRADES = new Set(['fund', 'dealer', 'dealership', 'investor', 'trader', 'developer', 'operator', 'buyer', 'newcomer', 'group',
  'breeder', 'grower', 'installer']);
/** Trades a demonym alone makes a firm's: a group, a fund or a newcomer needs more words around it. */
const HEADLINE_TRADES = new Set(['dealer', 'trader', 'developer', 'operator', 'breeder', 'grower', 'installer']);
/** Trades that make a group a business ("the mining group X"); bands, militias and lobbies are groups too. */
const BUSINESS_GROUP_TRADES = new Set(['mining', 'media', 'luxury', 'engineering', 'industrial', 'chemicals', 'chemical', 'energy', 'steel',
  'shipping', 'insurance', 'banking', 'financial', 'retail', 'food', 'drinks', 'beverage', 'beverages', 'pharmaceutical', 'pharmaceuticals',
  'pharma', 'telecom', 'telecoms', 'utility', 'travel', 'hotel', 'hotels', 'property', 'construction', 'defence', 'defense', 'aerospace',
  'technology', 'tech', 'fashion', 'publishing', 'advertising', 'packaging', 'logistics', 'investment', 'equity', 'building', 'materials',
  'brewing', 'automotive', 'leisure', 'gaming', 'betting', 'entertainment', 'supermarket', 'airline', 'aviation', 'cement', 'textile',
  'conglomerate', 'electronics', 'software', 'healthcare', 'agribusiness', 'commodities', 'trading', 'car', 'auto', 'broadcasting',
  'payments', 'payment', 'fintech', 'streaming', 'gambling', 'sportswear', 'clothing', 'dairy', 'toy', 'toys', 'games', 'internet',
  'e-commerce', 'ecommerce', 'cable', 'satellite', 'music']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
/** Words no noun phrase holds before its head: a clause's ("plans to fund X", "will fund X"). */
const CLAUSE_WORDS = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'that', 'which', 'who',
  'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
  'not', 'also', 'did', 'does', 'do']);
/** Words of a newcomer's market: a newcomer is a firm only among them ("a newcomer to politics" is a person). */
const NEWCOMER_OWNERS = new Set(['broadcaster', 'streaming', 'media', 'tv', 'television', 'telecom', 'retail', 'airline', 'energy', 'tech',
  'fintech', 'digital', 'online', 'mobile', 'budget', 'discount']);

/** Words that make a fund the state's ("the sovereign wealth fund X", "the state pension fund X"): a public body's. */
const PUBLIC_FUND_WORDS = new Set(['state', 'sovereign', 'public', 'government', 'national', 'federal', 'municipal', 'provincial']);

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw[0] !== t.low[0];
}

/** The determiner of the phrase whose last word is at `k`, over at most four adjectives, demonyms and modifier nouns. */
function determinerBefore(tk: Token[], k: number): number {
  for (let j = k - 1, words = 0; j >= 0 && words <= 4; j--) {
    const t = tk[j]!;
    if (DETERMINERS.has(t.low) && t.kind === 'word') return j;
    // "the U.S. fund": an abbreviation's points
    if (t.raw === '.' && t.gap === 0 && isCapWord(tk[j - 1]) && tk[j - 1]!.raw.length === 1) continue;
    if (t.raw === '-' && t.gap === 0) continue;
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.low)) return -1;
    words++;
  }
  return -1;
}

/** Words of ownership and accounts: around "the Dutch group X" they make the group a business, not a band or a militia. */
const BUSINESS_CONTEXT = new Set(['owns', 'owned', 'owner', 'stake', 'shares', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'parent',
  'subsidiary', 'unit', 'acquired', 'acquire', 'bought', 'buy', 'sold', 'sell', 'takeover', 'merger', 'franchise', 'company', 'brand',
  'brands', 'customers', 'operating', 'earnings', 'investment', 'invested', 'deal', 'contract', 'contracts', 'factory', 'plant', 'jobs']);

/**
 * "the French group X, which owns ...", "its parent company, the Dutch group X": a demonym alone before "group" names a
 * business group when the sentence around speaks of ownership or accounts (a band's or a militia's sentence does not).
 */
function nationalBusinessGroup(tk: Token[], k: number, next: number): boolean {
  if (low(tk, k - 2) !== 'the' || !isCapWord(tk[k - 1]) || !countryDemonym(low(tk, k - 1))) return false;
  for (let j = k - 3; j >= Math.max(0, k - 14) && !['.', '!', '?'].includes(low(tk, j)); j--) if (BUSINESS_CONTEXT.has(low(tk, j))) return true;
  for (let j = next; j < Math.min(tk.length, next + 14) && !['.', '!', '?'].includes(low(tk, j)); j++) if (BUSINESS_CONTEXT.has(low(tk, j))) return true;
  return false;
}

/** The name at [first, next) opens with a given name: the person the trade describes. */
function personLike(tk: Token[], first: number, next: number): boolean {
  return next - first >= 2 && GIVEN_NAMES.has(low(tk, first));
}

/** "the French fund X", "a used-car dealer X", "a Swedish newcomer, X,": the trade that introduces the name, or null. */
export function framedTrade(tk: Token[], first: number, next: number): string | null {
  if (personLike(tk, first, next)) return null;
  // the trade right before the name, or set off by a comma before a name closed by another ("a newcomer, X, bid")
  const comma = low(tk, first - 1) === ',';
  const k = comma ? first - 2 : first - 1;
  const noun = low(tk, k);
  if (!FRAMED_TRADES.has(noun) || tk[k]!.kind !== 'word') return null;
  if (comma && low(tk, next) !== ',') return null;
  if (noun === 'group' && !BUSINESS_GROUP_TRADES.has(low(tk, k - 1)) && !nationalBusinessGroup(tk, k, next)) return null;
  const det = determinerBefore(tk, k);
  // "to Dutch breeder X for €36m": a headline drops the determiner; a country's demonym still makes the trade a firm's
  if (det < 0) return !comma && HEADLINE_TRADES.has(noun) && countryDemonym(low(tk, k - 1)) && isCapWord(tk[k - 1]) ? `introduced as ${low(tk, k - 1)} ${noun}` : null;
  if (noun === 'newcomer' && !newcomerAmongFirms(tk, det, k, next)) return null;
  if (noun === 'fund' && tk.slice(det + 1, k).some((t) => PUBLIC_FUND_WORDS.has(t.low))) return null;
  return `introduced as ${tk[det]!.low} ${noun}`;
}

/** A newcomer is a firm among words of a market, in its phrase or in the name ("a streaming newcomer", "X TV"). */
function newcomerAmongFirms(tk: Token[], det: number, k: number, next: number): boolean {
  for (let j = det + 1; j < k; j++) if (NEWCOMER_OWNERS.has(low(tk, j))) return true;
  return NEWCOMER_OWNERS.has(low(tk, next - 1));
}
