import { parseCardinal } from '../numbers/cardinal.ts';
import { TENS, UNITS } from '../numbers/number-words.ts';
import type { Token } from '../text/tokenize.ts';
import { MONTHS, ORDINAL_WORDS, WEEKDAYS, expandTwoDigitYear, isFullMonthName } from './lexicon.ts';
import { glued, isNum, w } from './types.ts';

/** Pieces of written dates: month names, days of the month, years, weekdays. */

export interface Field {
  value: number;
  next: number;
}

const SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** "Dec", "Dec.", "September", "Sept." */
export function monthAt(tk: Token[], j: number): (Field & { abbr: boolean }) | null {
  const word = w(tk, j);
  const m = MONTHS[word];
  if (m === undefined) return null;
  const abbr = !isFullMonthName(word);
  let next = j + 1;
  if (abbr && tk[next]?.raw === '.' && glued(tk, next)) next++;
  return { value: m, next, abbr };
}

/** "Monday", "mon.", "Thu" */
export function weekdayAt(tk: Token[], j: number): Field | null {
  const word = w(tk, j);
  const d = WEEKDAYS[word];
  if (d === undefined || word.endsWith('s') && word.length > 5) return null;
  let next = j + 1;
  if (word.length <= 4 && tk[next]?.raw === '.' && glued(tk, next)) next++;
  return { value: d, next };
}

/** A number token that is a clean integer: not part of "12:30", "5.5", "1,000", "10%". */
function cleanInt(tk: Token[], j: number): boolean {
  const n = tk[j + 1];
  if (!n || n.gap > 0) return true;
  if (n.raw === ':' || n.raw === '%' || n.raw === '^') return false;
  if ((n.raw === '.' || n.raw === ',') && isNum(tk, j + 2) && glued(tk, j + 2)) return n.raw === '.' ? false : tk[j + 2]!.raw.length !== 3;
  return true;
}

/** Ordinal words up to 31: "first", "twenty-first", "thirty first", "twentieth". */
export function ordinalWordAt(tk: Token[], j: number): Field | null {
  const word = w(tk, j);
  const direct = ORDINAL_WORDS[word];
  if (direct !== undefined) return { value: direct, next: j + 1 };
  const tens = TENS[word];
  if (tens === 20 || tens === 30) {
    let k = j + 1;
    if (tk[k]?.raw === '-' && glued(tk, k)) k++;
    const o = ORDINAL_WORDS[w(tk, k)];
    if (o !== undefined && o <= 9 && tens + o <= 31) return { value: tens + o, next: k + 1 };
  }
  return null;
}

/** Day of the month: "4", "04th", "1st", "twenty-first"; spelled cardinals ("twenty nine") only when allowed. */
export function dayAt(tk: Token[], j: number, cardinalWords = false): (Field & { ordinal: boolean }) | null {
  const t = tk[j];
  if (!t) return null;
  if (t.kind === 'num') {
    if (t.raw.length > 2 || !cleanInt(tk, j)) return null;
    const v = Number(t.raw);
    if (v < 1 || v > 31) return null;
    const s = tk[j + 1];
    if (s && s.gap === 0 && s.kind === 'word' && SUFFIXES.has(s.low)) return { value: v, next: j + 2, ordinal: true };
    return { value: v, next: j + 1, ordinal: false };
  }
  const o = ordinalWordAt(tk, j);
  if (o) return { ...o, ordinal: true };
  if (cardinalWords && (UNITS[w(tk, j)] !== undefined || TENS[w(tk, j)] !== undefined)) {
    const c = parseCardinal(tk, j);
    if (c && c.words && c.integer && c.value >= 1 && c.value <= 31 && c.bigScale === Infinity) return { value: c.value, next: c.next, ordinal: false };
  }
  return null;
}

/** "nineteen eighty six", "two thousand and five", "nineteen hundred ninety three", "twenty twenty-four". */
export function spelledYearAt(tk: Token[], j: number): Field | null {
  const c = parseCardinal(tk, j);
  if (c && c.words && c.integer && c.value >= 1000 && c.value <= 2999) {
    // "two thousand" is 2000, but "two thousand" followed by more number words was already consumed
    return { value: c.value, next: c.next };
  }
  const lead = UNITS[w(tk, j)] ?? TENS[w(tk, j)];
  if (lead === undefined || lead < 10 || lead > 20) return null;
  const k = j + 1;
  if (w(tk, k) === 'oh' || w(tk, k) === 'o') {
    const u = UNITS[w(tk, k + 1)];
    return u !== undefined && u >= 1 && u <= 9 ? { value: lead * 100 + u, next: k + 2 } : null;
  }
  const rest = parseCardinal(tk, k);
  if (!rest || !rest.words || rest.value < 10 || rest.value > 99 || rest.bigScale !== Infinity) return null;
  return { value: lead * 100 + rest.value, next: rest.next };
}

export interface YearOpts {
  twoDigit?: boolean;
  spelled?: boolean;
}

/** "2012", "'82", "82" (when allowed), "2014 A.D.", spelled years (when allowed). */
export function yearAt(tk: Token[], j: number, opts: YearOpts = {}): (Field & { two: boolean }) | null {
  const t = tk[j];
  if (!t) return null;
  if (t.raw === "'" && isNum(tk, j + 1) && glued(tk, j + 1) && tk[j + 1]!.raw.length === 2) {
    const after = tk[j + 2];
    if (after && after.gap === 0 && after.kind === 'word') return null; // "'90s" is a decade
    return { value: expandTwoDigitYear(Number(tk[j + 1]!.raw)), next: j + 2, two: true };
  }
  if (t.kind === 'num') {
    if (!cleanInt(tk, j)) return null;
    const after = tk[j + 1];
    if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num')) return null;
    if (t.raw.length === 4) {
      const y = Number(t.raw);
      if (y < 1000 || y > 2999) return null;
      return { value: y, next: eraAfter(tk, j + 1), two: false };
    }
    if (t.raw.length <= 3 && isEra(tk, j + 1)) return { value: Number(t.raw), next: eraAfter(tk, j + 1), two: false };
    if (t.raw.length === 2 && opts.twoDigit) return { value: expandTwoDigitYear(Number(t.raw)), next: j + 1, two: true };
    return null;
  }
  if (opts.spelled) {
    const s = spelledYearAt(tk, j);
    if (s) return { ...s, two: false };
  }
  return null;
}

function isEra(tk: Token[], j: number): boolean {
  return eraAfter(tk, j) !== j;
}

/** "AD", "A.D.", "a.d." after a year. */
function eraAfter(tk: Token[], j: number): number {
  const t = tk[j];
  if (!t || t.gap > 1) return j;
  if (t.low === 'ad' || t.low === 'ce') return j + 1;
  if (t.low === 'a' && tk[j + 1]?.raw === '.' && w(tk, j + 2) === 'd') return tk[j + 3]?.raw === '.' && glued(tk, j + 3) ? j + 4 : j + 3;
  return j;
}
