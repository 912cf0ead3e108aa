import { half, quarter, ymd } from './calendar.ts';
import { monthAt, yearAt } from './fields.ts';
import { pickByBias } from './resolve.ts';
import { type DateCtx, type DateHit, hit, sameLine, w } from './types.ts';

/**
 * "the June quarter", "the September 2025 quarter", "the March quarter of 2026": Australian and mining
 * reports name a calendar quarter by the month that ends it.
 */
export function monthQuarterHit(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  let m = monthAt(tk, i);
  // "the January-March quarter", "the April to June quarter": the quarter's first and last months
  const conn = m ? (tk[m.next]?.raw === '-' || tk[m.next]?.raw === '–' ? '-' : w(tk, m.next)) : '';
  if (m && !m.abbr && (conn === '-' || conn === 'to') && m.value % 3 === 1) {
    const last = monthAt(tk, m.next + 1);
    const afterYear = last ? (yearAt(tk, last.next, { twoDigit: false })?.next ?? last.next) : 0;
    if (last && last.value === m.value + 2 && (w(tk, afterYear) === 'quarter' || w(tk, afterYear) === 'qtr')) m = last;
  }
  if (!m || m.value % 3 !== 0 || m.abbr) return null;
  let k = m.next;
  let y: number | null = null;
  const inner = sameLine(tk, k) ? yearAt(tk, k, { twoDigit: false }) : null;
  if (inner) {
    y = inner.value;
    k = inner.next;
  }
  // "the December half": the half-year that ends with the month, as Australian reports name it
  const isHalf = w(tk, k) === 'half' && m.value % 6 === 0 && w(tk, k + 1) !== 'of' && w(tk, k - 1) !== 'quarter';
  if (!sameLine(tk, k) || (w(tk, k) !== 'quarter' && w(tk, k) !== 'qtr' && !isHalf)) return null;
  k++;
  if (y === null && w(tk, k) === 'of' && sameLine(tk, k + 1)) {
    const after = yearAt(tk, k + 1, { twoDigit: false });
    if (after) {
      y = after.value;
      k = after.next;
    }
  }
  const n = isHalf ? m.value / 6 : m.value / 3;
  const period = (yy: number) => (isHalf ? half(yy, n) : quarter(yy, n));
  if (y !== null) return hit(i, k, period(y));
  if (ref === null) return null;
  const ry = ymd(ref).y;
  const cands = [period(ry - 1), period(ry), period(ry + 1)];
  // reported in the past, a quarter named by its closing month is one that has closed
  const closed = ctx.bias === 'past' ? cands.filter((c) => c.to <= ref + 1).pop() : undefined;
  const p = closed ?? pickByBias(cands, ref, ctx.bias);
  return p ? hit(i, k, p, { relative: true, inferredYear: true }) : null;
}
