import type { Token } from '../text/tokenize.ts';
import { parseDigitAtom } from './digit-atom.ts';
import { DOZEN, SCALES, SCALE_ABBREVIATIONS, TENS, UNITS } from './number-words.ts';

/**
 * Streaming parser for cardinals mixing words and digits: "twenty-one trillion and three hundred",
 * "4 thousand 3 hundred and 21", "three crore twelve lakh fifty-six thousand", "1.2b", "3 dozens".
 * It keeps the last complete reading, so a dangling "and" or an impossible continuation
 * ("3 hundred and 2 hundred") ends the number where it was last whole.
 */
export interface Cardinal {
  value: number;
  next: number;
  integer: boolean;
  /** Any spelled-out word took part. */
  words: boolean;
  /** Smallest big scale used (thousand and up); Infinity if none. */
  bigScale: number;
  /** The reading ended on a big scale word ("one million"). */
  endsOnBigScale: boolean;
  /** Digits only, a single run ("2025"). */
  plain: boolean;
  grouped: boolean;
  /** Token index where a scale suffix glued to digits began ("3.4bn"), or -1. */
  suffixAt: number;
}

type Last = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'digit' | 'dozen' | 'and' | 'comma' | 'point';

const CURRENCY_BEFORE = new Set(['$', '£', '€', '¥', '₹', 'Rs', 'USD', 'EUR', 'GBP', 'INR', 'CNY', 'RMB', 'JPY', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'NZD', 'ZAR', 'SEK', 'NOK']);
const M_FOLLOWERS = new Set(['people', 'tonnes', 'tons', 'yuan', 'euros', 'dollars', 'pounds', 'units', 'barrels', 'users', 'shares', 'jobs', 'workers', 'homes', 'vehicles', 'cars', 'passengers', 'visitors']);

/** Units hyphened after a glued "m" that make it millions, never metres. */
const M_HYPHENED = new Set(['tonne', 'ton', 'barrel', 'dollar', 'pound', 'euro']);

/** Scale suffix right after digits: "10k", "3.4bn", "10M", "1.2b", "2mil", "10 bln", "1,674.5 G". */
export function digitSuffix(tk: Token[], j: number, atomStart: number): { mult: number; next: number } | null {
  const t = tk[j];
  if (!t || t.kind !== 'word' || t.gap > 1) return null;
  const spaced = t.gap === 1;
  const after = tk[j + 1];
  const free = !after || after.gap > 0 || after.kind === 'punct';
  if (!free) return null;
  const raw = t.raw;
  // "k.g.": an abbreviation with points is a unit, not a scale
  if (after && after.raw === '.' && after.gap === 0 && tk[j + 2]?.gap === 0 && tk[j + 2]?.kind === 'word') return null;
  if (raw.length === 1) {
    // single letters are units as often as scales; only unambiguous readings
    const endOk = !after || after.kind === 'punct' || after.gap >= 2;
    if (spaced && !endOk) return null;
    if (raw === 'k' || raw === 'K') return { mult: 1e3, next: j + 1 };
    if (raw === 'M') return { mult: 1e6, next: j + 1 };
    if (raw === 'G') return { mult: 1e9, next: j + 1 };
    if (raw === 'B' || raw === 'b') return spaced ? null : { mult: 1e9, next: j + 1 };
    if (raw === 'm' && !spaced) {
      const before = tk[atomStart - 1];
      const currency = before !== undefined && CURRENCY_BEFORE.has(before.raw);
      const follower = after && after.kind === 'word' && after.gap === 1 ? after.low : '';
      const nextChar = tk[j + 2];
      const plural = follower.length > 3 && follower.endsWith('s') && !(nextChar && nextChar.raw === "'" && nextChar.gap === 0);
      // "a 1.2m-tonne crop", "a $40m-dollar", but "a 10m-high wall" is in metres
      const hyphened = after && after.raw === '-' && after.gap === 0 && nextChar?.gap === 0 ? nextChar.low : '';
      if (currency || M_FOLLOWERS.has(follower) || plural || M_HYPHENED.has(hyphened)) return { mult: 1e6, next: j + 1 };
    }
    return null;
  }
  const mult = SCALE_ABBREVIATIONS[t.low];
  if (mult === undefined) return null;
  // "845.3 thou. t": the abbreviation's point, when a lower-case unit follows it
  if (POINTED_SCALES.has(t.low) && after?.raw === '.' && after.gap === 0 && tk[j + 2]?.kind === 'word' && tk[j + 2]!.gap === 1 && tk[j + 2]!.raw === tk[j + 2]!.low) return { mult, next: j + 2 };
  // "5mm" is millimetres; "$1MM" and "US$ 1MM" are millions
  if (t.low === 'mm' && raw !== 'MM' && !CURRENCY_BEFORE.has(tk[atomStart - 1]?.raw ?? '')) return null;
  return { mult, next: j + 1 };
  return null;
}

/** Scale abbreviations written with a point before their unit ("845.3 thou. t", "5 mln. t", "45 ths. t"). */
const POINTED_SCALES = new Set(['thou', 'ths', 'thsd', 'mln', 'bln']);

// a plain function, not a closure: hot paths pay for every function created per call
function snapshot(value: number, next: number, integer: boolean, words: boolean, bigScale: number, endsOnBigScale: boolean, plain: boolean, grouped: boolean, suffixAt: number): Cardinal {
  return { value, next, integer, words, bigScale, endsOnBigScale, plain, grouped, suffixAt };
}

const NUMBER_STARTS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), 'a', 'an', 'hundred', 'half', 'quarter', 'point', 'minus', 'negative']);

/** Words a spelled-out number can start with. */
export function startsNumberWord(w: string): boolean {
  return NUMBER_STARTS.has(w);
}

export function parseCardinal(tk: Token[], i: number, limit = tk.length): Cardinal | null {
  let total = 0;
  let group = 0;
  let termStart = 0;
  let hasHundred = false;
  let lastBig = Infinity;
  let last: Last = 'start';
  let words = false;
  let integer = true;
  let plain = false;
  let grouped = false;
  let suffixAt = -1;
  let best: Cardinal | null = null;
  // the reading before the last "and": "3 hundred and 2 hundred" is two numbers, not 302 hundred
  let beforeAnd: Cardinal | null = null;
  let j = i;
  limit = Math.min(limit, i + 40);
  const t0 = tk[i];
  if (!t0 || (t0.kind === 'word' && !startsNumberWord(t0.low)) || t0.kind === 'url' || (t0.kind === 'punct' && t0.raw !== '.')) return null;

  while (j < limit) {
    const t = tk[j]!;
    if (j > i && t.gap >= 2) break;
    // "3.4bn", "10k": an abbreviated scale closes the number ("3.4bn and 12m shares" is two numbers)
    if (suffixAt >= 0) break;
    const w = t.kind === 'word' ? t.low : '';

    if (last === 'start' && (w === 'a' || w === 'an')) {
      const n = tk[j + 1];
      const nw = n && n.kind === 'word' ? n.low : '';
      if (n && n.gap === 1 && (nw === 'hundred' || nw === 'thousand' || nw === 'million' || nw === 'billion' || nw === 'trillion' || nw === 'dozen')) {
        group = 1;
        termStart = 0;
        last = 'unit';
        words = true;
        j++;
        continue;
      }
      break;
    }

    if (t.kind === 'num' || (t.raw === '.' && last === 'start')) {
      if (last !== 'start' && last !== 'big' && last !== 'and' && last !== 'comma') break;
      const atom = parseDigitAtom(tk, j);
      if (!atom) break;
      const wasStart = last === 'start';
      if (!wasStart) {
        // an additive tail: whole, smaller than the scale before it, never zero; after a bare big
        // scale only when a scale follows ("4 thousand 3 hundred", not "2 million 500 tonnes")
        const cap = last === 'and' && hasHundred && group > 0 ? 100 : lastBig;
        if (!atom.integer || atom.value <= 0 || atom.value >= cap || last === 'comma') break;
        const n = tk[atom.next];
        if (last === 'big' && !(n && n.kind === 'word' && SCALES[n.low] !== undefined)) break;
        group += atom.value;
      } else {
        group = atom.value;
        integer = atom.integer;
        plain = atom.plain;
        grouped = atom.grouped;
      }
      j = atom.next;
      last = 'digit';
      const suf = wasStart ? digitSuffix(tk, j, i) : null;
      if (suf) {
        suffixAt = j;
        group *= suf.mult;
        lastBig = suf.mult;
        total = group;
        group = 0;
        integer = Number.isInteger(total);
        last = 'big';
        j = suf.next;
      }
      best = snapshot(total + group, j, integer, words, lastBig, (last as Last) === 'big', plain && j === i + 1, grouped, suffixAt);
      continue;
    }

    const u = UNITS[w];
    if (u !== undefined) {
      const afterTens: boolean = last === 'tens' && u >= 1 && u <= 9;
      if (!(last === 'start' || last === 'hundred' || last === 'big' || last === 'and' || last === 'comma' || afterTens)) break;
      if ((last === 'and' || last === 'comma') && u === 0) break;
      if (u === 0 && last !== 'start') break;
      group += u;
      words = true;
      last = u < 10 && !afterTens ? 'unit' : afterTens ? 'unit' : 'teen';
      j++;
      best = snapshot(total + group, j, integer, words, lastBig, (last as Last) === 'big', plain && j === i + 1, grouped, suffixAt);
      continue;
    }
    const tens = TENS[w];
    if (tens !== undefined) {
      if (!(last === 'start' || last === 'hundred' || last === 'big' || last === 'and' || last === 'comma')) break;
      group += tens;
      words = true;
      last = 'tens';
      j++;
      best = snapshot(total + group, j, integer, words, lastBig, (last as Last) === 'big', plain && j === i + 1, grouped, suffixAt);
      continue;
    }
    if (t.raw === '-' && last === 'tens') {
      const n = tk[j + 1];
      const nu = n && n.kind === 'word' ? UNITS[n.low] : undefined;
      if (nu !== undefined && nu >= 1 && nu <= 9) {
        j++;
        last = 'tens';
        continue;
      }
      break;
    }
    const scale = SCALES[w];
    if (scale !== undefined) {
      if ((w === 'cr' || w === 'kr' || w === 'koti') && !words) break; // "100 kr" is a currency
      if (scale === 100) {
        if (hasHundred) {
          if (beforeAnd) best = beforeAnd;
          break;
        }
        if (last === 'start') group = 1;
        else if (!(last === 'unit' || last === 'teen' || last === 'tens' || last === 'digit')) break;
        group *= 100;
        hasHundred = true;
        termStart = 0;
        last = 'hundred';
      } else if (group > 0 && scale < lastBig) {
        total += group * scale;
        lastBig = scale;
        group = 0;
        hasHundred = false;
        termStart = 0;
        last = 'big';
      } else if (group === 0 && total > 0 && scale > lastBig && last === 'big') {
        // "three thousand millions"
        total *= scale;
        lastBig = scale;
        last = 'big';
      } else {
        if (beforeAnd && group > 0) best = beforeAnd;
        break;
      }
      words = true;
      integer = Number.isInteger(total + group);
      j++;
      best = snapshot(total + group, j, integer, words, lastBig, (last as Last) === 'big', plain && j === i + 1, grouped, suffixAt);
      continue;
    }
    if (DOZEN[w] !== undefined && (last === 'unit' || last === 'teen' || last === 'tens' || last === 'digit' || last === 'hundred')) {
      const term = group - termStart;
      group = termStart + term * 12;
      words = true;
      last = 'dozen';
      j++;
      best = snapshot(total + group, j, integer, words, lastBig, (last as Last) === 'big', plain && j === i + 1, grouped, suffixAt);
      continue;
    }
    if ((w === 'and' || t.raw === '&') && (last === 'hundred' || last === 'big')) {
      beforeAnd = best;
      termStart = group;
      last = 'and';
      j++;
      continue;
    }
    if (t.raw === ',' && last === 'big') {
      const n = tk[j + 1];
      if (n && n.kind === 'word' && (UNITS[n.low] !== undefined || TENS[n.low] !== undefined) && commaContinues(tk, i, j)) {
        last = 'comma';
        j++;
        continue;
      }
      break;
    }
    break;
  }
  return best;
}

/**
 * Whether the words after a comma go on with the number ("two million, three hundred thousand"), not
 * start a clause ("420 million, one person said"): only a number spelled out goes on after a comma,
 * and only into a larger group.
 */
function commaContinues(tk: Token[], first: number, comma: number): boolean {
  for (let k = first; k < comma; k++) if (tk[k]!.kind === 'num') return false;
  const after = tk[comma + 2];
  if (!after) return false;
  if (after.raw === '-' && after.gap === 0) return true;
  return after.kind === 'word' && (after.low === 'hundred' || after.low === 'thousand');
}
