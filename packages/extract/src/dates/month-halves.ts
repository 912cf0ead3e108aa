import { dayNumber, daysInMonth, month, ymd } from './calendar.ts';
import { monthAt, yearAt } from './fields.ts';
import { pickByBias } from './resolve.ts';
import { type DateCtx, type DateHit, hit, sameLine, w } from './types.ts';

/**
 * "the first half of November", "the second half of March 2031": a half of a month is its first fifteen
 * days or the rest, as price assessments and loading windows use it, not a half of the year.
 */
export function monthHalf(ctx: DateCtx, i: number, n: number, k: number): DateHit | null {
  const { tk, ref } = ctx;
  if (w(tk, k) !== 'of' || !sameLine(tk, k + 1)) return null;
  const m = monthAt(tk, k + 1);
  if (!m) return null;
  let next = m.next;
  let y: number | null = null;
  const written = sameLine(tk, next) ? yearAt(tk, next, { twoDigit: false }) : null;
  if (written) {
    y = written.value;
    next = written.next;
  }
  let inferredYear = false;
  if (y === null) {
    if (ref === null) return null;
    const ry = ymd(ref).y;
    const p = pickByBias([month(ry - 1, m.value), month(ry, m.value), month(ry + 1, m.value)], ref, ctx.bias);
    if (!p) return null;
    y = ymd(p.from).y;
    inferredYear = true;
  }
  const first = dayNumber(y, m.value, n === 1 ? 1 : 16);
  const to = n === 1 ? dayNumber(y, m.value, 16) : dayNumber(y, m.value, 1) + daysInMonth(y, m.value);
  return hit(i, next, { from: first, to, grain: 'span' }, { inferredYear, relative: inferredYear });
}

