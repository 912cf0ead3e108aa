import { day, dayNumber, month, validDate, weekday, year, ymd, type Period } from './calendar.ts';
import type { Bias, CalSpec } from './types.ts';

export interface Resolved {
  period: Period;
  inferredYear: boolean;
  relative: boolean;
}

function distance(p: Period, ref: number): number {
  if (ref < p.from) return p.from - ref;
  if (ref >= p.to) return ref - (p.to - 1);
  return 0;
}

/**
 * Pick among candidate periods (in time order) by bias: the latest that has started by the
 * reference date, the earliest that has not ended, or the nearest (ties go to the past).
 */
export function pickByBias(cands: Period[], ref: number, bias: Bias): Period | null {
  if (cands.length === 0) return null;
  if (bias === 'past') {
    let best: Period | null = null;
    for (const c of cands) if (c.from <= ref) best = c;
    return best ?? cands[0]!;
  }
  if (bias === 'future') {
    for (const c of cands) if (c.to > ref) return c;
    return cands[cands.length - 1]!;
  }
  let best = cands[0]!;
  for (const c of cands) if (distance(c, ref) < distance(best, ref)) best = c;
  return best;
}

/** A weekday without a date: the most recent (past, today included), the next (future), or the nearest. */
export function pickWeekday(wd: number, ref: number, bias: Bias): number {
  const back = (weekday(ref) - wd + 7) % 7;
  const fwd = (wd - weekday(ref) + 7) % 7;
  if (bias === 'past') return ref - back;
  if (bias === 'future') return ref + (fwd === 0 ? 7 : fwd);
  // with no tense, a weekday name reads forward ("Monday: talks resume"), today included
  return ref + fwd;
}

function dayCandidates(m: number, d: number, ry: number, span: number, wd?: number): Period[] {
  const out: Period[] = [];
  for (let y = ry - span; y <= ry + span; y++) {
    if (!validDate(y, m, d)) continue;
    const n = dayNumber(y, m, d);
    if (wd !== undefined && weekday(n) !== wd) continue;
    out.push(day(n));
  }
  return out;
}

export function resolveSpec(spec: CalSpec, ref: number | null, bias: Bias): Resolved | null {
  const { y, m, d, wd } = spec;
  if (y !== undefined && m !== undefined && d !== undefined) {
    return validDate(y, m, d) ? { period: day(dayNumber(y, m, d)), inferredYear: false, relative: false } : null;
  }
  if (y !== undefined && m !== undefined) return m >= 1 && m <= 12 ? { period: month(y, m), inferredYear: false, relative: false } : null;
  if (y !== undefined && d === undefined) return { period: year(y), inferredYear: false, relative: false };
  if (ref === null) return null;
  const ry = ymd(ref).y;
  if (m !== undefined && d !== undefined) {
    // Feb 29 needs a leap year; a weekday written beside the date picks the year it falls on
    if (wd !== undefined) {
      // among the years the date could mean, the one it falls on that weekday; none: the weekday is ignored
      const matching = dayCandidates(m, d, ry, 1, wd);
      const p = pickByBias(matching, ref, bias);
      if (p) return { period: p, inferredYear: true, relative: true };
    }
    const cands = dayCandidates(m, d, ry, validDate(2000, m, d) && !(m === 2 && d === 29) ? 1 : 4);
    const p = pickByBias(cands, ref, bias);
    return p ? { period: p, inferredYear: true, relative: true } : null;
  }
  if (m !== undefined) {
    if (m < 1 || m > 12) return null;
    // with no tense, a month name reads as the current or coming one ("in August", said in August)
    const p = pickByBias([month(ry - 1, m), month(ry, m), month(ry + 1, m)], ref, bias === 'nearest' ? 'future' : bias);
    return p ? { period: p, inferredYear: true, relative: true } : null;
  }
  if (d !== undefined) {
    // "the 18th", "Monday 21": a day of some month near the reference date
    const { m: rm } = ymd(ref);
    const cands: Period[] = [];
    const span = wd !== undefined ? 14 : 1;
    for (let k = -span; k <= span; k++) {
      const total = ry * 12 + (rm - 1) + k;
      const yy = Math.floor(total / 12);
      const mm = (total % 12) + 1;
      if (!validDate(yy, mm, d)) continue;
      const n = dayNumber(yy, mm, d);
      if (wd !== undefined && weekday(n) !== wd) continue;
      cands.push(day(n));
    }
    // a day of the month with no month, like a bare weekday, reads forward when the tense says nothing;
    // with its weekday written ("Thursday 23rd") it is the nearest such day, months off only when none is near
    const p = pickByBias(cands, ref, wd !== undefined ? 'nearest' : bias === 'nearest' ? 'future' : bias);
    return p ? { period: p, inferredYear: true, relative: true } : null;
  }
  return null;
}
