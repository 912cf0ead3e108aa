import { addMonths, day, dayNumber, half, isoWeekMonday, month, quarter, weekday, ymd, type Period } from './calendar.ts';
import type { Unit } from './lexicon.ts';
import { countAt, shiftDay, unitPeriod } from './relative.ts';
import { baseAt } from './parts.ts';
import { type DateCtx, type DateHit, hit, isNum, raw, w } from './types.ts';
import { UNITS } from './lexicon.ts';

/**
 * Stretches counted from a date or inside a period: "for 3 days from today", "2 weeks starting May 20th",
 * "the first 2 weeks of 2021", "the third month of 2021", "the next 4 business days",
 * "more than 2 weeks after today", "for the year", "to date".
 */

export type Single = (j: number) => DateHit | null;

function unitAt(ctx: DateCtx, j: number): Unit | null {
  const u = UNITS[w(ctx.tk, j)];
  return u && u !== 'hour' && u !== 'minute' && u !== 'second' ? u : null;
}

/** "for 1 week, from 20th dec", "3 days starting from next Monday", "a week starting tomorrow". */
function lengthFrom(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'for') j++;
  const c = countAt(tk, j);
  if (!c) return null;
  const u = unitAt(ctx, c.next);
  if (!u) return null;
  let k = c.next + 1;
  if (raw(tk, k) === ',') k++;
  const lead = w(tk, k);
  if (lead === 'starting' || lead === 'beginning') {
    k++;
    if (w(tk, k) === 'from' || w(tk, k) === 'on') k++;
  } else if (lead === 'from' && j > i) k++;
  else return null;
  const x = single(k);
  if (!x) return null;
  // "for five years from 2026", "two years from March 2026": counted from a year or a month, at that resolution
  const grain = x.period.grain === 'year' && u === 'year' ? 'years' : x.period.grain === 'month' && (u === 'year' || u === 'month') ? 'months' : 'span';
  return hit(i, x.next, { from: x.period.from, to: shiftDay(x.period.from, u, c.n), grain }, { relative: x.relative, inferredYear: x.inferredYear });
}

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const THE_UNIT_PREPS = new Set(['for', 'of', 'in', 'during']);
const THE_UNIT_BLOCKERS = new Set(['before', 'after', 'ago', 'earlier', 'later', 'to', 'when', 'that', 'in', 'of']);

/** "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year", "the third month of 2021". */
function partOfPeriod(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  const edge = w(tk, j);
  let nth: number | null = ORD[edge] ?? null;
  if (nth === null && isNum(tk, j) && ['st', 'nd', 'rd', 'th'].includes(w(tk, j + 1))) nth = Number(tk[j]!.raw);
  // "the third month of 2021"
  if (nth !== null) {
    const k = ORD[edge] ? j + 1 : j + 2;
    if (w(tk, k) === 'month' && w(tk, k + 1) === 'of') {
      const base = baseAt(ctx, k + 2);
      if (base && base.period.grain === 'year' && nth <= 12) return hit(i, base.next, month(ymd(base.period.from).y, nth), { relative: base.relative });
    }
  }
  if (edge !== 'first' && edge !== 'last') return null;
  const c = countAt(tk, j + 1);
  if (!c || c.n < 1) return null;
  const u = unitAt(ctx, c.next);
  // "the first three quarters": nine months
  const months = u === 'quarter' ? c.n * 3 : c.n;
  if ((u === 'month' || u === 'quarter') && edge === 'first' && w(tk, c.next + 1) !== 'of') return firstMonthsOfThisYear(ctx, i, months, c.next + 1);
  if (!u || w(tk, c.next + 1) !== 'of') return null;
  const base = baseAt(ctx, c.next + 2);
  if (!base || base.period.grain !== 'year') return null;
  const y = ymd(base.period.from).y;
  let p: Period;
  if (u === 'week') {
    p = edge === 'first' ? { from: isoWeekMonday(y, 1), to: isoWeekMonday(y, 1 + c.n), grain: 'span' } : { from: isoWeekMonday(y + 1, 1) - 7 * c.n, to: isoWeekMonday(y + 1, 1), grain: 'span' };
  } else if ((u === 'month' || u === 'quarter') && (months === 6 || months === 3)) {
    // "the last six months of 2017" is the second half, "the first three months" the first quarter
    p = months === 6 ? half(y, edge === 'first' ? 1 : 2) : quarter(y, edge === 'first' ? 1 : 4);
  } else if (u === 'month' || u === 'quarter') {
    if (months > 12) return null;
    p = edge === 'first' ? { from: base.period.from, to: addMonths(base.period.from, months), grain: 'months' } : { from: addMonths(base.period.to, -months), to: base.period.to, grain: 'months' };
  } else if (u === 'day') {
    p = edge === 'first' ? { from: base.period.from, to: base.period.from + c.n, grain: 'span' } : { from: base.period.to - c.n, to: base.period.to, grain: 'span' };
  } else return null;
  return hit(i, base.next, p, { relative: base.relative });
}

/** Verbs and comparisons that may follow "the first nine months" when its figures are reported ("... rose 4%"). */
const REPORTING_FOLLOWERS = new Set(['were', 'was', 'rose', 'fell', 'reached', 'totalled', 'totaled', 'amounted', 'stood', 'grew', 'climbed',
  'dropped', 'declined', 'increased', 'decreased', 'jumped', 'slipped', 'eased', 'compared', 'against', 'versus', 'vs', 'while', 'and']);

/**
 * "the first nine months", closing its clause or followed by what its figures did: the months of the year the story reports, the current
 * year once they are over, else the year before. "its first six months" (of a business, a term) is no date.
 */
function firstMonthsOfThisYear(ctx: DateCtx, i: number, n: number, next: number): DateHit | null {
  const { tk, ref } = ctx;
  const after = tk[next];
  if (ref === null || w(tk, i) !== 'the' || n < 1 || n > 11 || (after && after.gap < 2 && after.kind !== 'punct' && !REPORTING_FOLLOWERS.has(after.low))) return null;
  const r = ymd(ref);
  const y = r.m > n ? r.y : r.y - 1;
  const from = dayNumber(y, 1, 1);
  return hit(i, next, { from, to: addMonths(from, n), grain: 'months' }, { relative: true, inferredYear: true });
}

const MONTHS_TO = new Set(['to', 'through', 'ending', 'ended', 'until']);
/** The longest stretch of whole years a month may close ("the five years to June"). */
const MAX_YEARS_TO_MONTH = 10;

/**
 * "the 12 months to June", "the three months ended September 30", "the year to March": a trailing stretch
 * of whole months that closes with the month named. "extended by three months to June" moves a deadline.
 */
function monthsTo(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  let n: number;
  let k: number;
  const whole = w(tk, j);
  if (j > i && (whole === 'year' || whole === 'quarter' || whole === 'half' || whole === 'half-year')) {
    n = whole === 'year' ? 12 : whole === 'quarter' ? 3 : 6;
    k = j + 1;
    // "the half-year", "the half year"
    if (whole === 'half' && raw(tk, k) === '-' && w(tk, k + 1) === 'year') k += 2;
    else if (whole === 'half' && w(tk, k) === 'year') k++;
  } else {
    const c = countAt(tk, j);
    if (!c || c.vague || c.n < 1) return null;
    const unit = unitAt(ctx, c.next);
    // "the three years to March": whole years counted back from the month named, so a span of months
    if (unit === 'month' && c.n <= 36) n = c.n;
    else if (unit === 'year' && j > i && c.n >= 2 && c.n <= MAX_YEARS_TO_MONTH) n = c.n * 12;
    else return null;
    k = c.next + 1;
  }
  if (w(tk, i - 1) === 'by' || !MONTHS_TO.has(w(tk, k))) return null;
  const x = single(k + 1);
  if (!x) return null;
  let to: number;
  if (x.period.grain === 'month') to = x.period.to;
  else if (x.period.grain === 'day' && ymd(x.period.to).d === 1) to = x.period.to;
  else return null;
  const from = addMonths(to, -n);
  // "the quarter ended September 30" is the calendar's third quarter when it ends with one
  const start = ymd(from);
  const grain = n === 3 && start.m % 3 === 1 ? 'quarter' : n === 6 && start.m % 6 === 1 ? 'half' : 'months';
  return hit(i, x.next, { from, to, grain }, { relative: x.relative, inferredYear: x.inferredYear });
}

/**
 * "the five years through 2030", "the three years to 2027", "the decade ending 2035": a stretch of whole
 * years that closes with the year named, counted back from its end ("five years through 2030" is 2026-2030).
 */
function yearsThrough(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const { tk } = ctx;
  if (w(tk, i) !== 'the') return null;
  let n: number;
  let k: number;
  if (w(tk, i + 1) === 'decade') {
    n = 10;
    k = i + 2;
  } else {
    const c = countAt(tk, i + 1);
    if (!c || c.vague || c.n < 2 || c.n > 30 || unitAt(ctx, c.next) !== 'year') return null;
    n = c.n;
    k = c.next + 1;
  }
  if (!MONTHS_TO.has(w(tk, k))) return null;
  const x = single(k + 1);
  if (!x || x.period.grain !== 'year' || x.relative) return null;
  const last = ymd(x.period.from).y;
  return hit(i, x.next, { from: dayNumber(last - n + 1, 1, 1), to: x.period.to, grain: 'years' }, { inferredYear: x.inferredYear });
}

/** "the next 4 business days", "previous 4 working days". */
function businessDays(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null) return null;
  let j = i;
  if (w(tk, j) === 'the') j++;
  const mod = w(tk, j);
  const fwd = mod === 'next' || mod === 'following' || mod === 'coming' ? true : mod === 'previous' || mod === 'last' || mod === 'past' ? false : null;
  if (fwd === null) return null;
  const c = countAt(tk, j + 1);
  if (!c || c.n < 1 || c.n > 260) return null;
  if (!(w(tk, c.next) === 'business' || w(tk, c.next) === 'working') || !(w(tk, c.next + 1) === 'days' || w(tk, c.next + 1) === 'day')) return null;
  let d = ref;
  let left = c.n;
  let first = ref;
  while (left > 0) {
    d += fwd ? 1 : -1;
    if (weekday(d) < 5) {
      left--;
      if (fwd && left === c.n - 1) first = d;
    }
  }
  const p = fwd ? { from: first, to: d + 1, grain: 'span' as const } : { from: d, to: ref, grain: 'span' as const };
  return hit(i, c.next + 2, p, { relative: true });
}

/** "more than 2 weeks before today", "less than 3 days after tomorrow": open or short stretches. */
function hedgedUnits(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null) return null;
  const hedge = w(tk, i);
  if ((hedge !== 'more' && hedge !== 'less') || w(tk, i + 1) !== 'than') return null;
  const c = countAt(tk, i + 2);
  if (!c) return null;
  const u = unitAt(ctx, c.next);
  if (!u) return null;
  const dir = w(tk, c.next + 1);
  const baseWord = w(tk, c.next + 2);
  const base = baseWord === 'today' ? ref : baseWord === 'tomorrow' ? ref + 1 : baseWord === 'yesterday' ? ref - 1 : null;
  if (base === null || (dir !== 'before' && dir !== 'after')) return null;
  const sign = dir === 'after' ? 1 : -1;
  const edge = shiftDay(base, u, sign * c.n);
  const next = c.next + 3;
  if (hedge === 'more') {
    return sign > 0 ? hit(i, next, { from: edge, to: edge, grain: 'day' }, { relative: true, openEnd: true, qualifier: 'after' }) : hit(i, next, { from: edge, to: edge, grain: 'day' }, { relative: true, openStart: true, qualifier: 'before' });
  }
  return hit(i, next, sign > 0 ? { from: base, to: edge, grain: 'span' } : { from: edge, to: base, grain: 'span' }, { relative: true });
}

/** "for the day", "of the year", "in the week": the current one (a vague mention). "the week after next". */
function theUnit(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null || w(tk, i) !== 'the') return null;
  const u = w(tk, i + 1);
  if (u !== 'day' && u !== 'week' && u !== 'month' && u !== 'year') return null;
  if (u === 'week' && w(tk, i + 2) === 'after' && w(tk, i + 3) === 'next') return hit(i, i + 4, unitPeriod('week', ref, 2)!, { relative: true });
  // "the day before", "the day after" at the end of a clause: next to the reference day (vague)
  const edge = w(tk, i + 2);
  const closer = tk[i + 3];
  if (u === 'day' && (edge === 'before' || edge === 'after') && (!closer || closer.kind === 'punct' || closer.gap >= 2)) {
    return hit(i, i + 3, day(ref + (edge === 'after' ? 1 : -1)), { relative: true, qualifier: 'vague' });
  }
  const prep = w(tk, i - 1);
  if (!THE_UNIT_PREPS.has(prep)) return null;
  const after = tk[i + 2];
  if (after && after.gap <= 1 && (after.kind === 'num' || THE_UNIT_BLOCKERS.has(w(tk, i + 2)))) return null;
  const p = u === 'day' ? day(ref) : unitPeriod(u, ref, 0)!;
  return hit(i, i + 2, p, { relative: true, qualifier: 'vague' });
}

/** "the same week", "that weekend": the current one, as seen from the reference day (vague). */
function sameUnit(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null) return null;
  let j = i;
  if (w(tk, j) === 'the' && w(tk, j + 1) === 'same') j += 2;
  else if (w(tk, j) === 'that' || w(tk, j) === 'same') j += 1;
  else if (w(tk, j) === 'the' && w(tk, j + 1) === 'fortnight') return hit(i, j + 2, unitPeriod('fortnight', ref, 0)!, { relative: true, qualifier: 'vague' });
  else return null;
  const u = w(tk, j);
  if (u !== 'week' && u !== 'month' && u !== 'year' && u !== 'weekend') return null;
  const p = unitPeriod(u as Unit, ref, 0);
  return p ? hit(i, j + 1, p, { relative: true, qualifier: 'vague' }) : null;
}

/** "to date", "till date": up to the reference day. */
function toDate(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null) return null;
  if (!['to', 'till', 'until'].includes(w(tk, i)) || w(tk, i + 1) !== 'date') return null;
  // "up to date equipment", "equals to date 1": only a phrase that closes its clause
  const after = tk[i + 2];
  if (w(tk, i - 1) === 'up' || w(tk, i - 1) === 'equals' || (after && after.gap <= 1 && after.kind !== 'punct')) return null;
  return hit(i, i + 2, { from: ref + 1, to: ref + 1, grain: 'day' }, { relative: true, openStart: true, qualifier: 'until' });
}

const SIGNED_UNITS: Record<string, Unit> = { d: 'day', w: 'week', y: 'year', m: 'minute', h: 'hour', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute' };

/** "+2 months, 5 days", "-3y", "+15min", "-2hr5min": signed offsets from now. */
function signedOffset(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  const s = tk[i];
  if (ref === null || !s || (s.raw !== '+' && s.raw !== '-') || !isNum(tk, i + 1) || tk[i + 1]!.gap !== 0) return null;
  const prev = tk[i - 1];
  if (prev && s.gap === 0 && prev.kind !== 'punct') return null;
  const sign = s.raw === '-' ? -1 : 1;
  let k = i + 1;
  let d = ref;
  let parts = 0;
  while (isNum(tk, k)) {
    const unit = UNITS[w(tk, k + 1)] ?? SIGNED_UNITS[w(tk, k + 1)];
    if (!unit) break;
    d = shiftDay(d, unit, sign * Number(tk[k]!.raw));
    parts++;
    k += 2;
    if (raw(tk, k) === ',') k++;
  }
  if (parts === 0) return null;
  if (isNum(tk, k) && tk[k]!.gap === 1) k++;
  return hit(i, k, day(d), { relative: true });
}

/** Words these spans can start with; anything else is skipped without trying them. */
const SPAN_STARTS = new Set(['for', 'the', 'first', 'last', 'next', 'following', 'coming', 'previous', 'past', 'more', 'less', 'that',
  'same', 'to', 'till', 'until', '+', '-', 'a', 'an', 'one', 'few', 'several', 'couple', 'half']);

function better(best: DateHit | null, h: DateHit | null): DateHit | null {
  return h && (!best || h.next > best.next) ? h : best;
}

export function spanExpr(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const t = ctx.tk[i];
  if (!t || !(SPAN_STARTS.has(t.low) || t.kind === 'num' || ORD[t.low] !== undefined)) return null;
  let best = lengthFrom(ctx, i, single);
  best = better(best, partOfPeriod(ctx, i));
  best = better(best, monthsTo(ctx, i, single));
  best = better(best, yearsThrough(ctx, i, single));
  best = better(best, businessDays(ctx, i));
  best = better(best, hedgedUnits(ctx, i));
  best = better(best, theUnit(ctx, i));
  best = better(best, sameUnit(ctx, i));
  best = better(best, toDate(ctx, i));
  return better(best, signedOffset(ctx, i));
}

