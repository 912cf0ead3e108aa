import type { Token } from '../text/tokenize.ts';
import { day, dayNumber, validDate, ymd } from './calendar.ts';
import { dayAt, monthAt } from './fields.ts';
import { type DateCtx, type DateHit, hit } from './types.ts';

/** Small words that may follow the last day of a list ("on November 3 and 4 in Delhi"). */
const AFTER_DAY_LIST = new Set(['in', 'at', 'and', 'or', 'to', 'with', 'when', 'after', 'before', 'as', 'for', 'but', 'the', 'respectively']);
/** At most this many days follow the date that opens a list. */
const MAX_LISTED_DAYS = 6;

/**
 * "on November 3 and 4", "on May 6, 7 and 11": bare days after a whole date are days of the same month, each a
 * date. Only later days count, and only when nothing after the last one makes the numbers counts ("3 and 4 people").
 */
export function listedDays(ctx: DateCtx, h: DateHit): DateHit[] {
  const { tk } = ctx;
  if (h.period.grain !== 'day' || h.spec?.m === undefined || h.spec.d === undefined || h.spec.numeric || h.parts) return [];
  const days: Array<{ first: number; next: number; d: number }> = [];
  let k = h.next;
  let closed = false;
  while (days.length < MAX_LISTED_DAYS && !closed) {
    const sep = tk[k];
    if (!sep || !(sep.raw === ',' || sep.low === 'and' || sep.low === 'or')) break;
    const d = dayAt(tk, k + 1);
    const n = tk[k + 1];
    if (!d || n?.kind !== 'num' || n.raw.length > 2 || d.value <= (days.at(-1)?.d ?? h.spec.d)) break;
    // "04/23/2025", "4.5": the number goes on into a longer figure
    const glue = tk[d.next];
    if (glue && glue.gap === 0 && glue.kind === 'punct' && tk[d.next + 1]?.kind === 'num' && tk[d.next + 1]!.gap === 0) break;
    days.push({ first: k + 1, next: d.next, d: d.value });
    closed = sep.raw !== ',';
    k = d.next;
  }
  if (!closed) return [];
  const after = tk[k];
  if (after && after.kind === 'word' && after.gap <= 1 && !AFTER_DAY_LIST.has(after.low) && after.raw === after.low) return [];
  if (after && (after.raw === '%' || after.kind === 'num' || monthAfter(tk, k))) return [];
  const { y, m } = ymd(h.period.from);
  return days.filter((x) => validDate(y, m, x.d)).map((x) => hit(x.first, x.next, day(dayNumber(y, m, x.d)), { relative: h.relative, inferredYear: h.inferredYear, spec: { ...h.spec, d: x.d } }));
}

/** A month name right after the list: "3 and 4 May" belongs to another reading. */
function monthAfter(tk: Token[], k: number): boolean {
  return monthAt(tk, k) !== null;
}
