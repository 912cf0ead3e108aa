import type { Token } from '../text/tokenize.ts';
import { endsSentence, unitNounAt } from './price-units.ts';

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
const PRICE_OF = new Set(['price', 'eps', 'dividend', 'earnings', 'payout', 'high', 'low', 'peak']);
/** Prices only a share is sold at: "an offer price of $21", "the issue price of 250p", "an IPO price of". */
const SHARE_SALE_PRICES = new Set(['offer', 'issue', 'ipo', 'listing', 'placing', 'subscription', 'exercise', 'strike', 'bid', 'takeover', 'flotation']);
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

const PRICE_NOUNS = new Set(['price', 'cost', 'prices']);
const ONE = new Set(['a', 'an', 'one']);
/** Words a unit may carry between "a" and its noun: "a 50-kg bag", "a standard bag", "a litre". */
const UNIT_NOUN_REACH = 5;

/**
 * "the price of a 50-kg bag climbed from ₹340 to ₹465", "the cost of a litre of diesel rose to 145p": a
 * price the clause says is of one unit of something. `of` is the token of "of".
 */
function priceOfOneAt(tk: Token[], of: number): string | null {
  if (!PRICE_NOUNS.has(tk[of - 1]?.low ?? '') || !ONE.has(tk[of + 1]?.low ?? '')) return null;
  for (let j = of + 2; j < of + 2 + UNIT_NOUN_REACH && j < tk.length; j++) {
    const t = tk[j]!;
    if (t.gap >= 2 || CLAUSE_END.has(t.raw) || t.raw === ',') return null;
    // the unit is the head noun: "a 50-kg bag", not "a kg" inside "a 50-kg bag"
    if (t.kind !== 'word' || tk[j + 1]?.raw === '-' || ((tk[j - 1]?.raw === '-' || tk[j - 1]?.kind === 'num') && t.gap === 0)) continue;
    const unit = unitNounAt(tk, j);
    if (unit) return unit;
    if (!/^[a-z]/.test(t.raw)) return null;
  }
  return null;
}

/** Who sets the targets a share is expected to reach. */
const SHARE_ANALYSTS = new Set(['analyst', 'analysts', 'broker', 'brokers', 'brokerage', 'brokerages', 'strategist', 'strategists']);
const TARGET_OWNERS = new Set(['their', 'its', 'his', 'her', 'a', 'the']);
const ANALYST_REACH = 12;

/**
 * "Brokers at X lifted their target to 1,650p": a plain "target" is a price target where analysts or brokers
 * set it in the same clause; a sales or savings target set by anyone else is not a price per share.
 */
function analystTargetAt(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if ((t.low !== 'target' && t.low !== 'targets') || !TARGET_OWNERS.has(tk[k - 1]?.low ?? '')) return false;
  for (let j = k - 2; j >= 0 && j >= k - ANALYST_REACH; j--) {
    if (CLAUSE_END.has(tk[j]!.raw) || tk[j + 1]!.gap >= 2) return false;
    if (SHARE_ANALYSTS.has(tk[j]!.low)) return true;
  }
  return false;
}

/** "rose $2.40, or 5.1 percent, to": the percentage a change is restated as, between commas. */
export function restatedPercentEndsAt(tk: Token[], k: number): number {
  let j = k;
  if (tk[j]?.raw !== ',') return -1;
  j--;
  if (tk[j]?.raw === '%') j--;
  else if (tk[j]?.low === 'percent' || tk[j]?.low === 'pc') j--;
  else if (tk[j]?.low === 'cent' && tk[j - 1]?.low === 'per') j -= 2;
  else return -1;
  while (j >= 0 && (tk[j]!.kind === 'num' || tk[j]!.raw === '.')) j--;
  if (tk[j]?.kind === 'num' || tk[j + 1]?.kind !== 'num') return -1;
  if (tk[j]?.low !== 'or' || tk[j - 1]?.raw !== ',') return -1;
  return j - 1;
}

/** Tokens [from, to) are one figure: digits, their points and commas, perhaps restated as a percentage. */
function onlyFigureBetween(tk: Token[], from: number, to: number): boolean {
  const restated = restatedPercentEndsAt(tk, to - 1);
  if (restated >= 0) to = restated;
  if (from >= to || to - from > 5) return false;
  for (let k = from; k < to; k++) if (tk[k]!.kind !== 'num' && tk[k]!.raw !== '.' && tk[k]!.raw !== ',') return false;
  return true;
}

/** Words that open an aside about a priced thing: "shares, which have doubled this year, rose to". */
const ASIDE_OPENERS = new Set(['which', 'who', 'whose', 'already', 'listed', 'traded', 'trading', 'quoted', 'having', 'now', 'still', 'down', 'up', 'after', 'despite', 'like', 'unlike', 'once']);
const ASIDE_REACH = 20;

/** Words that open a clause of its own after a comma: "the shares fell, which hurt the fund, and fees rose to $12". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'as', 'when', 'so', 'yet']);

function newClauseBetween(tk: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CLAUSE_OPENERS.has(tk[j]!.low)) return true;
  return false;
}

/**
 * Where the subject of a clause resumes before an aside that ends at the comma `close`: "The shares, which
 * have lagged rivals this year, rose 4% to €18.35" looks for the priced thing before "which". -1 if the comma
 * closes no aside.
 */
function asideOpeningBefore(tk: Token[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - ASIDE_REACH; j--) {
    const t = tk[j]!;
    if (CLAUSE_END.has(t.raw) || tk[j + 1]!.gap >= 2) return -1;
    if (t.raw === ',') return ASIDE_OPENERS.has(tk[j + 1]?.low ?? '') ? j : -1;
  }
  return -1;
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
  let reach = first - LOOK_BACK;
  for (let k = first - 2; k >= 0 && k >= reach; k--) {
    const t = tk[k]!;
    if (tk[k + 1]!.gap >= 2) return null;
    // an aside between commas says nothing of what the figure prices: look past it, its length uncounted
    if (t.raw === ',') {
      // ", or 5.1 per cent," restating a change is no distance either
      const restated = restatedPercentEndsAt(tk, k);
      if (restated >= 0) reach -= k - restated;
      const open = restated >= 0 || newClauseBetween(tk, k + 1, first) ? -1 : asideOpeningBefore(tk, k);
      if (open >= 0) {
        reach -= k - open;
        k = open;
        continue;
      }
    }
    // a point inside a number ("0.05") ends nothing
    if (CLAUSE_END.has(t.raw) && !(t.raw === '.' && t.gap === 0 && tk[k + 1]!.gap === 0)) return null;
    // another figure with its own currency in between: the subject is that figure's, not this one's, unless
    // it is the change that led here ("shares fell $1.20 to $45.30")
    if ((t.raw === '$' || t.raw === '€' || t.raw === '£') && !(prev.low === 'to' && onlyFigureBetween(tk, k + 1, first - 1))) return null;
    if (t.kind !== 'word') continue;
    if (t.low === 'price' && SHARE_SALE_PRICES.has(tk[k - 1]?.low ?? '') && tk[k - 1]!.gap < 2) {
      return value <= PRICED.shares!.max ? { unit: 'share', from: `${tk[k - 1]!.low} price` } : null;
    }
    if (priceTargetEndsAt(tk, k)) return value <= PRICED.shares!.max ? { unit: 'share', from: `${tk[k - 1]!.low} ${t.low}` } : null;
    const perOne = t.low === 'of' ? priceOfOneAt(tk, k) : null;
    if (perOne) return { unit: perOne, from: `${tk[k - 1]!.low} of one ${perOne}` };
    if (analystTargetAt(tk, k)) return value <= PRICED.shares!.max ? { unit: 'share', from: `an analysts' ${t.low}` } : null;
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
/** Sales of new shares named as such: "the IPO was priced at $21", "priced the float at 250p". */
const SHARE_SALES = new Set(['ipo', 'float', 'flotation', 'offering', 'listing', 'placing', 'placement']);
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
    const saleNear = (j: number) => SHARE_WORDS.has(tk[j]?.low ?? '') || SHARE_SALES.has(tk[j]?.low ?? '');
    if (PRICING.has(t.low) && [1, 2, 3].some((d) => saleNear(k + d) || saleNear(k - d))) {
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

/** What may stand between an amount and "for each share": "in cash", "and 0.42 Acme shares". */
const EACH_SHARE_REACH = 10;
const EACH_WORDS = new Set(['each', 'every']);
const SHARE_DETERMINERS = new Set(['of', 'their', 'its', 'the', 'his', 'her', 'your', 'our', 'ordinary', 'common', 'class', 'existing', 'outstanding']);

/**
 * "an offer of $38.50 for each share", "412p in cash for every Acme share", "$20 in cash and 0.5 new shares
 * for each share they own": the sum paid for one share. Only a small amount, and only up to the end of its
 * clause or another amount of money.
 */
export function eachShareAfter(tk: Token[], next: number, value: number): ContextUnit | null {
  if (value > PRICED.shares!.max) return null;
  for (let k = next; k < next + EACH_SHARE_REACH && k < tk.length; k++) {
    const t = tk[k]!;
    const decimalPoint = t.raw === '.' && t.gap === 0 && tk[k + 1]?.gap === 0;
    if (t.gap >= 2 || (CLAUSE_END.has(t.raw) && !decimalPoint) || t.raw === '$' || t.raw === '€' || t.raw === '£' || t.raw === '¥') return null;
    if (t.low !== 'for' && t.low !== 'per') continue;
    // "per Kora share": a name between "per" and the share
    if (t.low === 'per' && /^[A-Z]/.test(tk[k + 1]?.raw ?? '')) {
      let j = k + 1;
      while (j < k + 4 && /^[A-Z]/.test(tk[j]?.raw ?? '') && tk[j]!.gap < 2) j++;
      return SHARE_WORDS.has(tk[j]?.low ?? '') ? { unit: 'share', from: 'per share', after: true } : null;
    }
    if (!EACH_WORDS.has(tk[k + 1]?.low ?? '')) continue;
    // "for each Acme share", "for each of its shares", "for every ordinary share held": the first common
    // noun after the name and determiners is what is paid for
    for (let j = k + 2; j <= k + 6 && j < tk.length; j++) {
      const w = tk[j]!;
      if (w.gap >= 2 || (w.kind === 'punct' && w.raw !== "'" && w.raw !== '’')) break;
      if (SHARE_WORDS.has(w.low)) return { unit: 'share', from: `${t.low} ${tk[k + 1]!.low} share`, after: true };
      if (w.kind === 'word' && /^[a-z]/.test(w.raw) && !SHARE_DETERMINERS.has(w.low) && w.raw !== 's') break;
    }
    return null;
  }
  return null;
}
