import type { Token } from '../text/tokenize.ts';
import { validDate } from './calendar.ts';
import { expandTwoDigitYear } from './lexicon.ts';
import type { SpecHit } from './calendar-dates.ts';
import { isNum, raw } from './types.ts';

/**
 * Dates in digits: "2015-03-03", "10/31/1974", "20161016", "2/2013", "2014-10", "2/15".
 * Month-first unless the first part cannot be a month ("22/04" is 22 April). A number glued into a
 * longer chain ("138-2010-2015", "1.1.3", "30/4.85") is never a date.
 */

const SEPS = new Set(['-', '/', '.']);

interface Part {
  text: string;
  value: number;
  tok: number;
}

/** Numbers joined by one separator, all glued: "10/31/1974" -> parts 10, 31, 1974. */
function chain(tk: Token[], i: number): { parts: Part[]; sep: string; next: number; spaced: boolean } | null {
  const t = tk[i];
  if (!t || t.kind !== 'num') return null;
  const parts: Part[] = [{ text: t.raw, value: Number(t.raw), tok: i }];
  let j = i + 1;
  let sep = '';
  let spaced = false;
  while (parts.length < 3) {
    const s = tk[j];
    const n = tk[j + 1];
    if (!s || !n || n.kind !== 'num' || !SEPS.has(s.raw)) break;
    if (sep && s.raw !== sep) break;
    const tight = s.gap === 0 && n.gap === 0;
    // "2 / 15": a spaced slash is still a date separator; spaced dashes join ranges instead
    const loose = s.raw === '/' && s.gap === 1 && n.gap === 1 && parts.length === 1;
    if (!tight && !loose) break;
    if (loose) spaced = true;
    sep = s.raw;
    parts.push({ text: n.raw, value: Number(n.raw), tok: j + 1 });
    j += 2;
  }
  return { parts, sep, next: j, spaced };
}

function yearOf(p: Part): number | null {
  if (p.text.length === 4) return p.value >= 1000 && p.value <= 2999 ? p.value : null;
  if (p.text.length === 2) return expandTwoDigitYear(p.value);
  return null;
}

/** A glued separator and number right before or after: this chain belongs to something longer. */
function chained(tk: Token[], first: number, next: number): boolean {
  const b = tk[first - 1];
  if (b && tk[first]!.gap === 0 && SEPS.has(b.raw) && tk[first - 2]?.kind === 'num' && b.gap === 0) return true;
  if (b && tk[first]!.gap === 0 && (b.raw === ':' || b.kind === 'word' || b.raw === '$' || b.raw === '+')) return true;
  const a = tk[next];
  if (a && a.gap === 0 && (a.raw === ':' || a.raw === '%' || a.kind === 'word' || a.kind === 'num')) return true;
  if (a && a.gap === 0 && (a.raw === '.' || a.raw === '/' || a.raw === ',') && tk[next + 1]?.kind === 'num' && tk[next + 1]!.gap === 0) return true;
  return false;
}

export interface NumericOpts {
  /** Allow "2-15" and "5.12" (month-day with a dash or point), used after "on" or a weekday. */
  loose?: boolean;
  /** The date ends a range after a dash ("10/1-11/7"): the dash before it is not a chain. */
  rangeEnd?: boolean;
  /** The text writes slashed dates day first: "03/02/2024" is 3 February. */
  dayFirst?: boolean;
}

/** At most this many tokens are scanned for the order a text writes its slashed dates in. */
const ORDER_SCAN_LIMIT = 200_000;

/**
 * Whether a text writes its slashed dates day first: one of them can only be read day first ("15/01/2024",
 * "20/6") and none can only be read month first ("01/15/2024"). A site keeps one order, so the dates
 * that fit both take the order of those that fit one.
 */
export function writesDayFirst(tk: Token[]): boolean {
  let dayFirst = 0;
  for (let i = 0; i + 2 < tk.length && i < ORDER_SCAN_LIMIT; i++) {
    const a = tk[i]!;
    if (a.kind !== 'num' || tk[i + 1]!.raw !== '/' || tk[i + 1]!.gap !== 0 || tk[i + 2]!.kind !== 'num' || tk[i + 2]!.gap !== 0) continue;
    if (tk[i - 1]?.raw === '/' && tk[i]!.gap === 0) continue;
    const x = Number(a.raw);
    const y = Number(tk[i + 2]!.raw);
    if (a.raw.length > 2 || tk[i + 2]!.raw.length > 2 || x < 1 || y < 1) continue;
    // "24/7", "13/15 seats": only a date with its year, or one after "on", tells the order
    const withYear = tk[i + 3]?.raw === '/' && tk[i + 3]!.gap === 0 && tk[i + 4]?.kind === 'num' && tk[i + 4]!.gap === 0;
    if (!withYear && tk[i - 1]?.low !== 'on') continue;
    if (x > 12 && x <= 31 && y <= 12) dayFirst++;
    else if (y > 12 && y <= 31 && x <= 12) return false;
  }
  return dayFirst > 0;
}

export function numericDate(tk: Token[], i: number, opts: NumericOpts = {}): SpecHit | null {
  const c = chain(tk, i);
  if (!c) return null;
  const { parts, sep } = c;
  const len = parts.length;
  // a trailing "-" + number may open a range ("10/1/2018-10/7/2018"); any other continuation is a chain
  const rangeDash = raw(tk, c.next) === '-' && isNum(tk, c.next + 1);
  if (chained(tk, i, c.next) && !(rangeDash && len >= 2)) {
    // only the dash of a range may touch the date on its left
    const b = tk[i - 1];
    const leftIsRange = opts.rangeEnd && b && b.raw === '-';
    const a = tk[c.next];
    const rightFree = !a || a.gap > 0 || rangeDash || (a.kind === 'punct' && !(isNum(tk, c.next + 1) && tk[c.next + 1]!.gap === 0));
    if (!(leftIsRange && rightFree)) return null;
  }
  const hit = (spec: { y?: number; m: number; d?: number }, used: number): SpecHit | null => {
    if (spec.d !== undefined && !validDate(spec.y ?? 2000, spec.m, spec.d)) return null;
    if (spec.m < 1 || spec.m > 12) return null;
    const next = parts[used - 1]!.tok + 1;
    if (used < len) return null;
    return { first: i, next, spec: { ...spec, numeric: true } };
  };
  const a = parts[0]!;
  if (len === 1) {
    // 20161016
    if (a.text.length === 8 && !chained(tk, i, i + 1)) {
      const y = Number(a.text.slice(0, 4));
      const m = Number(a.text.slice(4, 6));
      const d = Number(a.text.slice(6, 8));
      if (y >= 1900 && y <= 2100 && validDate(y, m, d)) return { first: i, next: i + 1, spec: { y, m, d } };
    }
    return spacedYmd(tk, i);
  }
  const b = parts[1]!;
  if (len === 3) {
    const cpart = parts[2]!;
    if (a.text.length === 4) {
      const y = yearOf(a);
      return y === null ? null : hit({ y, m: b.value, d: cpart.value }, 3);
    }
    // dotted dates need a four-digit year ("10.31.1974"), never "1.1.30" (a version)
    if (sep === '.' && cpart.text.length !== 4) return null;
    if (cpart.text.length !== 4 && cpart.text.length !== 2) return null;
    const y = yearOf(cpart);
    if (y === null || a.text.length > 2 || b.text.length > 2) return null;
    // points separate day, month and year wherever dates are written with them (Europe, Russia, Turkey);
    // month first is the American use, with slashes
    if (sep === '.') return hit({ y, m: b.value, d: a.value }, 3) ?? hit({ y, m: a.value, d: b.value }, 3);
    if (sep === '/' && opts.dayFirst) return hit({ y, m: b.value, d: a.value }, 3) ?? hit({ y, m: a.value, d: b.value }, 3);
    return hit({ y, m: a.value, d: b.value }, 3) ?? hit({ y, m: b.value, d: a.value }, 3);
  }
  if (len === 2) {
    if (a.text.length === 4) {
      // 2014-10, 2015-3
      const y = yearOf(a);
      if (y === null || b.text.length > 2 || sep === '.') return null;
      return hit({ y, m: b.value }, 2);
    }
    if (b.text.length === 4) {
      // 2/2013, 12-2015
      const y = yearOf(b);
      if (y === null || a.text.length > 2 || sep === '.') return null;
      return hit({ y, m: a.value }, 2);
    }
    if (a.text.length > 2 || b.text.length > 2) return null;
    if (sep !== '/' && !opts.loose && !opts.rangeEnd) return null;
    const md = opts.dayFirst && sep === '/' ? hit({ m: b.value, d: a.value }, 2) ?? hit({ m: a.value, d: b.value }, 2)
      : hit({ m: a.value, d: b.value }, 2) ?? hit({ m: b.value, d: a.value }, 2);
    // "5/1-5/7, 2020": a year after a comma
    if (md && raw(tk, md.next) === ',' && isNum(tk, md.next + 1) && tk[md.next + 1]!.raw.length === 4) {
      const y = Number(tk[md.next + 1]!.raw);
      if (y >= 1000 && y <= 2999 && !isNum(tk, md.next + 2)) return { first: i, next: md.next + 2, spec: { ...md.spec, y } };
    }
    return md;
  }
  return null;
}

/** "2016 10 16": year, month and day separated by single spaces. */
function spacedYmd(tk: Token[], i: number): SpecHit | null {
  const a = tk[i]!;
  const b = tk[i + 1];
  const c = tk[i + 2];
  if (a.raw.length !== 4 || !b || !c || b.kind !== 'num' || c.kind !== 'num' || b.gap !== 1 || c.gap !== 1) return null;
  if (b.raw.length > 2 || c.raw.length > 2 || isNum(tk, i + 3)) return null;
  const y = Number(a.raw);
  const m = Number(b.raw);
  const d = Number(c.raw);
  if (y < 1000 || y > 2999 || !validDate(y, m, d)) return null;
  return { first: i, next: i + 3, spec: { y, m, d } };
}

