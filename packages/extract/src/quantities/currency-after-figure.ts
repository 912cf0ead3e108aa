import type { Numeral } from '../numbers/numeral.ts';
import type { Token } from '../text/tokenize.ts';
import { currencyAfter, textMatch } from './currencies.ts';

/**
 * The currency written after a figure, and the words that make it money: "99 cents", "50p", "5 million
 * pounds", "40 US cents", "a 10-million-dollar reward", "3 billion Danish crowns". "pounds" is a mass unless
 * paying or a scale makes it money; "won" is a verb unless Korea or a scale makes it the currency.
 */

/** Verbs and nouns of paying before a figure make "pounds" money rather than a mass. */
const PAYING = new Set([
  'fined', 'fine', 'paid', 'pay', 'pays', 'paying', 'cost', 'costs', 'worth', 'raised', 'spent', 'spend', 'earned', 'earn', 'earns',
  'owed', 'owes', 'owe', 'salary', 'wage', 'wages', 'fee', 'fees', 'price', 'prize', 'bonus', 'budget', 'invested', 'invest',
  'loan', 'debt', 'charged', 'compensation', 'damages', 'donated', 'sold', 'bought', 'award', 'awarded', 'grant', 'funding',
  'prices', 'priced', 'costing', 'dividend', 'dividends', 'payout', 'charge', 'charges', 'rent', 'tax', 'fines', 'salaries', 'ticket', 'tickets', 'fare', 'fares',
]);

export function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/**
 * "five million pounds", "20,000 pounds sterling", "fined 20,000 pounds": money, not mass. A figure of
 * pounds "of" something, or one weighed, stays a mass.
 */
export function poundsAreMoney(tk: Token[], n: Numeral, unitFirst: number, unitNext: number): boolean {
  if (!word(tk, unitFirst).startsWith('pound')) return false;
  if (word(tk, unitNext) === 'sterling' || tk[n.first - 1]?.raw === '£') return true;
  if (word(tk, unitNext) === 'of') return false;
  if (n.scaled) return true;
  for (let k = n.first - 1; k >= 0 && k >= n.first - 4; k--) {
    const w = word(tk, k);
    if (!w || w.startsWith('weigh')) return false;
    if (PAYING.has(w)) return true;
  }
  return false;
}

export const HYPHEN_SCALES: Record<string, number> = { thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, cr: 1e7, billion: 1e9, trillion: 1e12 };
/** Hundredths written as their own word: "99 cents", "312 pence". Cents are US cents unless the article deals in euros. */
const SUBUNITS: Record<string, string> = { cents: 'USD', cent: 'USD', pence: 'GBP', penny: 'GBP' };
const EURO_ARTICLE = /€|\beuros?\b/i;
const DOLLAR_ARTICLE = /\$|\bdollars?\b|\bUSD\b/i;
/** Hundredths of the franc: "centimes" where French is spoken, "Rappen" where German is. */
const FRANC_SUBUNITS = new Set(['centime', 'centimes', 'rappen']);
const FRANC_ARTICLE = /\bSwiss\b|\bSwitzerland\b|\bCHF\b|\bfrancs?\b|\bFr\. \d/;

/**
 * Who "cents" are hundredths of: an article that deals in euros and names no dollar means euro cents
 * ("34.5 cents a kilowatt hour" in a story priced in €); otherwise US cents, with the doubt said where
 * euros are about too.
 */
function centsOf(text: string): { code: string; doubt?: string } {
  if (!textMatch(text, EURO_ARTICLE)) return { code: 'USD' };
  if (!textMatch(text, DOLLAR_ARTICLE)) return { code: 'EUR' };
  return { code: 'USD', doubt: "'cents' are hundredths of the dollar or the euro; US cents assumed" };
}

/** "29.6 centimes per kWh": the franc's hundredths in a Swiss story, the euro's in one that deals in euros only. */
function centimesOf(text: string): string | null {
  if (textMatch(text, FRANC_ARTICLE)) return 'CHF';
  return textMatch(text, EURO_ARTICLE) ? 'EUR' : null;
}
/** Currencies named before "cents": "50 US cents", "20 euro cents", "Australian cents". */
const CENTS_OF: Record<string, string> = { us: 'USD', euro: 'EUR', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', 'nz': 'NZD' };
const KOREA = /\bKorea/;

const STERLING_ARTICLE = /£|\bpence\b|\bsterling\b/;
/** Screen resolutions and the like written with a glued "p". */
const NOT_PENCE = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160]);

/** "a 50p coin", "up 2.5p": pence glued to the figure, in an article that deals in pounds or right after a word of paying. */
function pennyGlued(tk: Token[], n: Numeral, text: string): boolean {
  const p = tk[n.next];
  const after = tk[n.next + 1];
  if (n.scaled || p?.raw !== 'p' || p.gap !== 0 || (after && after.gap === 0 && after.kind !== 'punct')) return false;
  // share prices in pence run into the thousands, written with a separator ("1,418p"); a bare "1080p" is a screen
  const grouped = n.value < 100_000 && tk.slice(n.first, n.next).some((t) => t.raw === ',');
  if (!(n.value > 0 && (n.value < 1000 || grouped) && !NOT_PENCE.has(n.value))) return false;
  return !!textMatch(text, STERLING_ARTICLE) || PAYING.has(word(tk, n.first - 1)) || PAYING.has(word(tk, n.first - 2));
}

/** Words before a plain four-digit number that make it a year ("in 2018 won the league"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'from', 'until', 'during', 'of', 'before', 'after']);
/** Words after "won" that make it the verb: "won the league", "won by two points". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);
const AFTER_VERB = new Set(['by', 'in', 'on', 'at', 'over', 'against', 'and', 'but', 'to', 'with', 'for', 'gold', 'silver', 'bronze', 'first', 'back']);

/** A word glued to the token before it by a hyphen: "-dollar" in "10-million-dollar". */
function hyphenedWord(tk: Token[], j: number): string {
  return tk[j]?.raw === '-' && tk[j]!.gap === 0 && tk[j + 1]?.gap === 0 ? word(tk, j + 1) : '';
}

/**
 * "a 10-million-dollar reward", "a five billion-euro plan": the amount written as one compound adjective,
 * the currency's name hyphened after the scale. A pound with a scale word is money, never a mass.
 */
function hyphenedCurrency(tk: Token[], n: Numeral, text: string): { code: string; next: number; scale: number; doubt?: string } | null {
  let j = n.next;
  let scale = 1;
  const s = hyphenedWord(tk, j);
  if (!n.scaled && HYPHEN_SCALES[s]) {
    scale = HYPHEN_SCALES[s]!;
    j += 2;
  } else if (!n.scaled) return null;
  const w = hyphenedWord(tk, j);
  if (w && !/s$/.test(w)) {
    if (w === 'pound') return { code: 'GBP', next: j + 2, scale };
    const c = currencyAfter(tk, j + 1, text);
    return c && c.next === j + 2 ? { code: c.code, next: j + 2, scale, doubt: c.doubt } : null;
  }
  // "a five-billion dollar package": the scale hyphened to the figure, the currency spaced after it
  if (scale === 1 || tk[j]?.gap !== 1) return null;
  if (word(tk, j) === 'pound' || word(tk, j) === 'pounds') return { code: 'GBP', next: j + 1, scale };
  const c = currencyAfter(tk, j, text);
  return c ? { code: c.code, next: c.next, scale, doubt: c.doubt } : null;
}

export function currencyAfterFigure(tk: Token[], n: Numeral, text: string): { code: string; next: number; doubt?: string; hundredths?: boolean; scale?: number } | null {
  const w = word(tk, n.next);
  // "in 2018 won the league", "in 2019-2020 dollars": a year, not an amount
  const yearLike = n.plain && n.value >= 1900 && n.value <= 2100;
  if (yearLike && (YEAR_PREPOSITIONS.has(word(tk, n.first - 1)) || (tk[n.first - 1]?.raw === '-' && tk[n.first - 2]?.raw.length === 4))) return null;
  // "won" is also the verb: the Korean currency needs a scale word or Korea in the article, and no object after it
  if (w === 'won' && (DETERMINERS.has(word(tk, n.next + 1)) || (!n.scaled && ((!n.grouped && AFTER_VERB.has(word(tk, n.next + 1))) || !textMatch(text, KOREA))))) return null;
  // "a 30-cent dividend", "a 50-pence rise": the subunit hyphened to the figure as an adjective
  const hyphened = tk[n.next]?.raw === '-' && tk[n.next]!.gap === 0 && tk[n.next + 1]?.gap === 0 ? word(tk, n.next + 1) : '';
  if ((hyphened === 'cent' || hyphened === 'pence' || hyphened === 'penny') && !n.scaled) {
    const cents = hyphened === 'cent' ? centsOf(text) : { code: SUBUNITS[hyphened]! };
    return { code: cents.code, next: n.next + 2, hundredths: true, doubt: cents.doubt };
  }
  const compound = hyphenedCurrency(tk, n, text);
  if (compound) return compound;
  // "50 US cents", "20 euro cents": the subunit with its currency named before it
  const ownCents = CENTS_OF[w];
  if (ownCents && !n.scaled && (word(tk, n.next + 1) === 'cents' || word(tk, n.next + 1) === 'cent')) return { code: ownCents, next: n.next + 2, hundredths: true };
  const sub = SUBUNITS[w];
  // "the 50 Cent concert": a capitalized singular after a figure other than one is a name
  const named = tk[n.next]?.raw === 'Cent' && n.value !== 1;
  if (sub && !n.scaled && !named) {
    const cents = sub === 'USD' ? centsOf(text) : { code: sub };
    return { code: cents.code, next: n.next + 1, hundredths: true, doubt: cents.doubt };
  }
  const franc = FRANC_SUBUNITS.has(w) && !n.scaled ? centimesOf(text) : null;
  if (franc) return { code: franc, next: n.next + 1, hundredths: true };
  if (pennyGlued(tk, n, text)) return { code: 'GBP', next: n.next + 1, hundredths: true };
  if (w === 'pounds' || w === 'pound') {
    if (!poundsAreMoney(tk, n, n.next, n.next + 1)) return null;
    return { code: 'GBP', next: word(tk, n.next + 1) === 'sterling' ? n.next + 2 : n.next + 1 };
  }
  return currencyAfter(tk, n.next, text);
}
