import type { Token } from '../text/tokenize.ts';
import { day, daysInMonth, dayNumber, half, isoWeekMonday, mondayOf, month, nthWeekday, week, ymd, type Period } from './calendar.ts';
import { dayAt, monthAt, ordinalWordAt, weekdayAt, yearAt } from './fields.ts';
import { ORDINAL_WORDS } from './lexicon.ts';
import { periodExpr } from './periods.ts';
import { relativeExpr, unitPeriod } from './relative.ts';
import { resolveSpec } from './resolve.ts';
import { type DateCtx, type DateHit, glued, hit, isNum, raw, w } from './types.ts';

/** Parts of periods: "late June", "mid-2025", "the end of the year", "first week of October", "last Friday of March". */

interface Base {
  period: Period;
  next: number;
  relative: boolean;
  inferredYear: boolean;
}

/** A month [year], a year, a decade, or "this year" / "last month" / "the year" to take a part of. */
const QUARTER_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last']);

/** "third quarter", "second half": a quarter or half named by its ordinal. */
function namedQuarter(tk: Token[], j: number): boolean {
  return QUARTER_ORDINALS.has(w(tk, j)) && (w(tk, j + 1) === 'quarter' || w(tk, j + 1) === 'half');
}

export function baseAt(ctx: DateCtx, j: number): Base | null {
  const { tk, ref } = ctx;
  const m = monthAt(tk, j);
  if (m) {
    let k = m.next;
    if (raw(tk, k) === ',' || w(tk, k) === 'of') k++;
    const y = yearAt(tk, k);
    if (y) return { period: month(y.value, m.value), next: y.next, relative: false, inferredYear: false };
    const r = resolveSpec({ m: m.value }, ref, ctx.bias);
    return r ? { period: r.period, next: m.next, relative: true, inferredYear: true } : null;
  }
  if (w(tk, j) === 'the' && ref !== null) {
    const u = w(tk, j + 1);
    if (u === 'year' || u === 'month' || u === 'week') {
      const p = unitPeriod(u, ref, 0);
      if (p && !isNum(tk, j + 2)) return { period: p, next: j + 2, relative: true, inferredYear: false };
    }
  }
  const rel = relativeExpr(ctx, j);
  if (rel && (rel.period.grain === 'year' || rel.period.grain === 'month' || rel.period.grain === 'week' || rel.period.grain === 'quarter' || rel.period.grain === 'decade')) {
    return { period: rel.period, next: rel.next, relative: true, inferredYear: false };
  }
  const p = periodExpr(ctx, j);
  // a quarter is a base only when named by its ordinal ("the end of the second quarter"), not "Q3" codes
  if (p && (p.period.grain !== 'quarter' || (w(tk, j) === 'the' && namedQuarter(tk, j + 1)))) return { period: p.period, next: p.next, relative: p.relative, inferredYear: p.inferredYear };
  return null;
}

type Part = 'early' | 'mid' | 'late';

/** The early, middle or late part of a period, following the common convention (months by days, years by thirds). */
export function partOf(p: Period, part: Part): Period {
  const { y, m } = ymd(p.from);
  switch (p.grain) {
    case 'month': {
      const len = daysInMonth(y, m);
      const [a, b] = part === 'early' ? [1, 16] : part === 'mid' ? [10, 21] : [16, len + 1];
      return { from: dayNumber(y, m, a), to: dayNumber(y, m, 1) + b - 1, grain: 'span' };
    }
    case 'year': {
      const [a, b] = part === 'early' ? [1, 5] : part === 'mid' ? [5, 9] : [9, 13];
      return { from: dayNumber(y, a, 1), to: dayNumber(y + (b === 13 ? 1 : 0), b === 13 ? 1 : b, 1), grain: 'span' };
    }
    case 'decade': {
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 7] : [7, 10];
      return { from: dayNumber(y + a, 1, 1), to: dayNumber(y + b, 1, 1), grain: 'span' };
    }
    default: {
      const len = p.to - p.from;
      const third = Math.max(1, Math.round(len / 3));
      if (part === 'early') return { from: p.from, to: p.from + third, grain: 'span' };
      if (part === 'mid') return { from: p.from + third, to: p.to - third, grain: 'span' };
      return { from: p.to - Math.max(third, Math.round(len * 0.57)), to: p.to, grain: 'span' };
    }
  }
}

const PART_WORDS: Record<string, Part> = { early: 'early', mid: 'mid', middle: 'mid', late: 'late', start: 'early', beginning: 'early', end: 'late', close: 'late' };

/** "late June", "mid-2025", "early this year", "the end of the year", "end of month", "EOY". */
function partExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  const word = w(tk, j);
  if (word === 'eoy' && ref !== null && j === i) return hit(i, j + 1, partOf(unitPeriod('year', ref, 0)!, 'late'), { relative: true, qualifier: 'late' });
  // "earlier this year", "later this month", "earlier in the week", "earlier previous week": the first
  // or second half of the period, cut at the reference day when it falls inside
  if ((word === 'earlier' || word === 'later') && ref !== null) {
    let k = j + 1;
    if (w(tk, k) === 'in' && w(tk, k + 1) === 'the') k += 2;
    const base = w(tk, k - 1) === 'the' ? null : baseAt(ctx, k);
    const u = w(tk, k);
    const p = base ? base.period : u === 'year' || u === 'month' || u === 'week' ? unitPeriod(u, ref, 0)! : null;
    if (!p || !(p.grain === 'year' || p.grain === 'month' || p.grain === 'week')) return null;
    const next = base ? base.next : k + 1;
    const mid = p.grain === 'week' ? p.from + 3 : p.grain === 'month' ? p.from + 15 : half(ymd(p.from).y, 2).from;
    const inside = ref >= p.from && ref < p.to;
    const span = word === 'earlier'
      ? { from: p.from, to: inside ? Math.min(mid, ref) : mid, grain: 'span' as const }
      : { from: inside ? Math.max(mid, ref) : mid, to: p.to, grain: 'span' as const };
    if (span.to <= span.from) return null;
    return hit(i, next, span, { relative: true, qualifier: word, whole: p });
  }
  const part = PART_WORDS[word];
  if (!part) return null;
  let k = j + 1;
  const isOf = word === 'start' || word === 'beginning' || word === 'middle' || word === 'end' || word === 'close';
  if (isOf) {
    if (w(tk, k) !== 'of') return null;
    k++;
    // "the end of the third quarter" keeps its "the", which the quarter is read with
    if (w(tk, k) === 'the' && !(w(tk, k + 1) === 'year' || w(tk, k + 1) === 'month' || w(tk, k + 1) === 'week') && !namedQuarter(tk, k + 1)) k++;
  } else {
    if (raw(tk, k) === '-' && glued(tk, k)) k++;
    if (w(tk, k) === 'in') k++;
  }
  // "end of month", "end of year": the current one
  if (isOf && ref !== null && (w(tk, k) === 'month' || w(tk, k) === 'year' || w(tk, k) === 'week') && !isNum(tk, k + 1)) {
    const p = unitPeriod(w(tk, k) as 'month', ref, 0)!;
    return hit(i, k + 1, partOf(p, part), { relative: true, qualifier: part, whole: p });
  }
  const base = baseAt(ctx, k);
  if (!base) return null;
  return hit(i, base.next, partOf(base.period, part), { relative: base.relative, inferredYear: base.inferredYear, qualifier: part, whole: base.period });
}

const NTH: Record<string, number> = { ...ORDINAL_WORDS, last: -1, final: -1 };

/** "third", "3rd", "last"; "third last" and "2nd last" count back from the end (-3, -2). */
function nthAt(tk: Token[], j: number): { n: number; next: number } | null {
  const o = ordinalWordAt(tk, j);
  const d = o ? null : isNum(tk, j) ? dayAt(tk, j) : null;
  const v = o ? o.value : d && d.ordinal ? d.value : undefined;
  if (v !== undefined) {
    const next = o ? o.next : d!.next;
    return w(tk, next) === 'last' ? { n: -v, next: next + 1 } : { n: v, next };
  }
  const l = NTH[w(tk, j)];
  if (l !== undefined) return { n: l, next: j + 1 };
  return null;
}

/** "first week of October 2014", "the last week of july", "week 31", "week 3 of 2027", "w/c Feb 4", "the week of April 10th". */
function weekExpr(ctx: DateCtx, i: number, single: (j: number) => DateHit | null): DateHit | null {
  const { tk, ref } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  if (w(tk, j) === 'week' && isNum(tk, j + 1) && tk[j + 1]!.raw.length <= 2) {
    const n = Number(tk[j + 1]!.raw);
    if (n < 1 || n > 53) return null;
    let k = j + 2;
    let y = ref === null ? null : ymd(ref).y;
    if (w(tk, k) === 'of') {
      const base = baseAt(ctx, k + 1);
      if (!base || base.period.grain !== 'year') return null;
      y = ymd(base.period.from).y;
      k = base.next;
    }
    return y === null ? null : hit(i, k, week(isoWeekMonday(y, n)), { relative: k === j + 2 });
  }
  if ((w(tk, j) === 'w' && raw(tk, j + 1) === '/' && w(tk, j + 2) === 'c') || (w(tk, j) === 'week' && ['beginning', 'starting', 'commencing'].includes(w(tk, j + 1)))) {
    let k = w(tk, j) === 'w' ? j + 3 : j + 2;
    if (w(tk, k) === 'on') k++;
    const d = single(k);
    if (!d || d.period.grain !== 'day') return null;
    return hit(i, d.next, week(mondayOf(d.period.from)), { relative: d.relative, inferredYear: d.inferredYear });
  }
  if (w(tk, j) === 'week' && w(tk, j + 1) === 'of' && j > i) {
    const d = single(j + 2) ?? onTheDay(ctx, j + 1);
    if (!d || d.period.grain !== 'day') return null;
    return hit(i, d.next, week(mondayOf(d.period.from)), { relative: d.relative, inferredYear: d.inferredYear });
  }
  const nth = nthAt(tk, j);
  if (!nth || w(tk, nth.next) !== 'week' || !(w(tk, nth.next + 1) === 'of' || w(tk, nth.next + 1) === 'in')) return null;
  const base = baseAt(ctx, nth.next + 2);
  if (!base) return null;
  const p = base.period;
  let monday: number;
  if (p.grain === 'year') {
    const y = ymd(p.from).y;
    monday = nth.n > 0 ? isoWeekMonday(y, nth.n) : isoWeekMonday(y + 1, 1) - 7 * -nth.n;
  } else if (p.grain === 'month') {
    // a week belongs to the month holding its Thursday (as ISO weeks belong to years)
    const first = mondayOf(p.from) + (mondayOf(p.from) + 3 < p.from ? 7 : 0);
    const last = mondayOf(p.to - 1) - (mondayOf(p.to - 1) + 3 >= p.to ? 7 : 0);
    monday = nth.n > 0 ? first + 7 * (nth.n - 1) : last + 7 * (nth.n + 1);
  } else return null;
  return hit(i, base.next, week(monday), { relative: base.relative, inferredYear: base.inferredYear });
}

/** "first Monday of last month", "last Friday of October", "the third day of October", "20 of next month", "last day of October 2015". */
function nthInMonth(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  const dn = nthAt(tk, j) ? null : isNum(tk, j) ? dayAt(tk, j) : null;
  const nth = nthAt(tk, j) ?? (dn ? { n: dn.value, next: dn.next } : null);
  if (!nth) return null;
  let k = nth.next;
  const wd = weekdayAt(tk, k);
  let kind: 'wd' | 'day' = 'day';
  if (wd) {
    kind = 'wd';
    k = wd.next;
  } else if (w(tk, k) === 'day') k++;
  // "the 21st this month": the month may follow without "of"
  const direct = w(tk, k) === 'this' || w(tk, k) === 'next' || w(tk, k) === 'last';
  if (!(w(tk, k) === 'of' || w(tk, k) === 'in' || direct)) return null;
  if (kind === 'day' && w(tk, k) === 'in' && nth.n !== -1) return null;
  // "the 15th of February" is a plain calendar date (calendar-dates.ts)
  const at = direct ? k : k + 1;
  const base = baseAt(ctx, at) ?? monthOfEvent(ctx, at);
  if (!base || base.period.grain !== 'month') return null;
  if (kind === 'day' && monthAt(tk, at) && w(tk, nth.next) !== 'day' && nth.n > 0) return null;
  const { y, m } = ymd(base.period.from);
  let d: number | null;
  if (kind === 'wd') d = nthWeekday(y, m, wd!.value, nth.n);
  else d = nth.n > 0 ? (nth.n <= daysInMonth(y, m) ? dayNumber(y, m, nth.n) : null) : dayNumber(y, m, daysInMonth(y, m) + nth.n + 1);
  return d === null ? null : hit(i, base.next, day(d), { relative: base.relative, inferredYear: base.inferredYear });
}

/** "20th of the previous month": the month before or after the reference, named from the story's point of view. */
function monthOfEvent(ctx: DateCtx, j: number): Base | null {
  const { tk, ref } = ctx;
  if (ref === null || w(tk, j) !== 'the' || w(tk, j + 2) !== 'month') return null;
  const mod = w(tk, j + 1);
  const k = mod === 'previous' || mod === 'prior' ? -1 : mod === 'following' ? 1 : null;
  return k === null ? null : { period: unitPeriod('month', ref, k)!, next: j + 3, relative: true, inferredYear: false };
}

/** "on the 18th", "On 24th", "on the first": a day of the current or a nearby month. */
function onTheDay(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if ((w(tk, i) !== 'on' && w(tk, i) !== 'of') || ref === null) return null;
  let j = i + 1;
  if (w(tk, j) === 'the') j++;
  const d = dayAt(tk, j);
  if (!d || !d.ordinal) return null;
  const after = tk[d.next];
  if (after && after.gap <= 1 && after.kind === 'word' && (monthAt(tk, d.next) || w(tk, d.next) === 'of' || w(tk, d.next) === 'day' || w(tk, d.next) === 'floor' || w(tk, d.next) === 'anniversary')) return null;
  const r = resolveSpec({ d: d.value }, ref, ctx.bias);
  return r ? hit(i + 1, d.next, r.period, { relative: true, inferredYear: true }) : null;
}

export function partsExpr(ctx: DateCtx, i: number, single: (j: number) => DateHit | null): DateHit | null {
  let best: DateHit | null = null;
  const candidates = [partExpr(ctx, i), weekExpr(ctx, i, single), nthInMonth(ctx, i), onTheDay(ctx, i)];
  for (const h of candidates) if (h && (!best || h.next > best.next)) best = h;
  return best;
}

