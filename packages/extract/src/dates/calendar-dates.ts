import type { Token } from '../text/tokenize.ts';
import { validDate } from './calendar.ts';
import { dayAt, monthAt, weekdayAt, yearAt } from './fields.ts';
import { type CalSpec, glued, isNum, raw, sameLine, w } from './types.ts';

/** Calendar dates written with a month name: "10 August 2012", "Dec. 31, 1994", "April 2017", "2019/aug/01". */

export interface SpecHit {
  first: number;
  next: number;
  spec: CalSpec;
}

/** A year right after a day-month or month-day: "[, | of | in | - | /] 2016", also "96" and spelled years. */
function yearTail(tk: Token[], j: number, twoDigitOk: boolean, dashedTwoDigitOk = false): { y: number; next: number; two: boolean } | null {
  let k = j;
  const sep = raw(tk, k);
  const sepWord = w(tk, k);
  if (!sameLine(tk, k)) return null;
  const dashed = (sep === '-' || sep === '/') && glued(tk, k);
  // "November 18-19" is a range of days, not 2019; "31-Oct-74" is a two-digit year
  if (dashed && !dashedTwoDigitOk) twoDigitOk = false;
  if (sep === ',' || sepWord === 'of' || sepWord === 'in' || dashed) k++;
  if (!sameLine(tk, k)) return null;
  const y = yearAt(tk, k, { twoDigit: twoDigitOk, spelled: true });
  if (!y) return null;
  if (y.two) {
    // "Aug 9 96" but not "May 5 20 people": a two-digit year ends the phrase
    const after = tk[y.next];
    if (after && after.gap <= 1 && after.kind !== 'punct') return null;
  }
  if ((sepWord === 'in' || sepWord === 'of') && y.two && sepWord === 'in') return null;
  return { y: y.value, next: y.next, two: y.two };
}

/** DAY [of|-|/] MONTH [year]: "10 August 2012", "the 1st of march", "15Sep", "31-Oct-74", "twenty fifth of May". */
function dayMonth(tk: Token[], i: number): SpecHit | null {
  let j = i;
  if (w(tk, j) === 'the') j++;
  const d = dayAt(tk, j, true);
  if (!d) return null;
  // "$12 December 27": an amount, then a date
  const before = tk[j - 1];
  if (before && (before.raw === '$' || before.raw === '£' || before.raw === '€')) return null;
  let k = d.next;
  const c = raw(tk, k);
  let dashed = false;
  if (w(tk, k) === 'of') k++;
  else if ((c === '-' || c === '/' || c === '.') && glued(tk, k) && glued(tk, k + 1)) {
    k++;
    dashed = true;
  }
  if (!sameLine(tk, k)) return null;
  const m = monthAt(tk, k);
  if (!m) return null;
  // "3 may" needs the day to be a clear ordinal or the month a clear name
  if (w(tk, k) === 'may' && !d.ordinal && tk[k]!.raw === 'may' && w(tk, i) !== 'the' && w(tk, d.next) !== 'of') return null;
  const spec: CalSpec = { m: m.value, d: d.value };
  let next = m.next;
  const y = yearTail(tk, next, true, dashed);
  if (y && (!dashed || raw(tk, next) === raw(tk, d.next) || raw(tk, next) === ',' || !glued(tk, next))) {
    spec.y = y.y;
    spec.twoDigitYear = y.two;
    next = y.next;
  }
  return { first: i, next, spec };
}

/** MONTH [,|/|-] [the] DAY [year]: "Dec. 31, 1994", "Oct/2", "mar3", "May twenty nine", "february the 15th". */
function monthDay(tk: Token[], i: number): SpecHit | null {
  const m = monthAt(tk, i);
  if (!m) return null;
  let k = m.next;
  const c = raw(tk, k);
  let sep = '';
  if ((c === '/' || c === '-') && glued(tk, k)) {
    sep = c;
    k++;
  } else if (c === ',' && isNum(tk, k + 1)) k++;
  if (w(tk, k) === 'the') k++;
  if (!sameLine(tk, k)) return null;
  const d = dayAt(tk, k, true);
  if (!d) return null;
  // "May 2025" is a month; "March 12 2015" keeps going
  if (sep === '-' && raw(tk, d.next) !== '-' && !glued(tk, d.next) && isNum(tk, k) && tk[k]!.raw.length === 4) return null;
  const spec: CalSpec = { m: m.value, d: d.value };
  let next = d.next;
  // "Oct 26 11:00:09 EDT 2023": a clock time may sit between the day and the year
  const t = timeAt(tk, next);
  const y = yearTail(tk, t && yearTail(tk, t, false) ? t : next, true);
  if (y && t && y.next > t) next = t;
  if (y) {
    spec.y = y.y;
    spec.twoDigitYear = y.two;
    next = y.next;
  }
  return { first: i, next, spec };
}

/** "11:00:09", "10:00 am", "11:00:09 EDT": a clock time, returned as the token after it. */
function timeAt(tk: Token[], j: number): number | null {
  if (raw(tk, j) === ',') j++;
  if (!isNum(tk, j) || raw(tk, j + 1) !== ':' || !isNum(tk, j + 2)) return null;
  let k = j + 3;
  if (raw(tk, k) === ':' && isNum(tk, k + 1)) k += 2;
  if (w(tk, k) === 'am' || w(tk, k) === 'pm') k++;
  const tz = tk[k];
  if (tz && tz.kind === 'word' && tz.raw.length >= 3 && tz.raw.length <= 4 && tz.raw === tz.raw.toUpperCase()) k++;
  return k;
}

/** MONTH [,|of|-|/|in] YEAR: "April 2017", "april of 87", "Dec-2018", "October two thousand and five". */
function monthYear(tk: Token[], i: number): SpecHit | null {
  const m = monthAt(tk, i);
  if (!m) return null;
  let k = m.next;
  const c = raw(tk, k);
  const word = w(tk, k);
  let twoOk = false;
  if (c === ',' || word === 'in') k++;
  else if (word === 'of') {
    k++;
    twoOk = true;
  } else if ((c === '-' || c === '/') && glued(tk, k)) k++;
  if (!sameLine(tk, k)) return null;
  const y = yearAt(tk, k, { twoDigit: twoOk, spelled: true });
  if (!y) return null;
  return { first: i, next: y.next, spec: { y: y.value, m: m.value } };
}

/** YEAR MONTH [DAY]: "2017 april", "2018 March 18", "2019/aug/01", "2020/23/Sep". */
function yearMonth(tk: Token[], i: number): SpecHit | null {
  if (!isNum(tk, i) || tk[i]!.raw.length !== 4) return null;
  const y = Number(tk[i]!.raw);
  if (y < 1000 || y > 2999) return null;
  let k = i + 1;
  const c = raw(tk, k);
  const sep = (c === '-' || c === '/') && glued(tk, k) ? c : '';
  if (sep) k++;
  else if (!sameLine(tk, k) || glued(tk, k)) return null;
  const m = monthAt(tk, k);
  if (m) {
    let next = m.next;
    const spec: CalSpec = { y, m: m.value };
    const s2 = raw(tk, next);
    if (sep && s2 === sep && glued(tk, next)) {
      const d = dayAt(tk, next + 1);
      if (d && validDate(y, m.value, d.value)) return { first: i, next: d.next, spec: { ...spec, d: d.value } };
    } else if (!sep && sameLine(tk, next) && isNum(tk, next)) {
      const d = dayAt(tk, next);
      if (d && !isNum(tk, d.next)) {
        spec.d = d.value;
        next = d.next;
      }
    }
    return { first: i, next, spec };
  }
  // 2020/23/Sep
  if (sep) {
    const d = dayAt(tk, k);
    if (d && raw(tk, d.next) === sep && glued(tk, d.next)) {
      const m2 = monthAt(tk, d.next + 1);
      if (m2) return { first: i, next: m2.next, spec: { y, m: m2.value, d: d.value } };
    }
  }
  return null;
}

/** "23-2020-September", "September-2020-23". */
function mixedOrder(tk: Token[], i: number): SpecHit | null {
  const m = monthAt(tk, i);
  const d = m ? null : dayAt(tk, i);
  const first = m ?? d;
  if (!first || raw(tk, first.next) !== '-' || !glued(tk, first.next)) return null;
  const y = isNum(tk, first.next + 1) && tk[first.next + 1]!.raw.length === 4 ? Number(tk[first.next + 1]!.raw) : NaN;
  if (!Number.isFinite(y) || raw(tk, first.next + 2) !== '-' || !glued(tk, first.next + 2)) return null;
  const k = first.next + 3;
  if (m) {
    const dd = dayAt(tk, k);
    return dd ? { first: i, next: dd.next, spec: { y, m: m.value, d: dd.value } } : null;
  }
  const mm = monthAt(tk, k);
  return mm && d ? { first: i, next: mm.next, spec: { y, m: mm.value, d: d.value } } : null;
}

export function monthNameDate(tk: Token[], i: number): SpecHit | null {
  let best: SpecHit | null = null;
  for (const f of [dayMonth, monthDay, monthYear, yearMonth, mixedOrder]) {
    const h = f(tk, i);
    if (h && (!best || h.next > best.next)) best = h;
  }
  return best;
}

/**
 * Words that point a weekday one way or the other ("last Friday", "the following Monday"); with the date written
 * beside the weekday ("the following Monday, Nov. 23", "last Friday (Oct. 9)") the date says which day is meant.
 */
const WEEKDAY_POINTERS = new Set(['last', 'previous', 'past', 'following', 'coming', 'upcoming']);

/** A weekday written before a date ("Friday, June 11, 2010", "Sun 15Sep", "this friday (jun-15)", "the following Monday, Nov. 23"). */
export function weekdayPrefix(tk: Token[], i: number): { wd: number; at: number; next: number; paren: boolean; pointed: boolean } | null {
  let j = i;
  if (w(tk, j) === 'this' && WEEKDAY_POINTERS.has(w(tk, j + 1))) j++;
  const pointed = WEEKDAY_POINTERS.has(w(tk, j));
  if (w(tk, j) === 'this' || w(tk, j) === 'next' || w(tk, j) === 'on' || pointed) j++;
  const wd = weekdayAt(tk, j);
  if (!wd) return null;
  let k = wd.next;
  if (raw(tk, k) === ',' || (raw(tk, k) === '-' && glued(tk, k))) k++;
  let paren = false;
  if (raw(tk, k) === '(') {
    k++;
    paren = true;
  }
  if (w(tk, k) === 'the') k++;
  return sameLine(tk, k) ? { wd: wd.value, at: j, next: k, paren, pointed } : null;
}

/** "Jul 18, Fri": a weekday written after the date. */
export function weekdaySuffix(tk: Token[], j: number): { wd: number; next: number } | null {
  if (raw(tk, j) !== ',') return null;
  const wd = weekdayAt(tk, j + 1);
  if (!wd) return null;
  const after = tk[wd.next];
  if (after && after.gap <= 1 && after.kind === 'word') return null;
  return { wd: wd.value, next: wd.next };
}
