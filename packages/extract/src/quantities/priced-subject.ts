import type { Token } from '../text/tokenize.ts';
import type { ContextUnit } from './price-context.ts';
import { unitNounAt } from './price-units.ts';

/**
 * A price told with one unit of the thing as the subject of a verb of price: "a kilogram of gold now costs
 * CHF 92,000", "one yuan buys about HK$1.04", "a barrel of Brent sells for $80". The figure after the verb
 * is a price per that unit; the "one yuan" before it names the unit and is no amount of its own.
 */

/** Verbs that give a thing's price as their object, with the particle some of them take ("sells for"). */
const PRICE_VERBS = new Set(['costs', 'cost', 'buys', 'bought', 'fetches', 'fetched', 'sells', 'sold', 'goes', 'went', 'trades', 'traded']);
const PARTICLES = new Set(['for', 'at']);
/** "is worth", "was priced at": a verb of being before the word that makes it a price. */
const BEING = new Set(['is', 'was', 'are', 'were']);
const BEING_PRICES = new Set(['worth', 'priced']);
/** Adverbs that may stand between the subject and its verb: "a kilogram now costs". */
const ADVERBS = new Set(['now', 'currently', 'still', 'today', 'typically', 'already', 'only', 'just', 'usually']);
/** Words that open the subject: "a", "an", "one", "each". */
const ONE = new Set(['a', 'an', 'one', 'each']);
/** Currencies named as the unit priced: "one yuan", "a euro", "one US dollar". */
const CURRENCY_UNITS: Record<string, string> = { dollar: 'USD', euro: 'EUR', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rupee: 'INR', franc: 'CHF', ringgit: 'MYR' };
/** How many words "of ..." may name the goods with: "a kilogram of Swiss gold bars". */
const GOODS_WORDS = 4;
/**
 * Measures a thing is priced by. A counted thing ("a meal costs 9,000 won", "a ride costs 15 pesos") is
 * one item's price, not a rate; neither is "a unit of the bank sold for $5".
 */
const MEASURES = new Set(['t', 'kg', 'g', 'lb', 'oz', 'l', 'gal', 'bbl', 'kWh', 'MWh', 'GWh', 'GJ', 'MMBtu', 'bushel', 'cwt', 'carat', 'acre', 'ha', 'share']);

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/** The unit a word names at `k` as the thing priced, with the token after it. */
function unitAt(tk: Token[], k: number): { unit: string; next: number } | null {
  const marked = (word(tk, k) === 'us' || word(tk, k) === 'american') && word(tk, k + 1) === 'dollar';
  const currency = CURRENCY_UNITS[word(tk, marked ? k + 1 : k)];
  if (currency) return { unit: currency, next: marked ? k + 2 : k + 1 };
  const unit = unitNounAt(tk, k);
  return unit && MEASURES.has(unit) ? { unit, next: k + 1 } : null;
}

/** Token where the verb of price ending at `last` starts (with its particle and adverbs before it), or -1. */
function verbStartsAt(tk: Token[], last: number): number {
  let j = last;
  if (PARTICLES.has(word(tk, j))) j--;
  if (BEING_PRICES.has(word(tk, j)) && BEING.has(word(tk, j - 1))) j -= 2;
  else if (PRICE_VERBS.has(word(tk, j))) j--;
  else return -1;
  while (ADVERBS.has(word(tk, j))) j--;
  return j + 1;
}

/** The unit priced by the subject of the verb that ends right before the figure at `first`, or null. */
export function pricedSubjectBefore(tk: Token[], first: number): ContextUnit | null {
  const verb = verbStartsAt(tk, first - 1);
  if (verb < 0) return null;
  for (let s = verb - 2; s >= 0 && s >= verb - 3 - GOODS_WORDS; s--) {
    // the subject may open a paragraph: its own gap does not matter
    if (tk[s]!.kind !== 'word' || !ONE.has(tk[s]!.low) || tk[s + 1]!.gap >= 2) continue;
    const unit = unitAt(tk, s + 1);
    if (!unit) continue;
    // "a kilogram costs", or "a kilogram of gold costs": only words between the unit and the verb
    const goods = unit.next < verb && word(tk, unit.next) === 'of';
    if (unit.next !== verb && !goods) continue;
    let plain = true;
    for (let k = unit.next; k < verb; k++) if (!word(tk, k)) plain = false;
    if (plain) return { unit: unit.unit, from: tk.slice(s, verb).map((t) => t.raw).join(' ') };
  }
  return null;
}

/** Whether a verb of price follows at `next`: the "one yuan" of "one yuan buys HK$1.04" is the unit priced, not a sum. */
export function pricedAfter(tk: Token[], next: number): boolean {
  let j = next;
  while (ADVERBS.has(word(tk, j))) j++;
  if (BEING.has(word(tk, j)) && BEING_PRICES.has(word(tk, j + 1))) return true;
  return PRICE_VERBS.has(word(tk, j));
}
