import type { Token } from '../text/tokenize.ts';
import { parseCardinal, startsNumberWord } from './cardinal.ts';
import { FRACTION_NOUNS, SCALES, TENS, UNITS, ordinalValue } from './number-words.ts';

/**
 * Spelled-out fractions: "two thirds of a million", "one hundred and three quarters",
 * "five and a half million", "one hundred thirty-fifths" (100/35), "one one hundred fifth" (1/105).
 */
export interface WordFraction {
  value: number;
  next: number;
}

function wordAt(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' ? t.low : '';
}

function denominatorAt(tk: Token[], j: number): { value: number; kind: string; plural: boolean } | null {
  const w = wordAt(tk, j);
  if (!w || w === 'first' || w === 'second' || w === 'seconds') return null;
  const noun = FRACTION_NOUNS[w];
  if (noun !== undefined) return { value: noun, kind: 'noun', plural: w.endsWith('s') };
  const o = ordinalValue(w);
  if (!o) return null;
  return { value: o.value, kind: o.kind, plural: w.endsWith('s') };
}

/** A cardinal spanning exactly tokens [from, to); "a"/"an" alone read as 1. */
function exactCardinal(tk: Token[], from: number, to: number): number | null {
  if (from >= to) return null;
  if (to - from === 1 && (wordAt(tk, from) === 'a' || wordAt(tk, from) === 'an')) return 1;
  const c = parseCardinal(tk, from, to);
  return c && c.next === to ? c.value : null;
}

function exactCardinalInfo(tk: Token[], from: number, to: number) {
  if (from >= to) return null;
  const c = parseCardinal(tk, from, to);
  return c && c.next === to ? c : null;
}

/** "of a million", "million": a scale that multiplies the fraction before it. */
function trailingScale(tk: Token[], j: number): { scale: number; next: number } | null {
  let k = j;
  if (wordAt(tk, k) === 'of') k++;
  if (wordAt(tk, k) === 'a' || wordAt(tk, k) === 'an') k++;
  else if (k > j) return null;
  const s = SCALES[wordAt(tk, k)];
  if (s !== undefined && s >= 1e3 && (tk[k]?.gap ?? 2) === 1) return { scale: s, next: k + 1 };
  return null;
}

export function parseWordFraction(tk: Token[], i: number): WordFraction | null {
  const t0 = tk[i];
  if (!t0 || (t0.kind === 'word' && !startsNumberWord(t0.low)) || (t0.kind !== 'word' && t0.kind !== 'num')) return null;
  // digits start a fraction only as the whole before "and a half" ("3 million and a half")
  if (t0.kind === 'num') {
    const n1 = tk[i + 1];
    if (!n1 || n1.kind !== 'word' || !(SCALES[n1.low] !== undefined || n1.low === 'and')) return null;
  }
  // "half a million", "quarter million"
  const w0 = wordAt(tk, i);
  if (w0 === 'half' || w0 === 'quarter') {
    const ts = trailingScale(tk, i + 1);
    if (ts) return { value: (w0 === 'half' ? 0.5 : 0.25) * ts.scale, next: ts.next };
    return null;
  }
  // find the denominator word, crossing only number words, "and", hyphens and "a"
  let f = i;
  // a spelled number is short; never scan further than this for its denominator
  const limit = Math.min(tk.length, i + 24);
  while (f < limit) {
    const t = tk[f]!;
    if (f > i && t.gap >= 2) return null;
    const w = t.kind === 'word' ? t.low : '';
    if (f > i && denominatorAt(tk, f)) break;
    const ok = UNITS[w] !== undefined || TENS[w] !== undefined || SCALES[w] !== undefined || w === 'and' || w === 'a' || w === 'an'
      || t.raw === '&' || (t.raw === '-' && f > i) || (t.kind === 'num' && f === i);
    if (!ok) return null;
    f++;
  }
  const den = denominatorAt(tk, f);
  if (!den || f === i) return null;
  // a numerator in digits is not a spelled fraction ("100 millionths" is just 100)
  const beforeDen = tk[f - 1]!;
  if (beforeDen.kind === 'num') return null;
  let end = f + 1;
  let value: number | null = null;

  // "W and N/D": a proper fraction adds to W ("one hundred and three quarters"), an improper one
  // divides the whole ("one hundred and thirty fifths" = 130/5)
  let k = f - 1;
  while (k > i && wordAt(tk, k) !== 'and' && tk[k]!.raw !== '&') k--;
  if (k > i) {
    const n = exactCardinal(tk, k + 1, f);
    const whole = exactCardinalInfo(tk, i, k);
    if (n !== null && whole) {
      const d = den.value;
      if (n < d) {
        const frac = n / d;
        const ts = trailingScale(tk, end);
        if (ts) {
          end = ts.next;
          value = whole.bigScale !== Infinity && whole.bigScale > ts.scale ? whole.value + frac * ts.scale : (whole.value + frac) * ts.scale;
        } else {
          value = whole.endsOnBigScale ? whole.value + frac * whole.bigScale : whole.value + frac;
        }
      } else {
        value = (whole.value + n) / d;
      }
      if (!den.plural && n !== 1) return null;
      return value === null ? null : { value, next: end };
    }
  }

  let numEnd = f;
  while (numEnd > i && tk[numEnd - 1]!.raw === '-') numEnd--;
  let d = den.value;
  let numerator: number | null = null;
  if (den.kind === 'unit' || den.kind === 'tens' || den.kind === 'noun') {
    // compound denominators: "one hundred [and] fifth" (105th), "thirty fifths" (35ths)
    let m = numEnd;
    if (wordAt(tk, m - 1) === 'and') m--;
    const sc = SCALES[wordAt(tk, m - 1)];
    const one = wordAt(tk, m - 2);
    if (sc !== undefined && (one === 'one' || one === 'a') && m - 2 > i && den.kind !== 'noun') {
      const num = exactCardinal(tk, i, m - 2);
      if (num !== null) {
        numerator = num;
        d = sc + den.value;
      }
    }
    const tens = TENS[wordAt(tk, numEnd - 1)];
    if (numerator === null && tens !== undefined && den.kind === 'unit' && numEnd - 1 > i) {
      const num = exactCardinal(tk, i, numEnd - 1);
      if (num !== null) {
        numerator = num;
        d = tens + den.value;
      }
    }
  }
  if (numerator === null) numerator = exactCardinal(tk, i, numEnd);
  if (numerator === null) return null;
  if (!den.plural && numerator !== 1) return null;
  value = numerator / d;
  const ts = trailingScale(tk, end);
  if (ts) {
    value *= ts.scale;
    end = ts.next;
  }
  return { value, next: end };
}
