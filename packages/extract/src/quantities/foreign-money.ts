import { stripDiacritics } from '../text/diacritics.ts';
import { pageLanguage, type PageLanguage } from '../text/page-language.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { currencyAfter, currencyBefore } from './currencies.ts';
import { directionAround, type Qualifier } from './cues.ts';
import { foreignPerUnitAt } from './foreign-price-units.ts';
import type { MoneyMention } from './money.ts';

/**
 * Amounts of money on pages written in another language: "400 рублей", "1,5 Mio. Euro", "R$ 2,5 milhões",
 * "12 mil millones de dólares", "mehr als eine Milliarde Euro". The locale data gives each language's
 * decimal and group marks, its words of scale (from compact number formatting) and its currency names
 * in every plural form (from currency formatting); only the joining words and hedges are listed here.
 */

interface Lexicon {
  decimal: string;
  group: string;
  /** Word sequences of scale, lower case, longest first: "mil millones" -> 1e9; `dot` when abbreviated with a period ("Mio."). */
  scales: Array<{ words: string[]; value: number; dot: boolean }>;
  /** Currency names, as lower-case word sequences, longest first. */
  currencies: Array<{ words: string[]; code: string }>;
  /** Currency signs with letters, as tokens written exactly so ("R $", "Rp", "zł", "US $"), before or after a figure. */
  signs: Array<{ tokens: string[]; code: string }>;
}

/** Currencies named in news, in the order that settles a name several share ("dollar": the US one). */
const CURRENCIES = ['EUR', 'USD', 'RUB', 'BRL', 'GBP', 'CNY', 'JPY', 'CHF', 'PLN', 'IDR', 'INR', 'MXN', 'ARS', 'CAD', 'AUD', 'UAH',
  'BYN', 'KZT', 'TRY', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'KRW', 'ZAR', 'CLP', 'COP', 'PEN', 'EGP', 'PKR', 'HKD', 'SGD', 'NZD', 'MYR'];

/** Languages that put the noun of a currency's name last ("Russische Rubel", "российский рубль"). */
const NOUN_LAST = new Set<PageLanguage>(['de', 'nl', 'ru']);

/** Words between a scale and the currency: "milhões de reais", "milioni di euro", "millions d'euros". */
const OF = new Set(['de', 'di', 'do', 'del', 'd']);
/** The article "one" before a scale word: "eine Milliarde Euro", "un millón de dólares". */
const ONE = new Set(['ein', 'eine', 'einen', 'einer', 'un', 'une', 'uno', 'una', 'um', 'uma', 'een', 'один', 'одна', 'jeden', 'satu']);

const HEDGES: Array<[string, Qualifier]> = [
  ['mehr als', 'above'], ['über', 'above'], ['fast', 'approx_below'], ['knapp', 'approx_below'], ['rund', 'approx'], ['etwa', 'approx'], ['ca', 'approx'], ['bis zu', 'at_most'], ['mindestens', 'at_least'],
  ['plus de', 'above'], ['près de', 'approx_below'], ['environ', 'approx'], ['presque', 'approx_below'], ['au moins', 'at_least'],
  ['más de', 'above'], ['casi', 'approx_below'], ['cerca de', 'approx_below'], ['unos', 'approx'], ['unas', 'approx'], ['hasta', 'at_most'], ['al menos', 'at_least'],
  ['mais de', 'above'], ['quase', 'approx_below'], ['cerca de', 'approx_below'], ['até', 'at_most'], ['pelo menos', 'at_least'],
  ['più di', 'above'], ['oltre', 'above'], ['quasi', 'approx_below'], ['circa', 'approx'], ['fino a', 'at_most'], ['almeno', 'at_least'],
  ['meer dan', 'above'], ['bijna', 'approx_below'], ['ongeveer', 'approx'], ['tot', 'at_most'], ['minstens', 'at_least'],
  ['более', 'above'], ['больше', 'above'], ['свыше', 'above'], ['почти', 'approx_below'], ['около', 'approx'], ['примерно', 'approx'], ['до', 'at_most'], ['не менее', 'at_least'],
  ['ponad', 'above'], ['prawie', 'approx_below'], ['około', 'approx'], ['do', 'at_most'], ['co najmniej', 'at_least'],
  ['lebih dari', 'above'], ['hampir', 'approx_below'], ['sekitar', 'approx'], ['hingga', 'at_most'], ['sedikitnya', 'at_least'],
].map(([p, q]) => [p, q] as [string, Qualifier]);

const lowerWords = (s: string): string[] => tokenize(s.toLowerCase()).filter((t) => t.kind === 'word').map((t) => t.low);

function scalesOf(lang: PageLanguage): Lexicon['scales'] {
  const out = new Map<string, number>();
  for (const display of ['long', 'short'] as const) {
    const fmt = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: display });
    for (const exp of [3, 6, 9, 12]) {
      for (const lead of [1, 2, 5, 1.5]) {
        const v = lead * 10 ** exp;
        const parts = fmt.formatToParts(v);
        const compact = parts.filter((p) => p.type === 'compact').map((p) => p.value).join(' ');
        const shown = Number(parts.filter((p) => p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal').map((p) => (p.type === 'decimal' ? '.' : p.value)).join(''));
        const words = lowerWords(compact);
        // a single letter ("M", "k", "B") means different scales in different languages: too loose to read
        if (words.length === 0 || !shown || words.join('').length < 2) continue;
        out.set(words.join(' ') + (compact.endsWith('.') ? '.' : ''), Math.round(v / shown));
      }
    }
  }
  return [...out].map(([k, value]) => ({ words: k.replace(/\.$/, '').split(' '), value, dot: k.endsWith('.') })).sort((a, b) => b.words.length - a.words.length);
}

/**
 * Currency names the press abbreviates or qualifies and the locale data does not: "12 млрд руб.", "5 млн долл.". The
 * abbreviation's point is left after the amount.
 */
const ABBREVIATED_NAMES: Partial<Record<PageLanguage, Array<[string, string]>>> = {
  ru: [['руб', 'RUB'], ['долл', 'USD'], ['дол', 'USD'], ['грн', 'UAH']],
  // "dolar AS": the dollar of Amerika Serikat, so that a unit after it ("900 dolar AS per ton") is still read
  id: [['dolar as', 'USD']],
};

function currenciesOf(lang: PageLanguage): Lexicon['currencies'] {
  const names = new Map<string, string>();
  const heads = new Map<string, string[]>();
  for (const code of CURRENCIES) {
    // every plural form: "рубль", "рубля", "рублей"
    const fmt = new Intl.NumberFormat(lang, { style: 'currency', currency: code, currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    for (const v of [1, 2, 5, 21, 1.5]) {
      const name = fmt.formatToParts(v).find((p) => p.type === 'currency')?.value;
      if (!name) continue;
      const words = lowerWords(name);
      if (words.length === 0) continue;
      if (!names.has(words.join(' '))) names.set(words.join(' '), code);
      const head = words.length === 1 ? words[0]! : NOUN_LAST.has(lang) ? words[words.length - 1]! : words[0]!;
      heads.set(head, [...new Set([...(heads.get(head) ?? []), code])]);
    }
  }
  // the noun alone ("dólares", "рублей") names the first currency of the list that is called so
  for (const [head, codes] of heads) if (!names.has(head)) names.set(head, codes[0]!);
  for (const [abbreviation, code] of ABBREVIATED_NAMES[lang] ?? []) if (!names.has(abbreviation)) names.set(abbreviation, code);
  for (const [k, code] of [...names]) names.set(stripDiacritics(k), code);
  return [...names].map(([k, code]) => ({ words: k.split(' '), code })).sort((a, b) => b.words.length - a.words.length);
}

/**
 * Signs the locale writes for each currency, matched with their capitals ("Ft" is the forint, "ft" a foot).
 * A bare "$" or "¥" is left to the English reading, which weighs its doubts; a single letter ("R", "р.")
 * stands for too many things.
 */
function signsOf(lang: PageLanguage): Lexicon['signs'] {
  const out = new Map<string, string>();
  for (const code of CURRENCIES) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const sign = new Intl.NumberFormat(lang, { style: 'currency', currency: code, currencyDisplay }).formatToParts(1).find((p) => p.type === 'currency')?.value;
      if (!sign || (sign.match(/\p{L}/gu) ?? []).length < 2) continue;
      const tokens = tokenize(sign).map((t) => t.raw).join(' ');
      if (!out.has(tokens)) out.set(tokens, code);
    }
  }
  return [...out].map(([k, code]) => ({ tokens: k.split(' '), code })).sort((a, b) => b.tokens.length - a.tokens.length);
}

function lexiconOf(lang: PageLanguage): Lexicon {
  const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
  // narrow and no-break spaces are plain spaces once the text is normalized
  const mark = (type: string): string => (parts.find((p) => p.type === type)?.value ?? '').replace(/\s/u, ' ');
  return { decimal: mark('decimal'), group: mark('group'), scales: scalesOf(lang), currencies: currenciesOf(lang), signs: signsOf(lang) };
}

/** Built the first time a page in that language is read: English pages never pay for the locale data. */
const LEXICONS = new Map<PageLanguage, Lexicon>();

function lexicon(lang: PageLanguage): Lexicon {
  let lex = LEXICONS.get(lang);
  if (!lex) LEXICONS.set(lang, (lex = lexiconOf(lang)));
  return lex;
}

const word = (tk: Token[], j: number): string => {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
};

/** Lower-case words at j match `words`; the next token, or -1. */
function wordsAt(tk: Token[], j: number, words: string[]): number {
  let k = j;
  for (const w of words) {
    if (word(tk, k) !== w && stripDiacritics(word(tk, k)) !== w) return -1;
    k++;
  }
  return k;
}

/** A currency sign right before token i ("R$ 2,5", "Rp1,5"), with its first token. */
function signBefore(lex: Lexicon, tk: Token[], i: number): { code: string; first: number } | null {
  if (tk[i]!.gap > 1) return null;
  for (const s of lex.signs) {
    const first = i - s.tokens.length;
    if (first >= 0 && s.tokens.every((x, k) => tk[first + k]!.raw === x && (k === 0 || tk[first + k]!.gap === 0))) return { code: s.code, first };
  }
  return null;
}

/** A currency sign at j, after the figure ("2,5 mld zł", "300 R$"). */
function signAt(lex: Lexicon, tk: Token[], j: number): { code: string; next: number } | null {
  if (!tk[j] || tk[j]!.gap > 1) return null;
  for (const s of lex.signs) {
    if (s.tokens.every((x, k) => tk[j + k]?.raw === x && (k === 0 || tk[j + k]!.gap === 0))) return { code: s.code, next: j + s.tokens.length };
  }
  return null;
}

/**
 * A figure written the language's way: "1.234.567,5", "1 234 567,5", "2,5". `afterSign` when a currency
 * sign of letters stands right before it ("Rp15.000"), which may be glued to it.
 */
function figureAt(lex: Lexicon, tk: Token[], i: number, afterSign: boolean): { value: number; next: number } | null {
  const t = tk[i];
  if (!t || t.kind !== 'num') return null;
  // glued to a word or a figure before it ("A4", "3.2"), it is part of something else
  const prev = tk[i - 1];
  if (prev && t.gap === 0 && ((prev.kind === 'word' && !afterSign) || prev.kind === 'num' || prev.raw === '.' || prev.raw === ',')) return null;
  let digits = t.raw;
  let k = i + 1;
  while (k < tk.length) {
    const sep = tk[k]!;
    const n = tk[k + 1];
    if (lex.group !== ' ' && sep.raw === lex.group && sep.gap === 0 && n?.kind === 'num' && n.gap === 0 && n.raw.length === 3) {
      digits += n.raw;
      k += 2;
    } else if (lex.group === ' ' && sep.kind === 'num' && sep.gap === 1 && !sep.wide && sep.raw.length === 3 && t.raw.length <= 3) {
      digits += sep.raw;
      k += 1;
    } else break;
  }
  let value = Number(digits);
  const d = tk[k];
  const frac = tk[k + 1];
  if (d && d.raw === lex.decimal && d.gap === 0 && frac?.kind === 'num' && frac.gap === 0) {
    value = Number(`${digits}.${frac.raw}`);
    k += 2;
  }
  return Number.isFinite(value) ? { value, next: k } : null;
}

function scaleAt(lex: Lexicon, tk: Token[], j: number): { value: number; next: number } | null {
  for (const s of lex.scales) {
    const next = wordsAt(tk, j, s.words);
    if (next > 0) return { value: s.value, next: s.dot && tk[next]?.raw === '.' && tk[next]!.gap === 0 ? next + 1 : next };
  }
  return null;
}

function currencyNameAt(lex: Lexicon, tk: Token[], j: number): { code: string; next: number } | null {
  let k = j;
  if (OF.has(word(tk, k))) k += word(tk, k) === 'd' && tk[k + 1]?.raw === "'" ? 2 : 1;
  for (const c of lex.currencies) {
    const next = wordsAt(tk, k, c.words);
    if (next > 0) return { code: c.code, next };
  }
  return null;
}

function hedgeBefore(tk: Token[], first: number): { qualifier: Qualifier; first: number } | null {
  for (const [phrase, qualifier] of HEDGES) {
    const words = phrase.split(' ');
    const start = first - words.length;
    if (start < 0 || tk[first]!.gap >= 2) continue;
    if (words.every((w, k) => word(tk, start + k) === w)) return { qualifier, first: start };
  }
  return null;
}

/** Amounts of a page in one of the languages we read; none on an English page. */
export function findForeignMoney(text: string, tk: Token[]): MoneyMention[] {
  const lang = pageLanguage(tk);
  if (lang === null || lang === 'en') return [];
  const lex = lexicon(lang);
  const out: MoneyMention[] = [];
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    const before = t.kind === 'num' ? signBefore(lex, tk, i) ?? currencyBefore(tk, i, text) : null;
    let fig = figureAt(lex, tk, i, !!before);
    if (!fig && t.kind === 'word' && ONE.has(t.low) && scaleAt(lex, tk, i + 1)) fig = { value: 1, next: i + 1 };
    if (!fig) continue;
    let value = fig.value;
    let k = fig.next;
    const scale = scaleAt(lex, tk, k);
    if (scale) {
      value *= scale.value;
      k = scale.next;
    }
    const after = before ? null : currencyNameAt(lex, tk, k) ?? signAt(lex, tk, k) ?? currencyAfter(tk, k, text);
    if (!before && !after) continue;
    // a bare "one" needs its scale ("eine Milliarde Euro"), not "ein Euro"
    if (fig.next === i + 1 && t.kind === 'word' && !scale) continue;
    const first = before ? before.first : i;
    const amountNext = after ? after.next : k;
    // "15 тыс. рублей за тонну" is a price; "5 milliards d'euros par an" a yearly amount, as in English
    const per = foreignPerUnitAt(tk, amountNext);
    const next = per ? per.next : amountNext;
    const hedge = hedgeBefore(tk, first);
    const spanFirst = hedge ? hedge.first : first;
    const start = tk[spanFirst]!.start;
    const end = tk[next - 1]!.end;
    out.push({
      text: text.slice(start, end), start, end, amountEnd: tk[amountNext - 1]!.end, value, currency: (before ?? after)!.code,
      perUnit: per ? per.unit : null, range: null, qualifier: hedge?.qualifier ?? null, direction: directionAround(tk, spanFirst, next),
      doubts: [], notes: [], unitFromContext: false, firstToken: spanFirst, nextToken: next,
    });
    i = next - 1;
  }
  return out;
}

/** The page's amounts: where a foreign reading found one, it replaces the English reading of the same words. */
export function withForeignMoney(text: string, tk: Token[], english: MoneyMention[]): MoneyMention[] {
  const foreign = findForeignMoney(text, tk);
  if (foreign.length === 0) return english;
  const taken = new Uint8Array(tk.length);
  for (const m of foreign) taken.fill(1, m.firstToken, m.nextToken);
  const kept = english.filter((m) => taken.subarray(m.firstToken, m.nextToken).every((x) => x === 0));
  return [...kept, ...foreign].sort((a, b) => a.start - b.start);
}
