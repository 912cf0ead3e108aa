import type { Token } from '../text/tokenize.ts';
import { parseCardinal, type Cardinal } from './cardinal.ts';
import { SCALES, TENS, UNITS } from './number-words.ts';
import { parseWordFraction } from './word-fraction.ts';

/** One number in the text, however it is written. Token range [first, next). */
export interface Numeral {
  value: number;
  first: number;
  next: number;
  integer: boolean;
  /** Spelled-out words took part ("twenty", "million"). */
  words: boolean;
  /** Only a run of digits ("2025", "0033"): candidates for years, codes and counts. */
  plain: boolean;
  grouped: boolean;
  /** Has a scale word or suffix ("million", "bn", "k"). */
  scaled: boolean;
  /** The big scale applied ("billion" -> 1e9), 1 if none. */
  scale: number;
  kind: 'cardinal' | 'fraction' | 'ratio';
}

function wordAt(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' ? t.low : '';
}

/** Where a sign starts and how many tokens it takes: "-", "+", "- " (spaced, at a start), "minus", "negative". */
function signAt(tk: Token[], i: number): { sign: number; len: number } | null {
  const t = tk[i];
  if (!t) return null;
  if (t.kind === 'word' && (t.low === 'minus' || t.low === 'negative')) return { sign: -1, len: 1 };
  if (t.kind !== 'punct' || (t.raw !== '-' && t.raw !== '+')) return null;
  const prev = tk[i - 1];
  // "SCP-173", "+1-222": a dash glued to a preceding word or number is a separator
  if (prev && t.gap === 0 && prev.kind !== 'punct') return null;
  // "97%-98%": a dash glued to a percent sign joins a range
  if (prev && t.gap === 0 && prev.raw === '%') return null;
  const n = tk[i + 1];
  if (!n || (n.kind !== 'num' && n.raw !== '.')) return null;
  if (n.gap === 0) return { sign: t.raw === '-' ? -1 : 1, len: 1 };
  // "- 1,200,000": a spaced sign only at the start of a text or after punctuation, never between numbers
  if (n.gap === 1 && (!prev || (prev.kind === 'punct' && prev.raw !== '/' && prev.raw !== '-'))) return { sign: t.raw === '-' ? -1 : 1, len: 1 };
  return null;
}

/** "0.5" / ".77" after "point": digits, or digit words ("point zero three", "point seventy-one"). */
function pointDecimals(tk: Token[], j: number): { digits: string; next: number } | null {
  const t = tk[j];
  if (!t) return null;
  if (t.kind === 'num' && t.gap === 1) return { digits: t.raw, next: j + 1 };
  let digits = '';
  let k = j;
  while (tk[k] && tk[k]!.gap <= 1) {
    const w = wordAt(tk, k);
    const u = UNITS[w];
    const tens = TENS[w];
    if (u !== undefined && u <= 9) {
      digits += String(u);
      k++;
    } else if (tens !== undefined) {
      let v = tens;
      k++;
      if (tk[k]?.raw === '-' && UNITS[wordAt(tk, k + 1)] !== undefined) k++;
      const nu = UNITS[wordAt(tk, k)];
      if (nu !== undefined && nu >= 1 && nu <= 9) {
        v += nu;
        k++;
      }
      digits += String(v);
    } else break;
  }
  return digits ? { digits, next: k } : null;
}

/** Digit fraction "3/4" unless it is one piece of a chain ("5/17/2018", "+1-222-2222/2222"). */
function digitFraction(tk: Token[], i: number): { num: number; den: number; next: number } | null {
  const a = tk[i];
  const slash = tk[i + 1];
  const b = tk[i + 2];
  if (!a || a.kind !== 'num' || !slash || slash.raw !== '/' || slash.gap !== 0 || !b || b.kind !== 'num' || b.gap !== 0) return null;
  const before = tk[i - 1];
  if (before && a.gap === 0 && (before.raw === '/' || (before.raw === '-' && tk[i - 2]?.kind === 'num' && before.gap === 0))) return null;
  const after = tk[i + 3];
  if (after && after.gap === 0 && (after.raw === '/' || after.raw === '-' || after.raw === '.') && tk[i + 4]?.kind === 'num') return null;
  const den = Number(b.raw);
  if (den === 0) return null;
  return { num: Number(a.raw), den, next: i + 3 };
}

function ratioAfter(tk: Token[], c: Cardinal, j: number): { value: number; next: number } | null {
  const w = wordAt(tk, j);
  if (!c.integer || tk[j]!.gap !== 1) return null;
  let k = j + 1;
  if (w === 'out' && wordAt(tk, k) === 'of') k++;
  else if (w !== 'over' && w !== 'in') return null;
  const den = parseCardinal(tk, k);
  if (!den || !den.integer || den.value === 0 || den.endsOnBigScale) return null;
  const after = tk[den.next];
  if (w === 'over') {
    // "2000 over 3" but not "$2000 over 3 years"
    if (after && after.gap < 2 && after.kind !== 'punct') return null;
    // "£38m over 2026-27", "$5bn over 2030": a sum spread over a period; a scaled sum is no numerator either
    if ((den.plain && den.value >= 1900 && den.value <= 2100) || c.bigScale !== Infinity || c.suffixAt >= 0) return null;
  } else {
    // "one in five", "two out of five hundred": a part of a whole, so smaller than it
    if (c.value >= den.value) return null;
    if (w === 'in' && den.plain && den.value >= 1000) return null; // "1 in 2025"
  }
  return { value: c.value / den.value, next: den.next };
}

function restated(tk: Token[], j: number, value: number): number {
  // "forty-five (45)", "45 (forty five)"
  if (tk[j]?.raw !== '(') return j;
  const inner = parseCardinal(tk, j + 1);
  if (inner && inner.value === value && tk[inner.next]?.raw === ')') return inner.next + 1;
  return j;
}

export function parseNumeral(tk: Token[], i: number): Numeral | null {
  const s = signAt(tk, i);
  const start = s ? i + s.len : i;
  const sign = s ? s.sign : 1;
  const t = tk[start];
  if (!t) return null;
  if (s && s.len === 1 && tk[i]!.kind === 'word' && t.gap !== 1) return null;

  const frac = t.kind === 'word' || t.kind === 'num' ? parseWordFraction(tk, start) : null;
  let c = parseCardinal(tk, start);
  if (!c && wordAt(tk, start) === 'point') {
    const d = pointDecimals(tk, start + 1);
    if (d) return mk(sign * Number(`0.${d.digits}`), i, d.next, false, true, false, false, false, 'cardinal');
  }
  if (frac && (!c || frac.next > c.next)) {
    return mk(sign * frac.value, i, frac.next, Number.isInteger(frac.value), true, false, false, true, 'fraction');
  }
  if (!c) return null;

  let value = c.value;
  let next = c.next;
  let kind: Numeral['kind'] = 'cardinal';
  let integer = c.integer;
  let scaled = c.bigScale !== Infinity || c.suffixAt >= 0;
  if (wordAt(tk, next) === 'point' && !c.endsOnBigScale && c.integer) {
    const d = pointDecimals(tk, next + 1);
    if (d) {
      value = Number(`${value}.${d.digits}`);
      next = d.next;
      integer = false;
      const sc = SCALES[wordAt(tk, next)];
      if (sc !== undefined && sc >= 1e3 && tk[next]!.gap === 1) {
        value *= sc;
        next++;
        scaled = true;
      }
    }
  }
  const fr = c.plain ? digitFraction(tk, start) : null;
  if (fr) {
    value = fr.num / fr.den;
    next = fr.next;
    kind = 'fraction';
    integer = false;
  } else if (c.plain && c.integer && tk[next]?.kind === 'num' && tk[next]!.gap === 1) {
    // mixed number "2 1/4", "- 1 4/5"
    const mixed = digitFraction(tk, next);
    if (mixed && mixed.num < mixed.den) {
      value += mixed.num / mixed.den;
      next = mixed.next;
      kind = 'fraction';
      integer = false;
    }
  }
  if (kind === 'cardinal' && tk[next]) {
    const r = ratioAfter(tk, c, next);
    if (r) {
      value = r.value;
      next = r.next;
      kind = 'ratio';
      integer = Number.isInteger(value);
    }
  }
  next = restated(tk, next, value);
  const plain = c.plain && kind === 'cardinal' && next === start + 1;
  return mk(sign * value, i, next, integer, c.words, plain, c.grouped, scaled, kind, c.bigScale === Infinity ? 1 : c.bigScale);
}

function mk(value: number, first: number, next: number, integer: boolean, words: boolean, plain: boolean, grouped: boolean, scaled: boolean, kind: Numeral['kind'], scale = 1): Numeral {
  return { value, first, next, integer, words, plain, grouped, scaled, scale, kind };
}
