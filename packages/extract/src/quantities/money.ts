import type { Numeral } from '../numbers/numeral.ts';
import { scanNumerals } from '../numbers/recognize-numbers.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { directionAround, hedgeBefore, type Direction, type Qualifier } from './cues.ts';
import { weightUnitAt } from './weight-units.ts';
import { currencyAfter, currencyBefore, textMatch } from './currencies.ts';
import { contextPerUnit } from './price-context.ts';
import { reportedChangeBefore } from './ranges.ts';

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

const PER_UNITS: Record<string, string> = { share: 'share', barrel: 'bbl', bbl: 'bbl', unit: 'unit', vehicle: 'vehicle', month: 'month', year: 'year', week: 'week', day: 'day', hour: 'hour', head: 'person', person: 'person' };
/** "a $10 monthly fee": a rate adjective before a word for a payment. */
const RATE_ADJECTIVES: Record<string, string> = { monthly: 'month', yearly: 'year', annual: 'year', weekly: 'week', daily: 'day', hourly: 'hour', nightly: 'night' };
const PAYMENT_NOUNS = new Set(['fee', 'fees', 'subscription', 'rent', 'salary', 'wage', 'payment', 'payments', 'charge', 'price', 'cost', 'premium', 'plan', 'membership', 'pass', 'rate', 'stipend', 'allowance', 'pension', 'tuition']);
/** Per-units that are spans of time: a rate, said among the reasons. */
const TIME_UNITS = new Set(['month', 'year', 'week', 'day', 'hour', 'night']);
/** Verbs and nouns of paying before a figure make "pounds" money rather than a mass. */
const PAYING = new Set([
  'fined', 'fine', 'paid', 'pay', 'pays', 'paying', 'cost', 'costs', 'worth', 'raised', 'spent', 'spend', 'earned', 'earn', 'earns',
  'owed', 'owes', 'owe', 'salary', 'wage', 'wages', 'fee', 'fees', 'price', 'prize', 'bonus', 'budget', 'invested', 'invest',
  'loan', 'debt', 'charged', 'compensation', 'damages', 'donated', 'sold', 'bought', 'award', 'awarded', 'grant', 'funding',
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

const HYPHEN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Hundredths written as their own word: "99 cents", "312 pence". Cents are US cents unless the article deals in euros. */
const SUBUNITS: Record<string, string> = { cents: 'USD', cent: 'USD', pence: 'GBP', penny: 'GBP' };
const EURO_ARTICLE = /€|\beuros?\b/i;
const KOREA = /\bKorea/;

/** Words before a plain four-digit number that make it a year ("in 2018 won the league"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'from', 'until', 'during', 'of', 'before', 'after']);
/** Words after "won" that make it the verb: "won the league", "won by two points". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);
const AFTER_VERB = new Set(['by', 'in', 'on', 'at', 'over', 'against', 'and', 'but', 'to', 'with', 'for', 'gold', 'silver', 'bronze', 'first', 'back']);

function currencyAfterFigure(tk: Token[], n: Numeral, text: string): { code: string; next: number; doubt?: string; hundredths?: boolean } | null {
  const w = word(tk, n.next);
  // "in 2018 won the league", "in 2019-2020 dollars": a year, not an amount
  const yearLike = n.plain && n.value >= 1900 && n.value <= 2100;
  if (yearLike && (YEAR_PREPOSITIONS.has(word(tk, n.first - 1)) || (tk[n.first - 1]?.raw === '-' && tk[n.first - 2]?.raw.length === 4))) return null;
  // "won" is also the verb: the Korean currency needs a scale word or Korea in the article, and no object after it
  if (w === 'won' && (DETERMINERS.has(word(tk, n.next + 1)) || (!n.scaled && ((!n.grouped && AFTER_VERB.has(word(tk, n.next + 1))) || !textMatch(text, KOREA))))) return null;
  const sub = SUBUNITS[w];
  if (sub && !n.scaled) {
    const doubt = sub === 'USD' && textMatch(text, EURO_ARTICLE) ? "'cents' are hundredths of the dollar or the euro; US cents assumed" : undefined;
    return { code: sub, next: n.next + 1, hundredths: true, doubt };
  }
  if (w === 'pounds' || w === 'pound') {
    if (!poundsAreMoney(tk, n, n.next, n.next + 1)) return null;
    return { code: 'GBP', next: word(tk, n.next + 1) === 'sterling' ? n.next + 2 : n.next + 1 };
  }
  return currencyAfter(tk, n.next, text);
}

/** "a ton", "per tonne", "/t", "per share", "an ounce", and glued "-a-month". */
function perUnitAt(tk: Token[], j0: number): { unit: string; next: number } | null {
  // "$10-a-month service": the rate written as one hyphenated word
  const hyphened = tk[j0]?.raw === '-' && tk[j0]!.gap === 0 && tk[j0 + 1]?.gap === 0;
  const j = hyphened ? j0 + 1 : j0;
  const t = tk[j];
  if (!t || t.gap >= 2) return null;
  // "$2.53 in per-share earnings"
  if (!hyphened && t.low === 'in' && word(tk, j + 1) === 'per' && tk[j + 2]?.raw === '-' && word(tk, j + 3) === 'share') return { unit: 'share', next: j };
  const rate = !hyphened && t.kind === 'word' ? RATE_ADJECTIVES[t.low] : undefined;
  if (rate && PAYMENT_NOUNS.has(word(tk, j + 1))) return { unit: rate, next: j + 1 };
  let k: number;
  if (t.raw === '/' ) k = j + 1;
  else if (t.kind === 'word' && (t.low === 'a' || t.low === 'an' || t.low === 'per' || t.low === 'each')) k = j + 1;
  else return null;
  if (hyphened && tk[k]?.raw === '-' && tk[k]!.gap === 0) k++;
  // "per metric ton unit" (tungsten) is a unit of 10 kg of WO3, not a tonne
  if (word(tk, k) === 'metric' && word(tk, k + 1) === 'ton' && word(tk, k + 2) === 'unit') return { unit: 'mtu', next: k + 3 };
  if (word(tk, k) === 'mtu') return { unit: 'mtu', next: k + 1 };
  const wu = weightUnitAt(tk, k);
  if (wu && wu.first === k) return { unit: wu.unit === 'ton' ? 't' : wu.mult === 1 ? wu.unit : `${wu.mult}${wu.unit}`, next: wu.next };
  const p = PER_UNITS[word(tk, k).replace(/s$/, '')];
  // "A$114 million a year earlier" is an amount and a time, not a rate
  const after = word(tk, k + 1);
  if (p && (after === 'earlier' || after === 'later' || after === 'ago' || after === 'before' || after === 'after')) return null;
  if (p) return { unit: p, next: k + 1 };
  return null;
}

/**
 * "climbed to 570,000 yuan a tonne, up from roughly 400,000 yuan in January": a price compared with an
 * earlier price in the same sentence keeps its unit.
 */
function inheritedPerUnit(tk: Token[], out: MoneyMention[], first: number): { unit: string; next: number } | null {
  const prev = out[out.length - 1];
  if (!prev || !prev.perUnit) return null;
  for (let k = first - 1; k >= Math.max(prev.nextToken, first - 5); k--) {
    const t = tk[k]!;
    if (t.raw === '.' || t.raw === ';' || t.gap >= 2) return null;
    if (t.low === 'from' || t.low === 'than' || t.low === 'versus' || t.low === 'vs') return { unit: prev.perUnit, next: -1 };
  }
  return null;
}

export function findMoney(text: string, tk: Token[], numerals: Numeral[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (let ni = 0; ni < numerals.length; ni++) {
    const n = numerals[ni]!;
    const before = currencyBefore(tk, n.first, text);
    const after = before ? null : currencyAfterFigure(tk, n, text);
    if (!before && !after) continue;
    let next = after ? after.next : n.next;
    // "$3.5-million": the scale word hyphened to the figure
    let amount = after?.hundredths ? n.value / 100 : n.value;
    const hyphenScale = !n.scaled && tk[next]?.raw === '-' && tk[next]!.gap === 0 && tk[next + 1]?.gap === 0 ? HYPHEN_SCALES[word(tk, next + 1)] : undefined;
    if (hyphenScale) {
      amount *= hyphenScale;
      next += 2;
    }
    let range: { min: number; max: number } | null = null;
    // "$5-10 billion", "$5 billion to $10 billion", "between $2 million and $3 million"
    const m = numerals[ni + 1];
    const conn = tk[n.next];
    const between = word(tk, before ? before.first - 1 : n.first - 1) === 'between';
    const changeThenLevel = word(tk, n.next) === 'to' && reportedChangeBefore(tk, before ? before.first : n.first);
    if (before && m && conn && !changeThenLevel && (conn.raw === '-' || word(tk, n.next) === 'to' || (between && word(tk, n.next) === 'and'))) {
      const mc = currencyBefore(tk, m.first, text);
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
      if (p && joined && p.next === n.first - 1 && !currencyBefore(tk, p.first, text) && !(p.plain && p.value >= 1900 && p.value <= 2100 && !n.scaled)) {
        const low = p.scaled ? p.value : p.value * n.scale;
        if (low < amount) {
          range = { min: after.hundredths ? low / 100 : low, max: amount };
          lowFirst = tk[p.first - 1]?.low === 'between' ? p.first - 1 : p.first;
        }
      }
    }
    const amountNext = next;
    const value = range ? range.min : amount;
    const currency = (before ?? after)!.code;
    const per = perUnitAt(tk, next) ?? inheritedPerUnit(tk, out, n.first);
    const doubts = before?.doubt ? [before.doubt] : after?.doubt ? [after.doubt] : [];
    const notes: string[] = before?.note ? [before.note] : [];
    if (after?.hundredths) notes.push('hundredths converted to units of the currency');
    // "$4 billion a month" keeps its rate like "$10 a month": the annotated articles write both with their unit
    if (per && TIME_UNITS.has(per.unit)) notes.push(`an amount per ${per.unit}`);
    if (per && per.next > next) next = per.next;
    const firstTok = before ? before.first : lowFirst >= 0 ? lowFirst : n.first;
    const hedge = hedgeBefore(tk, firstTok);
    const spanFirst = hedge ? hedge.first : firstTok;
    let perUnit = per ? per.unit : null;
    let unitFromContext = false;
    if (!perUnit && !n.scaled && !hyphenScale && !range) {
      const ctx = contextPerUnit(tk, spanFirst, value, currency);
      if (ctx) {
        perUnit = ctx.unit;
        unitFromContext = true;
        notes.push(`unit of the price taken from '${ctx.from}' earlier in the clause`);
      }
    }
    const start = tk[spanFirst]!.start;
    const end = tk[next - 1]!.end;
    out.push({
      text: text.slice(start, end), start, end, amountEnd: tk[amountNext - 1]!.end, value, currency,
      perUnit, range, qualifier: hedge?.qualifier ?? null, direction: directionAround(tk, spanFirst, next),
      doubts, notes, unitFromContext, firstToken: spanFirst, nextToken: next,
    });
  }
  return out;
}

export function recognizeMoney(text: string): MoneyMention[] {
  const tk = tokenize(normalizeText(text));
  return findMoney(text, tk, scanNumerals(tk));
}
