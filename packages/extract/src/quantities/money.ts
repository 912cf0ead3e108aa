import { parseNumeral, type Numeral } from '../numbers/numeral.ts';
import { scanNumerals } from '../numbers/recognize-numbers.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { directionAround, hedgeBefore, isChangeWord, type Direction, type Qualifier } from './cues.ts';
import { currencyAfter, currencyBefore, isCurrencyAbbreviation, textMatch } from './currencies.ts';
import { contextPerUnit, dividendAfter, sharePricingBefore } from './price-context.ts';
import { borrowedPerUnit, differencePerUnit, perUnitAt, TIME_UNITS } from './price-units.ts';
import { withForeignMoney } from './foreign-money.ts';
import { changeThenLevel, elidedComparison } from './ranges.ts';

export interface MoneyMention {
  text: string;
  start: number;
  end: number;
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** "t" for "$500 a ton", "share" for "$12 per share"; null for an amount. */
  perUnit: string | null;
  /** End of the amount itself, before any "a ton" / "per kilogram" (the fact's surface text stops here). */
  amountEnd: number;
  range: { min: number; max: number } | null;
  qualifier: Qualifier | null;
  direction: Direction | null;
  /** Why the currency is uncertain ("¥" is yen or yuan), empty when it is not. */
  doubts: string[];
  /** How the unit was read when the figure did not write it ("a total per year", "unit from 'shares'"). */
  notes: string[];
  /** The per-unit was not written beside the figure but read from the clause ("shares closed at $45"). */
  unitFromContext: boolean;
  firstToken: number;
  nextToken: number;
}

/** Verbs and nouns of paying before a figure make "pounds" money rather than a mass. */
const PAYING = new Set([
  'fined', 'fine', 'paid', 'pay', 'pays', 'paying', 'cost', 'costs', 'worth', 'raised', 'spent', 'spend', 'earned', 'earn', 'earns',
  'owed', 'owes', 'owe', 'salary', 'wage', 'wages', 'fee', 'fees', 'price', 'prize', 'bonus', 'budget', 'invested', 'invest',
  'loan', 'debt', 'charged', 'compensation', 'damages', 'donated', 'sold', 'bought', 'award', 'awarded', 'grant', 'funding',
  'prices', 'priced', 'costing', 'dividend', 'dividends', 'payout', 'charge', 'charges', 'rent', 'tax', 'fines', 'salaries', 'ticket', 'tickets', 'fare', 'fares',
]);

function word(tk: Token[], j: number): string {
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

const HYPHEN_SCALES: Record<string, number> = { thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, cr: 1e7, billion: 1e9, trillion: 1e12 };
const BARE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
/** Words right before an amount that make a following "to" the level a change reached. */
const CHANGE_LEADS = new Set([
  'by', 'rose', 'fell', 'increased', 'decreased', 'grew', 'jumped', 'climbed', 'dropped', 'declined', 'gained', 'lost', 'slid',
  'sank', 'surged', 'soared', 'plunged', 'tumbled', 'added', 'shed', 'rising', 'falling', 'up', 'down',
]);

/** Hundredths written as their own word: "99 cents", "312 pence". Cents are US cents unless the article deals in euros. */
const SUBUNITS: Record<string, string> = { cents: 'USD', cent: 'USD', pence: 'GBP', penny: 'GBP' };
const EURO_ARTICLE = /€|\beuros?\b/i;
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
  if (!(n.value > 0 && n.value < 1000 && !NOT_PENCE.has(n.value))) return false;
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

function currencyAfterFigure(tk: Token[], n: Numeral, text: string): { code: string; next: number; doubt?: string; hundredths?: boolean; scale?: number } | null {
  const w = word(tk, n.next);
  // "in 2018 won the league", "in 2019-2020 dollars": a year, not an amount
  const yearLike = n.plain && n.value >= 1900 && n.value <= 2100;
  if (yearLike && (YEAR_PREPOSITIONS.has(word(tk, n.first - 1)) || (tk[n.first - 1]?.raw === '-' && tk[n.first - 2]?.raw.length === 4))) return null;
  // "won" is also the verb: the Korean currency needs a scale word or Korea in the article, and no object after it
  if (w === 'won' && (DETERMINERS.has(word(tk, n.next + 1)) || (!n.scaled && ((!n.grouped && AFTER_VERB.has(word(tk, n.next + 1))) || !textMatch(text, KOREA))))) return null;
  // "a 30-cent dividend", "a 50-pence rise": the subunit hyphened to the figure as an adjective
  const hyphened = tk[n.next]?.raw === '-' && tk[n.next]!.gap === 0 && tk[n.next + 1]?.gap === 0 ? word(tk, n.next + 1) : '';
  if ((hyphened === 'cent' || hyphened === 'pence' || hyphened === 'penny') && !n.scaled) {
    const doubt = hyphened === 'cent' && textMatch(text, EURO_ARTICLE) ? "'cents' are hundredths of the dollar or the euro; US cents assumed" : undefined;
    return { code: SUBUNITS[hyphened]!, next: n.next + 2, hundredths: true, doubt };
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
    const doubt = sub === 'USD' && textMatch(text, EURO_ARTICLE) ? "'cents' are hundredths of the dollar or the euro; US cents assumed" : undefined;
    return { code: sub, next: n.next + 1, hundredths: true, doubt };
  }
  if (pennyGlued(tk, n, text)) return { code: 'GBP', next: n.next + 1, hundredths: true };
  if (w === 'pounds' || w === 'pound') {
    if (!poundsAreMoney(tk, n, n.next, n.next + 1)) return null;
    return { code: 'GBP', next: word(tk, n.next + 1) === 'sterling' ? n.next + 2 : n.next + 1 };
  }
  return currencyAfter(tk, n.next, text);
}

/** "N500m", "KSh40m": a glued "m" the number reader leaves alone after letters it does not know as a currency. */
function millionsGlued(tk: Token[], n: Numeral): boolean {
  const m = tk[n.next];
  const after = tk[n.next + 1];
  return !n.scaled && m?.raw === 'm' && m.gap === 0 && (!after || after.gap > 0 || after.kind === 'punct');
}

/**
 * Indian papers abbreviate crore to "cr" in headlines and tables. The number reader leaves "cr" alone
 * ("100 kr" is a krona), so it is read here, and only after a rupee sign.
 */
const RUPEE_CODES = new Set(['INR', 'PKR', 'LKR', 'NPR']);
const CRORE_ABBREVIATIONS = new Set(['cr', 'crs', 'crore', 'crores']);
function croreAbbreviated(tk: Token[], code: string, j: number): boolean {
  const t = tk[j];
  const after = tk[j + 1];
  return RUPEE_CODES.has(code) && !!t && t.kind === 'word' && t.gap < 2 && CRORE_ABBREVIATIONS.has(t.low) && (!after || after.gap > 0 || after.kind === 'punct');
}

/** "Rs.500", "Ksh.1.2 billion": the abbreviation's point glued to the figure is not a decimal point. */
function afterAbbreviationPoint(tk: Token[], n: Numeral): Numeral {
  const point = tk[n.first]!;
  const letters = tk[n.first - 1];
  if (point.raw !== '.' || point.gap !== 0 || !letters || letters.kind !== 'word' || !isCurrencyAbbreviation(letters.raw) || tk[n.first + 1]?.gap !== 0) return n;
  return parseNumeral(tk, n.first + 1) ?? n;
}

/**
 * "shares fell $1.20 to $45.30": the change before "to" is quoted in the unit of the level it led to.
 * Only a small change figure right before "to", itself right after a word of change.
 */
function changeTakesUnit(tk: Token[], prev: MoneyMention | undefined, first: number, unit: string): void {
  if (!prev || prev.perUnit || prev.range || tk[first - 1]?.low !== 'to' || !shortTimeBridge(tk, prev.nextToken, first - 1)) return;
  const lead = word(tk, prev.firstToken - 1);
  if (!(CHANGE_LEADS.has(lead) || isChangeWord(lead)) || TIME_UNITS.has(unit)) return;
  prev.perUnit = unit;
  prev.unitFromContext = true;
  prev.notes.push(`unit of the change taken from the ${unit} price it led to`);
}

/** Words a change may name its time span with before "to" ("fell $4 over the week to $226 a tonne"). */
const SPAN_WORDS = new Set(['over', 'on', 'in', 'during', 'from', 'the', 'a', 'past', 'last', 'previous', 'week', 'month', 'day',
  'session', 'quarter', 'year', 'fortnight', 'period', 'earlier', 'ago', 'week-on-week', 'month-on-month', 'year-on-year', 'w/w', 'm/m', 'y/y']);

/** True when the tokens from `from` up to `to` are nothing or a few words naming a time span. */
function shortTimeBridge(tk: Token[], from: number, to: number): boolean {
  // "week-on-week" is five tokens
  if (to - from > 6) return false;
  for (let j = from; j < to; j++) {
    const t = tk[j]!;
    if (t.gap >= 2 || !(SPAN_WORDS.has(t.low) || (t.raw === '-' && t.gap === 0))) return false;
  }
  return true;
}

/**
 * "1,200 rupees ($14.40) a tonne": an amount followed by its conversion in brackets shares the unit the
 * conversion is quoted per.
 */
function conversionSharesUnit(tk: Token[], prev: MoneyMention | undefined, first: number, next: number, unit: string): void {
  if (!prev || prev.perUnit || prev.range || tk[first - 1]?.raw !== '(' || prev.nextToken !== first - 1) return;
  if (tk[next]?.raw !== ')' || TIME_UNITS.has(unit)) return;
  prev.perUnit = unit;
  prev.unitFromContext = true;
  prev.notes.push(`unit taken from the ${unit} price its conversion is quoted in`);
}

export function findMoney(text: string, tk: Token[], numerals: Numeral[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (let ni = 0; ni < numerals.length; ni++) {
    const n = afterAbbreviationPoint(tk, numerals[ni]!);
    // "several hundred dollars", "thousands of dollars": a scale word with no figure is not an amount
    if (n.words && BARE_SCALES.has(tk[n.first]!.low)) continue;
    const before = currencyBefore(tk, n.first, text, { ...n, scaled: n.scaled || millionsGlued(tk, n) });
    const after = before ? null : currencyAfterFigure(tk, n, text);
    if (!before && !after) continue;
    let next = after ? after.next : n.next;
    // "$3.5-million", "Rs 500-crore": the scale word hyphened to the figure
    let amount = after?.hundredths ? n.value / 100 : n.value * (after?.scale ?? 1);
    const hyphenScale = !n.scaled && tk[next]?.raw === '-' && tk[next]!.gap === 0 && tk[next + 1]?.gap === 0 ? HYPHEN_SCALES[word(tk, next + 1)] : undefined;
    if (hyphenScale) {
      amount *= hyphenScale;
      next += 2;
    }
    // "N500m", "KSh40m": after a currency the number reader does not know, a glued "m" is still millions
    const gluedMillions = before && !hyphenScale && millionsGlued(tk, n);
    if (gluedMillions) {
      amount *= 1e6;
      next += 1;
    }
    // "Rs 500 cr", "₹1,200cr": crore abbreviated after a rupee figure
    const crore = before && !n.scaled && !hyphenScale && !gluedMillions && croreAbbreviated(tk, before.code, next);
    if (crore) {
      amount *= 1e7;
      next += 1;
    }
    let range: { min: number; max: number } | null = null;
    // "$5-10 billion", "$5 billion to $10 billion", "between $2 million and $3 million"
    const m = numerals[ni + 1];
    const conn = tk[n.next];
    const lead = word(tk, before ? before.first - 1 : n.first - 1);
    const between = lead === 'between';
    // "rose by $2 billion to $9 billion", "fell $3 to $40": a change and the level it reached, not a range
    const toIsRange = !CHANGE_LEADS.has(lead) && !changeThenLevel(tk, before ? before.first : n.first, n.value, m ? m.value : 0);
    if (before && m && conn && (conn.raw === '-' || (toIsRange && word(tk, n.next) === 'to') || (between && word(tk, n.next) === 'and'))) {
      const mc = currencyBefore(tk, m.first, text, m);
      if ((mc ? mc.first : m.first) === n.next + 1) {
        const low = n.scaled ? n.value : n.value * m.scale;
        if (low < m.value) {
          range = { min: low, max: m.value };
          next = m.next;
          ni++;
        }
      }
    }
    // "1.5-2 billion dollars", "between 10 and 12 million euros": a bare figure before, the currency after both
    let lowFirst = -1;
    if (after && !range) {
      const p = numerals[ni - 1];
      const conn = tk[n.first - 1];
      const joined = conn && (conn.raw === '-' || word(tk, n.first - 1) === 'to' || (word(tk, n.first - 1) === 'and' && p && tk[p.first - 1]?.low === 'between'));
      if (p && joined && p.next === n.first - 1 && !currencyBefore(tk, p.first, text, p) && !(p.plain && p.value >= 1900 && p.value <= 2100 && !n.scaled)) {
        const low = p.scaled ? p.value : p.value * n.scale * (after.scale ?? 1);
        if (low < amount) {
          range = { min: after.hundredths ? low / 100 : low, max: amount };
          lowFirst = tk[p.first - 1]?.low === 'between' ? p.first - 1 : p.first;
        }
      }
    }
    const amountNext = next;
    const value = range ? range.min : amount;
    const currency = (before ?? after)!.code;
    const firstTok = before ? before.first : lowFirst >= 0 ? lowFirst : n.first;
    // "($16.20) per tonne": the unit after the bracket that closes a conversion
    const closing = tk[next]?.raw === ')' && tk[firstTok - 1]?.raw === '(';
    const written = perUnitAt(tk, next) ?? (closing ? perUnitAt(tk, next + 1) : null);
    const bigger = n.scaled || !!hyphenScale || !!gluedMillions || !!crore;
    const borrowed = written ? null : borrowedPerUnit(tk, out[out.length - 1], firstTok, value, bigger) ?? differencePerUnit(tk, out[out.length - 1], firstTok, next, value, bigger);
    const per = written ?? borrowed;
    const doubts = before?.doubt ? [before.doubt] : after?.doubt ? [after.doubt] : [];
    const notes: string[] = before?.note ? [before.note] : [];
    if (after?.hundredths) notes.push('hundredths converted to units of the currency');
    // "$4 billion a month" keeps its rate like "$10 a month": the annotated articles write both with their unit
    if (per && TIME_UNITS.has(per.unit)) notes.push(`an amount per ${per.unit}`);
    if (borrowed?.why) notes.push(borrowed.why);
    if (per && per.next > next) next = per.next;
    const hedge = hedgeBefore(tk, firstTok);
    const spanFirst = hedge ? hedge.first : firstTok;
    let perUnit = per ? per.unit : null;
    let unitFromContext = !!borrowed?.why;
    if (!perUnit && !n.scaled && !hyphenScale && !gluedMillions && !crore && !range) {
      const ctx = contextPerUnit(tk, spanFirst, value, currency) ?? sharePricingBefore(tk, spanFirst, value) ?? dividendAfter(tk, next, value);
      if (ctx) {
        perUnit = ctx.unit;
        unitFromContext = true;
        notes.push(`unit of the price taken from '${ctx.from}' ${ctx.earlier ? 'in the sentence before' : ctx.after ? 'right after it' : 'earlier in the clause'}`);
      }
    }
    if (perUnit) changeTakesUnit(tk, out[out.length - 1], spanFirst, perUnit);
    if (per && closing && written) conversionSharesUnit(tk, out[out.length - 1], firstTok, amountNext, per.unit);
    const start = tk[spanFirst]!.start;
    const end = tk[next - 1]!.end;
    out.push({
      text: text.slice(start, end), start, end, amountEnd: tk[amountNext - 1]!.end, value, currency,
      perUnit, range, qualifier: hedge?.qualifier ?? null, direction: directionAround(tk, spanFirst, next),
      doubts, notes, unitFromContext, firstToken: spanFirst, nextToken: next,
    });
    // "$5.6 billion, up from 4.1 billion": the compared figure is in the same currency and unit
    const cmp = range || after?.hundredths || hyphenScale || gluedMillions || crore ? null : elidedComparison(tk, numerals, ni, next, value);
    if (cmp) {
      const c = numerals[cmp.index]!;
      const cs = tk[c.first]!.start;
      const ce = tk[cmp.next - 1]!.end;
      out.push({
        text: text.slice(cs, ce), start: cs, end: ce, amountEnd: ce, value: cmp.value, currency, perUnit, range: null, qualifier: null, direction: null,
        doubts, notes: ['currency and unit carried over from the figure it is compared with'], unitFromContext: true, firstToken: c.first, nextToken: cmp.next,
      });
    }
  }
  return withForeignMoney(text, tk, out);
}

export function recognizeMoney(text: string): MoneyMention[] {
  const tk = tokenize(normalizeText(text));
  return findMoney(text, tk, scanNumerals(tk));
}
