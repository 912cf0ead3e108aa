import { parseCardinal } from '../numbers/cardinal.ts';
import type { Token } from '../text/tokenize.ts';
import { addMonths, day, dayNumber, mondayOf, month, quarter, week, year, ymd, type Period } from './calendar.ts';
import { UNITS, type Unit } from './lexicon.ts';
import { cueOf } from './tense.ts';
import { type DateCtx, type DateHit, hit, isNum, raw, w } from './types.ts';

/** Dates relative to the reference day: "yesterday", "last month", "two weeks ago", "in 3 days", "the next 3 days". */

const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, tonite: 0, tomorrow: 1, tomorrows: 1, tmrw: 1, tmr: 1, yesterday: -1 };
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon']);

/** The calendar period of `unit` containing day `n`, shifted by `k` units. */
export function unitPeriod(unit: Unit, n: number, k: number): Period | null {
  const { y, m } = ymd(n);
  switch (unit) {
    case 'day':
      return day(n + k);
    case 'week':
      return week(mondayOf(n) + 7 * k);
    case 'weekend': {
      const sat = mondayOf(n) + 5 + 7 * k;
      return { from: sat, to: sat + 2, grain: 'weekend' };
    }
    case 'fortnight': {
      const mon = mondayOf(n) + 14 * k;
      return { from: mon, to: mon + 14, grain: 'span' };
    }
    case 'month': {
      const total = y * 12 + (m - 1) + k;
      return month(Math.floor(total / 12), (total % 12) + 1);
    }
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + k;
      const yy = y + Math.floor(q / 4);
      return quarter(yy, (((q % 4) + 4) % 4) + 1);
    }
    case 'year':
      return year(y + k);
    case 'decade': {
      const d0 = Math.floor(y / 10) * 10 + 10 * k;
      return { from: dayNumber(d0, 1, 1), to: dayNumber(d0 + 10, 1, 1), grain: 'decade' };
    }
    default:
      return null;
  }
}

/** Day `n` moved by `k` units ("3 months from today"); sub-day units stay on the day. */
export function shiftDay(n: number, unit: Unit, k: number): number {
  switch (unit) {
    case 'day':
      return n + k;
    case 'week':
      return n + 7 * k;
    case 'fortnight':
      return n + 14 * k;
    case 'month':
      return addMonths(n, k);
    case 'quarter':
      return addMonths(n, 3 * k);
    case 'year':
      return addMonths(n, 12 * k);
    case 'decade':
      return addMonths(n, 120 * k);
    case 'hour':
      return n + Math.trunc(k / 24);
    default:
      return n;
  }
}

/** A count before a unit: "3", "three", "a", "a few", "a couple of", "several". */
export function countAt(tk: Token[], j: number): { n: number; next: number; vague: boolean } | null {
  const word = w(tk, j);
  if (word === 'a' || word === 'an' || word === 'one') {
    if (w(tk, j + 1) === 'few') return { n: 3, next: j + 2, vague: true };
    if (w(tk, j + 1) === 'couple') return { n: 2, next: w(tk, j + 2) === 'of' ? j + 3 : j + 2, vague: true };
    if (word !== 'one' && w(tk, j + 1) === 'half' && w(tk, j + 2) === 'an') return { n: 0, next: j + 3, vague: false };
    if (word === 'one') {
      const c = parseCardinal(tk, j);
      if (c && c.next > j + 1) return { n: c.value, next: c.next, vague: false };
    }
    return { n: 1, next: j + 1, vague: false };
  }
  if (word === 'half' && (w(tk, j + 1) === 'an' || w(tk, j + 1) === 'a')) return { n: 0, next: j + 2, vague: false };
  if (word === 'few' || word === 'several') return { n: 3, next: j + 1, vague: true };
  if (word === 'couple') return { n: 2, next: w(tk, j + 1) === 'of' ? j + 2 : j + 1, vague: true };
  if (isNum(tk, j) || word) {
    const c = parseCardinal(tk, j);
    if (c && c.integer && c.value >= 0 && c.value < 10000 && c.bigScale === Infinity) return { n: c.value, next: c.next, vague: false };
  }
  return null;
}

function unitAt(tk: Token[], j: number): { unit: Unit; next: number } | null {
  const u = UNITS[w(tk, j)];
  if (!u || tk[j]!.gap > 1) return null;
  return { unit: u, next: j + 1 };
}

const LAST = new Set(['last', 'past', 'previous', 'prior']);
const NEXT = new Set(['next', 'coming', 'following', 'upcoming']);
const THIS = new Set(['this', 'current', 'present']);

/** "last week", "this month", "next year", "the following week", "this past weekend". */
function namedPeriod(ctx: DateCtx, i: number, ref: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  const hadThe = w(tk, j) === 'the';
  if (hadThe) j++;
  let mod = w(tk, j);
  if (mod === 'this' && (w(tk, j + 1) === 'past' || w(tk, j + 1) === 'coming')) {
    mod = w(tk, j + 1);
    j++;
  }
  if (!LAST.has(mod) && !NEXT.has(mod) && !THIS.has(mod)) return null;
  // "the previous month" counts from another event in the story, not from the publication date;
  // "the following week" does too in reported (past) text, but reads forward otherwise
  const the = hadThe || w(tk, i - 1) === 'the';
  const counted = the && (mod === 'previous' || mod === 'prior' || (mod === 'following' && ctx.bias === 'past'));
  // a year so counted is kept as vague: the reading of dates counts it from a year the story has written
  if (counted && w(tk, j + 1) === 'year') return hit(i, j + 2, unitPeriod('year', ref, mod === 'following' ? 1 : -1)!, { relative: true, qualifier: 'vague' });
  if (counted) return null;
  let k = j + 1;
  const kind = w(tk, k);
  if (kind === 'calendar' || kind === 'working' || kind === 'business' || kind === 'fiscal' || kind === 'financial' || kind === 'school' || kind === 'academic') k++;
  const u = unitAt(tk, k) ?? (w(tk, k) === 'workweek' ? { unit: 'week' as Unit, next: k + 1 } : w(tk, k) === 'qtr' ? { unit: 'quarter' as Unit, next: k + 1 } : null);
  if (!u || u.unit === 'minute' || u.unit === 'second') return null;
  // "the last day of trading", "the last day of the sale": a place in something else, not yesterday
  if (u.unit === 'day' && LAST.has(mod) && w(tk, u.next) === 'of') return null;
  // "next hour": still today, as far as a date goes
  if (u.unit === 'hour') return shiftHit(i, u.next, ref);
  const shift = LAST.has(mod) ? -1 : NEXT.has(mod) ? 1 : 0;
  let p = unitPeriod(u.unit, ref, shift);
  if (!p) return null;
  // a working week runs Monday to Friday
  if (u.unit === 'week' && (kind === 'working' || kind === 'business' || w(tk, k) === 'workweek')) p = { from: p.from, to: p.from + 5, grain: 'span' };
  // fiscal and school years differ from calendar years: the calendar year is the nearest reading
  if (kind === 'fiscal' || kind === 'financial' || kind === 'school' || kind === 'academic') return hit(i, u.next, p, { relative: true, qualifier: 'fiscal' });
  if (u.unit === 'weekend' && shift === 0 && ref - mondayOf(ref) === 6) return hit(i, u.next, { from: ref - 1, to: ref + 1, grain: 'weekend' }, { relative: true });
  return hit(i, u.next, p, { relative: true });
}

/** "2 weeks and 2 days": one or more counted units. */
function unitsAt(tk: Token[], j: number): { parts: Array<[number, Unit]>; next: number; inner: 'range-back' | 'range-fwd' | null } | null {
  // a figure followed by anything but a word is no count of days or years
  if (tk[j]?.kind === 'num' && tk[j + 1]?.kind !== 'word') return null;
  const parts: Array<[number, Unit]> = [];
  let k = j;
  let inner: 'range-back' | 'range-fwd' | null = null;
  for (;;) {
    const c = countAt(tk, k);
    if (!c) break;
    let u0 = c.next;
    // "the 3 next weeks", "2 upcoming months"
    if (parts.length === 0 && (NEXT.has(w(tk, u0)) || LAST.has(w(tk, u0)))) {
      inner = NEXT.has(w(tk, u0)) ? 'range-fwd' : 'range-back';
      u0++;
    }
    const u = unitAt(tk, u0) ?? (c.n === 0 && w(tk, u0) === 'hour' ? { unit: 'hour' as Unit, next: u0 + 1 } : null);
    // "5hr", "5m": units glued to the figure are durations in a timetable, not dates
    if (!u || tk[u0]!.gap === 0) break;
    // "only 3 next week": a count before a singular unit is not a count of that unit
    if (inner && c.n > 1 && !w(tk, u0).endsWith('s')) return null;
    parts.push([c.n, u.unit]);
    k = u.next;
    const sep = w(tk, k) === 'and' || raw(tk, k) === ',' ? k + 1 : k;
    if (!countAt(tk, sep) || !unitAt(tk, countAt(tk, sep)!.next)) break;
    k = sep;
  }
  return parts.length ? { parts, next: k, inner } : null;
}

function shiftAll(n: number, parts: Array<[number, Unit]>, sign: number): number {
  let d = n;
  for (const [count, unit] of parts) d = shiftDay(d, unit, sign * count);
  return d;
}

const ALIGNED = new Set<Unit>(['quarter', 'decade']);

/** "two weeks ago", "3 days from now", "in 2 months", "a fortnight later", "the last 3 months", "3 days after January 12th". */
function countedUnits(ctx: DateCtx, i: number, ref: number, single: Single | null): DateHit | null {
  const { tk } = ctx;
  let j = i;
  const lead = w(tk, j);
  let mode: 'in' | 'within' | 'range-back' | 'range-fwd' | null = null;
  if (lead === 'in' || lead === 'after') mode = 'in';
  else if (lead === 'within') mode = 'within';
  else if (lead === 'the' && (LAST.has(w(tk, j + 1)) || NEXT.has(w(tk, j + 1)))) {
    mode = LAST.has(w(tk, j + 1)) ? 'range-back' : 'range-fwd';
    j++;
  } else if (LAST.has(lead) || NEXT.has(lead)) mode = LAST.has(lead) ? 'range-back' : 'range-fwd';
  if (mode) j++;
  if (w(tk, j) === 'the' && mode === 'within') j++;
  if (w(tk, j) === 'next' && mode === 'within') j++;
  const us = unitsAt(tk, j);
  if (!us) return null;
  let k = us.next;
  if (raw(tk, k) === "'" && w(tk, k + 1) === 's' && w(tk, k + 2) === 'time') k += 3;
  else if (w(tk, k) === 'time' && mode === 'in') k++;
  const parts = us.parts;
  const [n, unit] = parts[0]!;
  const tail = w(tk, k);
  const tail2 = w(tk, k + 1);
  const sub = unit === 'hour' || unit === 'minute' || unit === 'second';
  const range = us.inner ?? (mode === 'range-back' || mode === 'range-fwd' ? mode : null);
  // "the last 3 months and 2 days ago": the range ends where the next phrase starts
  if (range && parts.length > 1 && (tail === 'ago' || tail === 'later')) {
    parts.length = 1;
    k = j;
    while (k < us.next && !(UNITS[w(tk, k)] !== undefined)) k++;
    k++;
  }
  if (range && !sub) {
    if (ALIGNED.has(unit) && parts.length === 1) {
      const cur = unitPeriod(unit, ref, 0)!;
      if (range === 'range-back') return hitAt(i, k, { from: unitPeriod(unit, ref, -n)!.from, to: cur.from, grain: 'span' });
      return hitAt(i, k, { from: cur.to, to: unitPeriod(unit, ref, n)!.to, grain: 'span' });
    }
    // "the past two years", "the next few years": a stretch measured from now, not a date the text fixes
    if (range === 'range-back') return hit(i, k, { from: shiftAll(ref, parts, -1), to: ref, grain: 'span' }, { relative: true, qualifier: 'vague' });
    return hit(i, k, { from: ref + 1, to: shiftAll(ref, parts, 1) + 1, grain: 'span' }, { relative: true, qualifier: 'vague' });
  }
  if (!mode) {
    // "a year earlier", "three weeks later" count from an event of the story (vague as a date);
    // "two weeks ago", "a week from now" count from the reference day
    if (tail === 'ago' || tail === 'back') return hitAt(i, k + 1, day(shiftAll(ref, parts, -1)));
    if (tail === 'earlier') return hit(i, k + 1, day(shiftAll(ref, parts, -1)), { relative: true, qualifier: 'vague' });
    if (tail === 'later') return hit(i, k + 1, day(shiftAll(ref, parts, 1)), { relative: true, qualifier: 'vague' });
    if (tail === 'hence' || (tail === 'from' && tail2 === 'now')) return hitAt(i, tail === 'from' ? k + 2 : k + 1, atUnit(shiftAll(ref, parts, 1), parts));
    // "walk out for 48 hours from 3 February": a stretch that starts on the date, not a day counted from it
    if (tail === 'from' && w(tk, i - 1) === 'for') return null;
    // "$15.50 an hour from Jan. 1", "40 litres a minute after March 3": one hour or minute beside an amount is
    // a rate, and moves no day anyway; the date after it stands alone
    if (sub && n <= 1 && (tail === 'before' || tail === 'after' || tail === 'from')) return null;
    if (tail === 'before' || tail === 'after' || tail === 'from') {
      const sign = tail === 'before' ? -1 : 1;
      const base = DAY_WORDS[tail2];
      if (base !== undefined) return hitAt(i, k + 2, day(shiftAll(ref + base, parts, sign)));
      // "3 days after January 12th", "2 weeks before Christmas": counted from another date
      const d = single ? single(k + 1) : null;
      if (d && d.period.grain === 'day') return hit(i, d.next, day(shiftAll(d.period.from, parts, sign)), { relative: d.relative, inferredYear: d.inferredYear });
      if (tail === 'before' && !d) return hit(i, k + 1, day(shiftAll(ref, parts, -1)), { relative: true, qualifier: 'vague' });
    }
    return null;
  }
  // "fell 75% in two months" is a duration; only forward-looking text reads "in two months" as a date
  if (ctx.bias === 'past') return null;
  // "stepping down after 12 years", "after three days of talks": "after" a count measures a stretch
  if (lead === 'after' && !(tail === 'from' && tail2 === 'now')) return null;
  // "within the next 24 hours": a stretch inside a day or two, not a date
  if (mode === 'within' && sub) return hit(i, k, { from: ref, to: shiftAll(ref, parts, 1) + 1, grain: 'span' }, { relative: true, qualifier: 'vague' });
  if (mode === 'within') return hitAt(i, k, { from: ref, to: shiftAll(ref, parts, 1), grain: 'span' });
  if (tail === 'from' && tail2 === 'now') k += 2;
  return hitAt(i, k, atUnit(shiftAll(ref, parts, 1), parts));
}

/**
 * "ten years from now", "in six months": a count of whole years or months ahead names that year or month,
 * not the day of it, which the text never gives.
 */
function atUnit(n: number, parts: Array<[number, Unit]>): Period {
  if (parts.length !== 1) return day(n);
  const unit = parts[0]![1];
  const d = ymd(n);
  if (unit === 'year' || unit === 'decade') return year(d.y);
  if (unit === 'month') return month(d.y, d.m);
  return day(n);
}

function shiftHit(first: number, next: number, ref: number): DateHit {
  return hit(first, next, day(ref), { relative: true });
}

/** Present-tense verbs and adverbs that make a following "today" mean nowadays ("exists today", "still today"). */
const NOWADAYS_BEFORE = new Set(['is', 'are', 'am', 'remain', 'remains', 'exist', 'exists', 'observe', 'see', 'know', 'live', 'lives', 'use',
  'uses', 'have', 'has', 'still', 'even', 'stand', 'stands', 'look', 'looks', 'seem', 'seems', 'understand', 'call', 'face', 'faces']);

/** A past-tense verb within three words: "said today", "today announced". */
function pastNear(tk: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= Math.min(tk.length - 1, i + 3); k++) if (k !== i && tk[k]!.gap < 2 && cueOf(tk, k) === 'past') return true;
  return false;
}

function hitAt(first: number, next: number, p: Period): DateHit {
  return hit(first, next, p, { relative: true });
}

/** "today", "yesterday afternoon", "the day after tomorrow", "the day before yesterday", "last night". */
function dayWords(ctx: DateCtx, i: number, ref: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  if (w(tk, j) === 'day' && (w(tk, j + 1) === 'after' || w(tk, j + 1) === 'before')) {
    const base = DAY_WORDS[w(tk, j + 2)];
    if (base !== undefined && base !== 0) return hitAt(i, j + 3, day(ref + base + (w(tk, j + 1) === 'after' ? 1 : -1)));
    return null;
  }
  if (j > i) return null;
  const word = w(tk, i);
  if (word === 'last' && (w(tk, i + 1) === 'night' || w(tk, i + 1) === 'evening')) return hitAt(i, i + 2, day(ref - 1));
  if (word === 'this' && PARTS_OF_DAY.has(w(tk, i + 1))) return hitAt(i, i + 2, day(ref));
  const off = DAY_WORDS[word];
  if (off === undefined) return null;
  // "today's", "tomorrow's": still the day
  const next = PARTS_OF_DAY.has(w(tk, i + 1)) ? i + 2 : i + 1;
  // "companies make magnets in America today" means nowadays; "said today" is the day itself
  // "the galaxies we observe today": after a verb in the present, today is nowadays whatever follows
  if (word === 'today' && (!pastNear(tk, i) || NOWADAYS_BEFORE.has(w(tk, i - 1)))) return hit(i, next, day(ref + off), { relative: true, qualifier: 'vague' });
  return hitAt(i, next, day(ref + off));
}

/** "year to date", "YTD", "so far this year". */
function toDate(ctx: DateCtx, i: number, ref: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  if (w(tk, j) === 'year' && w(tk, j + 1) === 'to' && w(tk, j + 2) === 'date') return hitAt(i, j + 3, { from: year(ymd(ref).y).from, to: ref, grain: 'span' });
  if (w(tk, j) === 'ytd' && j === i) return hitAt(i, j + 1, { from: year(ymd(ref).y).from, to: ref, grain: 'span' });
  return null;
}

export type Single = (j: number) => DateHit | null;

export function relativeExpr(ctx: DateCtx, i: number, single: Single | null = null): DateHit | null {
  if (ctx.ref === null) return null;
  let best: DateHit | null = null;
  for (const h of [dayWords(ctx, i, ctx.ref), namedPeriod(ctx, i, ctx.ref), countedUnits(ctx, i, ctx.ref, single), toDate(ctx, i, ctx.ref)]) {
    if (h && (!best || h.next > best.next)) best = h;
  }
  return best;
}

