import { day, weekday, ymd, type Period } from './calendar.ts';
import { yearAt } from './fields.ts';
import { HOLIDAYS } from './lexicon.ts';
import { pickByBias } from './resolve.ts';
import { type DateCtx, type DateHit, hit, w } from './types.ts';

/** "Christmas", "easter 2018", "labor day weekend", "last easter", "independence day of this year". */
/** The weekend a holiday belongs to: Saturday and Sunday plus the holiday itself when it adjoins them. */
function weekendAround(d: number): Period {
  const wd = weekday(d);
  const sat = d - wd + 5;
  if (wd === 0) return { from: d - 2, to: d + 1, grain: 'weekend' };
  if (wd === 3 || wd === 4) return { from: d, to: sat + 2, grain: 'weekend' };
  if (wd === 1 || wd === 2) return { from: d - wd - 2, to: d + 1, grain: 'weekend' };
  return { from: Math.min(d, sat), to: Math.max(d, sat + 1) + 1, grain: 'weekend' };
}

export function holidayExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  // "the weekend of halloween", "weekend of thanksgiving 2023"
  let w0 = i;
  if (w(tk, w0) === 'the') w0++;
  if (w(tk, w0) === 'weekend' && w(tk, w0 + 1) === 'of') {
    const inner = holidayExpr(ctx, w0 + 2);
    if (inner && inner.period.grain === 'day') return { ...inner, first: i, period: weekendAround(inner.period.from) };
    return null;
  }
  let j = i;
  const mod = w(tk, j);
  const shift = mod === 'last' || mod === 'previous' ? -1 : mod === 'next' || mod === 'following' ? 1 : 0;
  if (shift !== 0) j++;
  for (const h of HOLIDAYS) {
    let ok = true;
    for (let k = 0; k < h.words.length; k++) {
      const t = tk[j + k];
      if (!t || (t.kind === 'word' ? t.low : t.raw) !== h.words[k] || (k > 0 && t.gap > 1)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "Lunar New Year", "Chinese New Year", "Orthodox Easter": another calendar's holiday
    const before = w(tk, j - 1);
    if (before === 'lunar' || before === 'chinese' || before === 'orthodox' || before === 'jewish' || before === 'islamic') return null;
    // "the new year" in lower case is the year ahead, not New Year's Day
    if (h.words.length === 2 && h.words[0] === 'new' && tk[j]!.raw === 'new') return null;
    // a holiday name is capitalized in running text ("Easter", not "easter egg hunt" in lower case is still fine alone)
    let next = j + h.words.length;
    let y: number | null = null;
    let relative = true;
    const yr = yearAt(tk, next);
    if (yr && !yr.two) {
      y = yr.value;
      next = yr.next;
      relative = false;
    } else if (ref !== null && (w(tk, next) === 'this' || (w(tk, next) === 'of' && w(tk, next + 1) === 'this')) ) {
      const k = w(tk, next) === 'of' ? next + 2 : next + 1;
      if (w(tk, k) === 'year') {
        y = ymd(ref).y;
        next = k + 1;
      }
    }
    if (w(tk, next) === 'weekend' || (w(tk, next + 1) === 'weekend' && yearAt(tk, next))) {
      // "labor day weekend", "halloween weekend 2021", "labor day 2021 weekend"
      let k = w(tk, next) === 'weekend' ? next + 1 : next + 2;
      let yy = y;
      const ya = yearAt(tk, k);
      if (yy === null && ya) {
        yy = ya.value;
        k = ya.next;
      }
      if (w(tk, next) !== 'weekend' && ya === null && y === null) {
        const yb = yearAt(tk, next);
        if (yb) yy = yb.value;
      }
      const base = yy ?? (ref === null ? null : ymd(ref).y);
      if (base === null) return null;
      const d = h.at(base);
      if (d === null) return null;
      return hit(i, k, weekendAround(d), { relative: yy === null });
    }
    if (y !== null) {
      const d = h.at(y);
      return d === null ? null : hit(i, next, day(d), { relative });
    }
    if (ref === null) return null;
    const ry = ymd(ref).y;
    const cands = [ry - 1, ry, ry + 1, ry + 2].map((yy) => h.at(yy)).filter((d): d is number => d !== null).map(day);
    let p = null;
    if (shift === -1) p = [...cands].reverse().find((c) => c.from < ref) ?? null;
    else if (shift === 1) p = cands.find((c) => c.from > ref) ?? null;
    else p = pickByBias(cands, ref, ctx.bias);
    return p ? hit(i, next, p, { relative: true, inferredYear: true }) : null;
  }
  return null;
}

/**
 * A holiday's day in the year its sentence points to: a movable feast ("Easter", "Good Friday") falls on
 * another day each year, so it cannot be moved by whole years like a date; it is found again. Null when
 * the text names no holiday alone.
 */
export function placeHoliday(text: string, tense: 'past' | 'future' | null, ref: number): number | null {
  const words = text.toLowerCase().replace(/[’']/g, " ' ").split(/[\s.]+|(?=')|(?<=')/).filter(Boolean);
  const h = HOLIDAYS.find((x) => x.words.length === words.length && x.words.every((wd, k) => wd === words[k]));
  if (!h) return null;
  const ry = ymd(ref).y;
  const cands = [ry - 1, ry, ry + 1].map((yy) => h.at(yy)).filter((d): d is number => d !== null).map(day);
  return pickByBias(cands, ref, tense ?? 'nearest')?.from ?? null;
}
