import { parseCardinal } from '../numbers/cardinal.ts';
import { day, mondayOf, weekday } from './calendar.ts';
import { weekdayAt } from './fields.ts';
import { WEEKDAYS } from './lexicon.ts';
import { pickWeekday } from './resolve.ts';
import { relativeExpr, type Single } from './relative.ts';
import { type DateCtx, type DateHit, hit, raw, w } from './types.ts';

/**
 * Weekdays: "on Monday" (by tense), "last Wednesday" and "this past Wednesday" (the most recent before
 * the day of writing), "the previous Wednesday" (the previous week's), "next Friday" (the next week's), "this coming Friday", "Friday after next",
 * "Tuesday of next week", "next week Mon", "3 fridays from now", "2 thursdays ago".
 */

const PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** A weekday word that really is one: abbreviations that are also words need a capital or a point. */
function weekdayWord(ctx: DateCtx, j: number): { wd: number; next: number } | null {
  const { tk } = ctx;
  const f = weekdayAt(tk, j);
  if (!f) return null;
  const t = tk[j]!;
  const full = t.low.length >= 6;
  if (!full) {
    const dotted = f.next > j + 1;
    const capital = t.raw[0] !== t.low[0];
    const after = tk[f.next];
    const alone = (t.gap >= 2 || j === 0) && (!after || after.gap >= 2);
    const nextLower = after && after.gap <= 1 && after.kind === 'word' && after.raw[0] === after.low[0];
    if (!(dotted || alone || (capital && !nextLower))) return null;
  }
  return { wd: f.value, next: f.next };
}

function weekRef(ctx: DateCtx, j: number, ref: number): { monday: number; next: number } | null {
  const { tk } = ctx;
  let k = j;
  if (w(tk, k) === 'of' || w(tk, k) === 'from' || raw(tk, k) === ',') k++;
  if (w(tk, k) === 'the') k++;
  const mod = w(tk, k);
  if (w(tk, k + 1) !== 'week' && !(w(tk, k + 1) === 'week' || (raw(tk, k + 1) === "'" && w(tk, k + 2) === 's'))) return null;
  const shift = mod === 'next' || mod === 'following' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' || mod === 'past' ? -1 : mod === 'this' || mod === 'current' ? 0 : null;
  if (shift === null || w(tk, k + 1) !== 'week') return null;
  return { monday: mondayOf(ref) + 7 * shift, next: k + 2 };
}

export function weekdayExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  if (ref === null) return null;
  // "next week Mon", "this week Monday", "previous week - monday", "last week's sunday"
  const wk = weekRef(ctx, i, ref);
  if (wk && wk.next > i) {
    let k = wk.next;
    if (raw(tk, k) === "'" && w(tk, k + 1) === 's') k += 2;
    if (raw(tk, k) === '-' || w(tk, k) === 'on' || raw(tk, k) === ',') k++;
    const d = weekdayWord(ctx, k);
    if (d) return hit(i, d.next, day(wk.monday + d.wd), { relative: true });
    return null;
  }
  // "3 fridays from now", "2 thursdays ago"
  const c = parseCardinal(tk, i);
  if (c && c.integer && c.value >= 1 && c.value <= 52 && !c.endsOnBigScale) {
    const f = WEEKDAYS[w(tk, c.next)] !== undefined ? { value: WEEKDAYS[w(tk, c.next)]!, next: c.next + 1 } : null;
    if (f && w(tk, c.next).endsWith('s')) {
      const tail = w(tk, f.next);
      if (tail === 'from' && w(tk, f.next + 1) === 'now') {
        const firstAfter = ref + (((f.value - weekday(ref) + 7) % 7) || 7);
        return hit(i, f.next + 2, day(firstAfter + 7 * (c.value - 1)), { relative: true });
      }
      if (tail === 'ago' || tail === 'back') {
        const lastBefore = ref - (((weekday(ref) - f.value + 7) % 7) || 7);
        return hit(i, f.next + 1, day(lastBefore - 7 * (c.value - 1)), { relative: true });
      }
    }
  }
  let j = i;
  let mod = w(tk, j);
  if (mod === 'this' && (w(tk, j + 1) === 'past' || w(tk, j + 1) === 'coming' || w(tk, j + 1) === 'upcoming')) {
    mod = `this ${w(tk, j + 1)}`;
    j += 2;
  } else if (['last', 'past', 'previous', 'next', 'following', 'coming', 'upcoming', 'this'].includes(mod)) j++;
  else mod = '';
  const d = weekdayWord(ctx, j);
  if (!d) return null;
  let next = d.next;
  if (PARTS.has(w(tk, next))) next++;
  const today = weekday(ref);
  const thisWeek = mondayOf(ref) + d.wd;
  let n: number;
  switch (mod) {
    case 'previous':
      n = thisWeek - 7;
      break;
    // "last Tuesday" said on a Thursday is the Tuesday two days back, as annotators of news read it, not the one
    // of the week before; said on a Tuesday it is the week-old one
    case 'last':
    case 'past':
    case 'this past':
      n = ref - (((today - d.wd + 7) % 7) || 7);
      break;
    case 'next':
    case 'following':
      n = thisWeek + 7;
      break;
    case 'coming':
    case 'upcoming':
    case 'this coming':
    case 'this upcoming':
      n = ref + (((d.wd - today + 7) % 7) || 7);
      break;
    case 'this':
      n = ref + ((d.wd - today + 7) % 7);
      break;
    default: {
      // "Friday after next", "Tuesday of next week", "Tuesday, next week"
      if (w(tk, next) === 'after' && w(tk, next + 1) === 'next') {
        const upcoming = ref + (((d.wd - today + 7) % 7) || 7);
        return hit(i, next + 2, day(upcoming + 7), { relative: true });
      }
      const wr = weekRef(ctx, next, ref);
      if (wr) return hit(i, wr.next, day(wr.monday + d.wd), { relative: true });
      // "on Tuesday week": a week after the coming Tuesday, as British English says it
      if (w(tk, next) === 'week' && tk[next]!.gap === 1 && !['of', "'", '’', 's'].includes(raw(tk, next + 1).toLowerCase()) && tk[next + 1]?.kind !== 'word') {
        return hit(i, next + 1, day(ref + (((d.wd - today + 7) % 7) || 7) + 7), { relative: true });
      }
      n = pickWeekday(d.wd, ref, ctx.bias);
    }
  }
  return hit(i, next, day(n), { relative: true });
}

/**
 * A date counted from the reference day that can pin a weekday. "a week before" with no date after it
 * counts from some event of the clause ("on Thursday, a week before the council meets"), not from today,
 * so it pins nothing.
 */
function counted(h: DateHit | null): boolean {
  return !!h && h.relative && h.period.grain === 'day' && h.next - h.first >= 3 && !h.spec && h.qualifier !== 'vague';
}

/** The weekday of the (Sunday to Saturday) week holding day n. */
function weekdayInWeekOf(n: number, wd: number): number {
  const sunday = n - ((weekday(n) + 1) % 7);
  return sunday + ((wd + 1) % 7);
}

/**
 * A weekday pinned to a counted date: "Monday two weeks from now", "Thursday, two years from now",
 * "3 weeks after Christmas on Friday": that weekday in the week of the counted date.
 */
export function anchoredWeekday(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const { tk } = ctx;
  const d = weekdayWord(ctx, i);
  if (!d) {
    // only worth reading the counted date if "on <weekday>" follows within a few words
    let onWeekday = false;
    for (let k = i + 2; k < Math.min(tk.length, i + 9) && !onWeekday; k++) onWeekday = w(tk, k) === 'on' && weekdayAt(tk, k + 1) !== null;
    if (!onWeekday) return null;
  }
  if (d) {
    const k = raw(tk, d.next) === ',' ? d.next + 1 : d.next;
    const x = relativeExpr(ctx, k, single);
    if (x && counted(x)) return hit(i, x.next, day(weekdayInWeekOf(x.period.from, d.wd)), { relative: true });
    return null;
  }
  const x = relativeExpr(ctx, i, single);
  if (!x || !counted(x) || w(tk, x.next) !== 'on') return null;
  const e = weekdayWord(ctx, x.next + 1);
  if (!e) return null;
  return hit(i, e.next, day(weekdayInWeekOf(x.period.from, e.wd)), { relative: true, inferredYear: x.inferredYear });
}
