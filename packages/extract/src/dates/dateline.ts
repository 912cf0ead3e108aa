import type { Token } from '../text/tokenize.ts';
import { isoDay } from './calendar.ts';
import { findDates } from './recognize-dates.ts';

/**
 * The date an article states for itself when no metadata carried one: a full calendar date in its
 * dateline or first lines ("BERLIN, March 4, 2025 –", "4 March 2025 | Company news"). Only a date that
 * needs no reference counts, and only near the top, where a body names its own day.
 */

/** How far into the body a dateline may sit, in tokens. */
const DATELINE_TOKENS = 60;

export function datelineDay(tk: Token[], sentenceOf: Int32Array): string | null {
  const head = tk.slice(0, DATELINE_TOKENS);
  for (const h of findDates(head, sentenceOf.subarray(0, head.length), null)) {
    if (h.period.grain === 'day' && !h.relative && !h.inferredYear && !h.openStart && !h.openEnd && h.qualifier === null) return isoDay(h.period.from);
  }
  return null;
}
