import { addMonths, dayNumber, mondayOf, ymd, type Period } from './calendar.ts';
import { yearAt } from './fields.ts';
import { pickByBias } from './resolve.ts';
import { type DateCtx, type DateHit, hit, w } from './types.ts';

/** Seasons (northern, meteorological) and weekends: "this summer", "winter 2024", "over the weekend". */

const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

function season(y: number, startMonth: number): Period {
  const from = dayNumber(y, startMonth, 1);
  return { from, to: addMonths(from, 3), grain: 'span' };
}

export function seasonExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  let j = i;
  let mod = w(tk, j);
  if (mod === 'the' || mod === 'this' || mod === 'next' || mod === 'last' || mod === 'past' || mod === 'coming') j++;
  else mod = '';
  const word = w(tk, j);
  const start = SEASONS[word];
  if (start === undefined) return null;
  let k = j + 1;
  if (w(tk, k) === 'of') k++;
  const y = yearAt(tk, k);
  // "fall" and "spring" are common words: only with a modifier or a year ("the fall of 2024", "spring 2025")
  const t = tk[j]!;
  const capital = t.raw[0] !== t.low[0];
  if (!y && (mod === '' || mod === 'the') && (word === 'fall' || word === 'spring' || !(capital || w(tk, i - 1) === 'in' || w(tk, i - 1) === 'during'))) return null;
  if (y) return hit(i, y.next, season(y.value, start), {});
  if (ref === null) return null;
  const ry = ymd(ref).y;
  const cands = [ry - 2, ry - 1, ry, ry + 1].map((yy) => season(yy, start));
  const bias = mod === 'next' || mod === 'coming' ? 'future' : mod === 'last' || mod === 'past' ? 'past' : ctx.bias;
  let p = pickByBias(cands, ref, bias);
  if (p && (mod === 'last' || mod === 'past') && p.to > ref) p = cands[cands.indexOf(p) - 1] ?? p;
  if (p && (mod === 'next' || mod === 'coming') && p.from <= ref) p = cands[cands.indexOf(p) + 1] ?? p;
  return p ? hit(i, j + 1, p, { relative: true, inferredYear: true }) : null;
}

/** "the weekend", "over the weekend", "weekend": the one around the reference day, by tense. */
export function weekendExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null) return null;
  let j = i;
  if (w(tk, j) === 'over' && w(tk, j + 1) === 'the') j += 2;
  else if (w(tk, j) === 'the') j++;
  if (w(tk, j) !== 'weekend') return null;
  const sat = mondayOf(ref) + 5;
  const cands: Period[] = [-7, 0, 7].map((o) => ({ from: sat + o, to: sat + o + 2, grain: 'weekend' }));
  const p = pickByBias(cands, ref, ctx.bias === 'past' ? 'past' : 'future');
  if (!p) return null;
  const period = ctx.bias === 'past' && p.from > ref ? cands[0]! : p;
  return hit(i, j + 1, period, { relative: true });
}
