import type { Numeral } from '../numbers/numeral.ts';
import { scanNumerals } from '../numbers/recognize-numbers.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { directionAround, hedgeBefore, type Direction, type Qualifier } from './cues.ts';
import { weightUnitAt } from './weight-units.ts';

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
  firstToken: number;
  nextToken: number;
}

const SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB' };
/** Letters glued before "$": "US$", "A$", "HK$". */
const DOLLAR_PREFIX: Record<string, string> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', sg: 'SGD', r: 'BRL', nt: 'TWD', mex: 'MXN',
};
const CODES = new Set(['usd', 'eur', 'gbp', 'cny', 'rmb', 'jpy', 'aud', 'cad', 'inr', 'hkd', 'chf', 'krw', 'rub', 'brl', 'zar', 'sek', 'nok', 'sgd', 'nzd', 'twd', 'myr', 'idr', 'mxn']);
const WORD_CURRENCY: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rupee: 'INR',
  rupees: 'INR', won: 'KRW', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', sterling: 'GBP', pounds: 'GBP',
  ringgit: 'MYR', rand: 'ZAR', reais: 'BRL', francs: 'CHF',
};
const DOLLAR_ADJ: Record<string, string> = { australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD', 'new zealand': 'NZD', 'hong kong': 'HKD', us: 'USD', american: 'USD' };
const PER_UNITS: Record<string, string> = { share: 'share', barrel: 'bbl', bbl: 'bbl', unit: 'unit', vehicle: 'vehicle', month: 'month', year: 'year', day: 'day', hour: 'hour', head: 'person', person: 'person' };

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/** Currency written before the figure; returns the code and the token where the mention starts. */
function currencyBefore(tk: Token[], first: number): { code: string; first: number; doubt?: string } | null {
  const s = tk[first - 1];
  if (!s || tk[first]!.gap > 1) return null;
  const sym = SYMBOLS[s.raw];
  if (sym) {
    const pre = tk[first - 2];
    if (s.raw === '$' && pre && pre.kind === 'word' && s.gap === 0) {
      const code = DOLLAR_PREFIX[pre.low];
      if (code) return { code, first: first - 2 };
    }
    return { code: sym, first: first - 1, doubt: s.raw === '¥' ? "'¥' is yen or yuan; yen assumed" : undefined };
  }
  if (s.kind === 'word' && CODES.has(s.low) && s.raw === s.raw.toUpperCase()) return { code: s.low === 'rmb' ? 'CNY' : s.low.toUpperCase(), first: first - 1 };
  return null;
}

function currencyAfter(tk: Token[], j: number): { code: string; next: number } | null {
  const w = word(tk, j);
  if (!w) return null;
  if (CODES.has(w) && tk[j]!.raw === tk[j]!.raw.toUpperCase()) return { code: w === 'rmb' ? 'CNY' : w.toUpperCase(), next: j + 1 };
  // "Australian dollars", "Hong Kong dollars", "US dollars"
  const two = `${w} ${word(tk, j + 1)}`;
  if ((word(tk, j + 2) === 'dollars' || word(tk, j + 2) === 'dollar') && DOLLAR_ADJ[two]) return { code: DOLLAR_ADJ[two]!, next: j + 3 };
  if ((word(tk, j + 1) === 'dollars' || word(tk, j + 1) === 'dollar') && DOLLAR_ADJ[w]) return { code: DOLLAR_ADJ[w]!, next: j + 2 };
  const code = WORD_CURRENCY[w];
  if (!code) return null;
  if (w === 'pounds' && word(tk, j + 1) !== 'sterling') return null; // mass unless said otherwise
  if (w === 'pounds') return { code, next: j + 2 };
  return { code, next: j + 1 };
}

/** "a ton", "per tonne", "/t", "per share", "an ounce". */
function perUnitAt(tk: Token[], j: number): { unit: string; next: number } | null {
  const t = tk[j];
  if (!t || t.gap >= 2) return null;
  let k: number;
  if (t.raw === '/' ) k = j + 1;
  else if (t.kind === 'word' && (t.low === 'a' || t.low === 'an' || t.low === 'per' || t.low === 'each')) k = j + 1;
  else return null;
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
    const before = currencyBefore(tk, n.first);
    const after = before ? null : currencyAfter(tk, n.next);
    if (!before && !after) continue;
    let next = after ? after.next : n.next;
    let range: { min: number; max: number } | null = null;
    // "$5-10 billion", "$5 billion to $10 billion"
    const m = numerals[ni + 1];
    const conn = tk[n.next];
    if (before && m && conn && (conn.raw === '-' || word(tk, n.next) === 'to')) {
      const mc = currencyBefore(tk, m.first);
      if ((mc ? mc.first : m.first) === n.next + 1) {
        const low = n.scaled ? n.value : n.value * m.scale;
        if (low < m.value) {
          range = { min: low, max: m.value };
          next = m.next;
          ni++;
        }
      }
    }
    const amountNext = next;
    const per = perUnitAt(tk, next) ?? inheritedPerUnit(tk, out, n.first);
    if (per && per.next > next) next = per.next;
    const firstTok = before ? before.first : n.first;
    const hedge = hedgeBefore(tk, firstTok);
    const spanFirst = hedge ? hedge.first : firstTok;
    const start = tk[spanFirst]!.start;
    const end = tk[next - 1]!.end;
    out.push({
      text: text.slice(start, end), start, end, amountEnd: tk[amountNext - 1]!.end, value: range ? range.min : n.value, currency: (before ?? after)!.code,
      perUnit: per ? per.unit : null, range, qualifier: hedge?.qualifier ?? null, direction: directionAround(tk, spanFirst, next),
      doubts: before?.doubt ? [before.doubt] : [], firstToken: spanFirst, nextToken: next,
    });
  }
  return out;
}

export function recognizeMoney(text: string): MoneyMention[] {
  const tk = tokenize(normalizeText(text));
  return findMoney(text, tk, scanNumerals(tk));
}
