import { parseNumeral, type Numeral } from '../numbers/numeral.ts';
import { scanNumerals } from '../numbers/recognize-numbers.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { directionAround, hedgeBefore, isChangeWord, type Direction, type Qualifier } from './cues.ts';
import { currencyBefore, isCurrencyAbbreviation } from './currencies.ts';
import { currencyAfterFigure, HYPHEN_SCALES, word } from './currency-after-figure.ts';
import { contextPerUnit, dividendAfter, eachShareAfter, restatedPercentEndsAt, sharePricingBefore } from './price-context.ts';
import { borrowedPerUnit, chargedPerUnit, differencePerUnit, gappedPerUnit, perUnitAt, raisedRatePerUnit, TIME_UNITS } from './price-units.ts';
import { exchangeRateAt } from './exchange-rates.ts';
import { pricedAfter, pricedSubjectBefore } from './priced-subject.ts';
import { recipientUnitAfter } from './per-recipient.ts';
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

const BARE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
/** Words right before an amount that make a following "to" the level a change reached. */
const CHANGE_LEADS = new Set([
  'by', 'rose', 'fell', 'increased', 'decreased', 'grew', 'jumped', 'climbed', 'dropped', 'declined', 'gained', 'lost', 'slid',
  'sank', 'surged', 'soared', 'plunged', 'tumbled', 'added', 'shed', 'rising', 'falling', 'up', 'down',
]);

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
  // "fell $1.20 to $45.30 a share", "settled up 45 cents at $82.10 a barrel"
  const bridge = tk[first - 1]?.low;
  // "rose $2.40, or 5.1 percent, to $49.45": the change restated as a percentage between commas
  const restated = restatedPercentEndsAt(tk, first - 2);
  const bridgeEnd = restated >= 0 ? restated : first - 1;
  if (!prev || prev.perUnit || prev.range || (bridge !== 'to' && bridge !== 'at') || !shortTimeBridge(tk, prev.nextToken, bridgeEnd)) return;
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
 * "from 80p to £1 an hour", "from $9 to $11 a share": the first level of a change is in the unit written on
 * the level it led to.
 */
function startTakesUnit(tk: Token[], prev: MoneyMention | undefined, first: number, unit: string): void {
  if (!prev || prev.perUnit || prev.range || tk[first - 1]?.low !== 'to' || prev.nextToken !== first - 1) return;
  if (tk[prev.firstToken - 1]?.low !== 'from') return;
  prev.perUnit = unit;
  prev.unitFromContext = true;
  prev.notes.push(`unit of the earlier level taken from the ${unit} price it changed to`);
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
    if (!before && !after) {
      // "the rupee fell to 83.5 per dollar": a bare figure priced in the currency the clause is about
      const rate = exchangeRateAt(text, tk, n);
      if (rate) out.push(rate);
      continue;
    }
    let next = after ? after.next : n.next;
    // "one yuan buys HK$1.04": the currency named as the unit priced, not an amount
    if (after && n.words && n.value === 1 && pricedAfter(tk, next)) continue;
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
        const low = n.scaled ? n.value : n.value * wholeScale(tk, m);
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
    const firstTok = before ? before.first : lowFirst >= 0 ? lowFirst : n.first;
    // "($16.20) per tonne": the unit after the bracket that closes a conversion
    const closing = tk[next]?.raw === ')' && tk[firstTok - 1]?.raw === '(';
    const written = perUnitAt(tk, next) ?? (closing ? perUnitAt(tk, next + 1) : null);
    const bigger = n.scaled || !!hyphenScale || !!gluedMillions || !!crore;
    const currency = (before ?? after)!.code;
    const last = out[out.length - 1];
    const borrowed = written
      ? null
      : borrowedPerUnit(tk, last, firstTok, value, bigger) ?? differencePerUnit(tk, last, firstTok, next, value, bigger) ?? gappedPerUnit(tk, last, firstTok, value, currency)
        ?? raisedRatePerUnit(tk, last, firstTok, value, currency, bigger) ?? chargedPerUnit(tk, out, firstTok, value, currency, bigger)
        ?? (range ? null : recipientUnitAfter(tk, next));
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
    // "climbed from ₹340 to ₹465": the two levels of a change are priced like one figure
    const changeRange = !!range && lead === 'from';
    if (!perUnit && !n.scaled && !hyphenScale && !gluedMillions && !crore && (!range || changeRange)) {
      const subject = pricedSubjectBefore(tk, spanFirst);
      const ctx = (subject && subject.unit !== currency ? subject : null) ?? contextPerUnit(tk, spanFirst, value, currency) ?? sharePricingBefore(tk, spanFirst, value) ?? dividendAfter(tk, next, value) ?? eachShareAfter(tk, next, value);
      if (ctx) {
        perUnit = ctx.unit;
        unitFromContext = true;
        notes.push(`unit of the price taken from '${ctx.from}' ${ctx.earlier ? 'in the sentence before' : ctx.after ? 'right after it' : 'earlier in the clause'}`);
      }
    }
    if (perUnit) changeTakesUnit(tk, out[out.length - 1], spanFirst, perUnit);
    if (written) startTakesUnit(tk, out[out.length - 1], spanFirst, written.unit);
    if (per && closing && written) conversionSharesUnit(tk, out[out.length - 1], firstTok, amountNext, per.unit);
    const start = tk[spanFirst]!.start;
    const end = tk[next - 1]!.end;
    out.push({
      text: text.slice(start, end), start, end, amountEnd: tk[amountNext - 1]!.end, value, currency,
      perUnit, range, qualifier: hedge?.qualifier ?? null, direction: directionAround(tk, spanFirst, next),
      doubts, notes, unitFromContext, firstToken: spanFirst, nextToken: next,
    });
    // "$5.6 billion, up from 4.1 billion": the compared figure is in the same currency and unit
    const cmp = range || after?.hundredths || hyphenScale || gluedMillions || crore ? null : elidedComparison(tk, numerals, ni, spanFirst, next, value);
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

/**
 * The whole multiplier a scaled figure carries: "1.4 lakh crore" is 1.4 times 1e12, where the scale the
 * number reader keeps is only its last word's. The low end of "₹1.3-1.4 lakh crore" takes all of it.
 */
function wholeScale(tk: Token[], m: { value: number; first: number; next: number; scale: number }): number {
  // the written figure: its digits, separators and decimals, glued together ("1.4", "1,250.5")
  let digits = '';
  for (let k = m.first; k < m.next && tk[k] && (k === m.first || tk[k]!.gap === 0) && (tk[k]!.kind === 'num' || tk[k]!.raw === '.' || tk[k]!.raw === ','); k++) digits += tk[k]!.raw;
  const figure = /^\d[\d,]*(?:\.\d+)?$/.test(digits) ? Number(digits.replace(/,/g, '')) : NaN;
  if (!(figure > 0)) return m.scale;
  const ratio = m.value / figure;
  const power = Math.round(Math.log10(ratio));
  return power > 0 && Math.abs(ratio / 10 ** power - 1) < 1e-6 && 10 ** power > m.scale ? 10 ** power : m.scale;
}
