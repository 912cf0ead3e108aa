import type { Token } from '../text/tokenize.ts';
import { endsSentence } from './price-units.ts';

/**
 * A quoted price often leaves its unit to the clause: "shares closed at $45.20" is a price per share,
 * "Brent was last at $82.10" one per barrel, "the euro rose to $1.09" one per euro. A small amount (no
 * "million") that a price word ("at", "to") introduces takes the unit of the nearest priced thing
 * named before it in the same clause; amounts are never given a unit this way. A stock with a verb of being
 * ("the stock is $8.50") and a share sale being priced in the sentence before say the same of a share.
 */

/** Priced things and the unit they are quoted in, with the largest plausible price per unit. */
const PRICED: Record<string, { unit: string; max: number; min?: number }> = {
  shares: { unit: 'share', max: 1e6 }, share: { unit: 'share', max: 1e6 }, stock: { unit: 'share', max: 1e6 },
  crude: { unit: 'bbl', max: 500 }, oil: { unit: 'bbl', max: 500 }, brent: { unit: 'bbl', max: 500 }, wti: { unit: 'bbl', max: 500 },
  gold: { unit: 'oz', max: 1e4 }, silver: { unit: 'oz', max: 1e4 }, platinum: { unit: 'oz', max: 1e4 }, palladium: { unit: 'oz', max: 1e4 },
  bullion: { unit: 'oz', max: 1e4 },
  // earnings and dividends per share: "EPS of $2.53", "a quarterly dividend of 25 cents"
  eps: { unit: 'share', max: 1e4 }, dividend: { unit: 'share', max: 1e3 },
  // Metals, ores, coal and grain are traded by the tonne the world over; the smallest plausible tonne price
  // keeps out the other ways they are quoted ("copper at $4.60" is a pound on Comex, "wheat to $5.80" a bushel).
  copper: { unit: 't', min: 1000, max: 1e5 }, aluminium: { unit: 't', min: 500, max: 2e4 }, aluminum: { unit: 't', min: 500, max: 2e4 },
  nickel: { unit: 't', min: 1000, max: 2e5 }, zinc: { unit: 't', min: 500, max: 2e4 }, ore: { unit: 't', min: 20, max: 1000 },
  coal: { unit: 't', min: 20, max: 2000 }, wheat: { unit: 't', min: 80, max: 2000 }, barley: { unit: 't', min: 80, max: 2000 },
  maize: { unit: 't', min: 80, max: 2000 }, corn: { unit: 't', min: 80, max: 2000 }, soybeans: { unit: 't', min: 150, max: 3000 }, soybean: { unit: 't', min: 150, max: 3000 },
  rice: { unit: 't', min: 150, max: 3000 }, rebar: { unit: 't', min: 200, max: 5000 }, scrap: { unit: 't', min: 100, max: 5000 },
};
/** Nouns after which "of" introduces a price rather than a part: "a share price of $45", "EPS of $2.53". */
const PRICE_OF = new Set(['price', 'eps', 'dividend', 'earnings', 'payout']);
/** Currencies quoted against another: "the euro at $1.09" is dollars per euro. */
const QUOTED_CURRENCY: Record<string, string> = { euro: 'EUR', sterling: 'GBP', pound: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rouble: 'RUB', ruble: 'RUB', franc: 'CHF', loonie: 'CAD', aussie: 'AUD', kiwi: 'NZD' };
const DOLLAR_OF: Record<string, string> = { australian: 'AUD', canadian: 'CAD', 'new zealand': 'NZD', singapore: 'SGD', taiwan: 'TWD', 'hong kong': 'HKD' };
/** Words that introduce a quoted price right before the figure. */
const PRICE_WORDS = new Set(['at', 'to', 'hit', 'reached', 'touched', 'near', 'from', 'of']);
/** Words that end the clause a price's subject is looked for in. */
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '(', ')', '"', '“', '”']);
const LOOK_BACK = 14;

export interface ContextUnit {
  unit: string;
  /** What it was read from, for the fact's reasons. */
  from: string;
  /** Read from the sentence before rather than the figure's own clause. */
  earlier?: boolean;
  /** Read from the words right after the figure. */
  after?: boolean;
}

/** "The stock is $8.50", "shares are now $12": a share's price given by a verb of being right after its subject. */
const COPULAS = new Set(['is', 'was', 'are', 'were']);
const COPULA_ADVERBS = new Set(['now', 'currently', 'still', 'only', 'just']);
/** "the stock is", "shares were"; a lone "share" is as often a portion ("her share was $400") and needs "price". */
const STOCK_SUBJECTS = new Set(['stock', 'stocks', 'shares']);
const PRICED_SUBJECTS = new Set(['stock', 'share']);

function stockCopulaBefore(tk: Token[], first: number): boolean {
  let k = first - 1;
  if (COPULA_ADVERBS.has(tk[k]?.low ?? '')) k--;
  if (!COPULAS.has(tk[k]?.low ?? '')) return false;
  // the subject right before the verb: "the stock is", "its share price was", "Acme shares were"
  if (tk[k]!.gap >= 2) return false;
  if (tk[k - 1]?.low === 'price') return PRICED_SUBJECTS.has(tk[k - 2]?.low ?? '');
  return STOCK_SUBJECTS.has(tk[k - 1]?.low ?? '');
}

/** "price target", "target price": what analysts expect a share to be worth, a price per share. */
function priceTargetEndsAt(tk: Token[], k: number): boolean {
  const a = tk[k - 1]?.low;
  const b = tk[k]?.low;
  return (a === 'price' && (b === 'target' || b === 'targets')) || (a === 'target' && b === 'price');
}

/** Tokens [from, to) are one figure: digits, their points and commas. */
function onlyFigureBetween(tk: Token[], from: number, to: number): boolean {
  if (from >= to || to - from > 5) return false;
  for (let k = from; k < to; k++) if (tk[k]!.kind !== 'num' && tk[k]!.raw !== '.' && tk[k]!.raw !== ',') return false;
  return true;
}

/**
 * The unit a small amount of `currency` starting at token `first` is quoted in, read from its clause.
 * `first` is where the mention starts (its hedge or currency symbol).
 */
export function contextPerUnit(tk: Token[], first: number, value: number, currency: string): ContextUnit | null {
  if (stockCopulaBefore(tk, first)) return value <= PRICED.shares!.max ? { unit: 'share', from: 'stock' } : null;
  const prev = tk[first - 1];
  if (!prev || prev.kind !== 'word' || !PRICE_WORDS.has(prev.low)) return null;
  // "of" introduces a price only after a word for one ("a share price of $45", "per-share earnings of $1.10")
  if (prev.low === 'of' && !PRICE_OF.has(tk[first - 2]?.low ?? '') && !priceTargetEndsAt(tk, first - 2)) return null;
  for (let k = first - 2; k >= 0 && k >= first - LOOK_BACK; k--) {
    const t = tk[k]!;
    if (tk[k + 1]!.gap >= 2) return null;
    // a point inside a number ("0.05") ends nothing
    if (CLAUSE_END.has(t.raw) && !(t.raw === '.' && t.gap === 0 && tk[k + 1]!.gap === 0)) return null;
    // another figure with its own currency in between: the subject is that figure's, not this one's, unless
    // it is the change that led here ("shares fell $1.20 to $45.30")
    if ((t.raw === '$' || t.raw === '€' || t.raw === '£') && !(prev.low === 'to' && onlyFigureBetween(tk, k + 1, first - 1))) return null;
    if (t.kind !== 'word') continue;
    if (priceTargetEndsAt(tk, k)) return value <= PRICED.shares!.max ? { unit: 'share', from: `${tk[k - 1]!.low} ${t.low}` } : null;
    const priced = PRICED[t.low];
    if (priced) return value <= priced.max && value >= (priced.min ?? 0) ? { unit: priced.unit, from: t.low } : null;
    const quoted = t.low === 'dollar' ? DOLLAR_OF[`${tk[k - 2]?.low} ${tk[k - 1]?.low}`] ?? DOLLAR_OF[tk[k - 1]?.low ?? ''] : QUOTED_CURRENCY[t.low];
    if (quoted) return quoted !== currency && value < 1000 ? { unit: quoted, from: t.low } : null;
  }
  return null;
}

/**
 * A share sale being priced: "pricing its shares at a discount", "priced the new shares". The next small
 * figure, even one the sentence does not tie to a share ("investors were told HK$150 would be the final
 * figure"), is the price of a share. A "share price" that merely moved says nothing of the next figure
 * (a phone launched the same day still costs $799).
 */
const PRICING = new Set(['pricing', 'priced']);
const SHARE_WORDS = new Set(['share', 'shares']);
/** Verbs that make a figure a sum paid or raised, never a share price. */
const SUM_VERBS = new Set(['paid', 'pay', 'pays', 'cost', 'costs', 'spent', 'spend', 'fined', 'raised', 'raise', 'raising', 'worth', 'earned', 'invested', 'lent', 'borrowed']);
const PRICING_REACH = 60;

export function sharePricingBefore(tk: Token[], first: number, value: number): ContextUnit | null {
  if (value > 10_000 || SUM_VERBS.has(tk[first - 1]?.low ?? '')) return null;
  let ends = 0;
  for (let k = first - 1; k >= 0 && k >= first - PRICING_REACH; k--) {
    const t = tk[k]!;
    if (endsSentence(tk, k) && ++ends > 1) return null;
    // another amount in between is what that text priced
    if (t.raw === '$' || t.raw === '€' || t.raw === '£' || t.raw === '¥') return null;
    if (t.kind !== 'word') continue;
    if (PRICING.has(t.low) && [1, 2, 3].some((d) => SHARE_WORDS.has(tk[k + d]?.low ?? '') || SHARE_WORDS.has(tk[k - d]?.low ?? ''))) {
      return { unit: 'share', from: `${t.raw} of shares`, earlier: true };
    }
  }
  return null;
}

/** Words between a small amount and "dividend" that still leave it a payout per share. */
const DIVIDEND_KINDS = new Set(['special', 'quarterly', 'interim', 'final', 'annual', 'cash', 'one-time', 'semiannual', 'semi-annual', 'extra', 'total', 'full-year']);

/**
 * "a $2.50 special dividend", "declared a 40-cent quarterly dividend": a dividend is paid per share, so a
 * small amount written right before the word is the payout on one share.
 */
export function dividendAfter(tk: Token[], next: number, value: number): ContextUnit | null {
  if (value > PRICED.dividend!.max) return null;
  let k = next;
  for (let n = 0; n < 2 && DIVIDEND_KINDS.has(tk[k]?.low ?? '') && tk[k]!.gap < 2; n++) k++;
  const t = tk[k];
  return t && t.gap < 2 && (t.low === 'dividend' || t.low === 'dividends') ? { unit: 'share', from: t.low, after: true } : null;
}
