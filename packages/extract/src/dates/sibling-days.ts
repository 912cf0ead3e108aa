import { dayNumber } from './calendar.ts';
import type { DateMention } from './recognize-dates.ts';
import { shiftYears } from './yearless.ts';

/**
 * Days written without a year in one sentence belong to one stretch of the story: "will be paid on 30 March
 * to shareholders registered on 27 March" names two days weeks apart, not one of them a year back. A day
 * that its own verb put most of a year in the past, beside a day of the same sentence still ahead, is the
 * one a few weeks from its neighbour.
 */

export interface SiblingInput {
  sentenceOf: Int32Array;
  ref: number | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** How far back a day must lie before a writer would have given its year (as the yearless reading assumes). */
const STALE_PAST_DAYS = 240;
/** How many dates back the neighbour is looked for (a sentence of thousands of figures stays linear). */
const NEIGHBOURS_BACK = 12;
/** How close to its neighbour the moved day must fall. */
const NEIGHBOUR_DAYS = 60;

function dayOf(value: string): number | null {
  const v = DAY.exec(value);
  return v ? dayNumber(Number(v[1]), Number(v[2]), Number(v[3])) : null;
}

/** The mention moved a year on to sit beside a coming day of its sentence, or null. */
export function besideComingDay(m: DateMention, before: DateMention[], input: SiblingInput): DateMention | null {
  if (input.ref === null || !m.inferredYear || m.parts.length > 0) return null;
  const own = dayOf(m.value);
  if (own === null || input.ref - own <= STALE_PAST_DAYS) return null;
  const next = shiftYears(m.value, 1);
  const moved = next === null ? null : dayOf(next);
  if (moved === null) return null;
  const s = input.sentenceOf[m.firstToken];
  for (let i = before.length - 1; i >= 0 && before.length - i <= NEIGHBOURS_BACK; i--) {
    const d = before[i]!;
    if (d.firstToken >= m.firstToken) continue;
    if (input.sentenceOf[d.firstToken] !== s) break;
    const n = d.inferredYear && d.parts.length === 0 ? dayOf(d.value) : null;
    if (n !== null && n >= input.ref && Math.abs(n - moved) <= NEIGHBOUR_DAYS) return { ...m, value: next!, yearNote: 'the year of the coming day its sentence gives beside it' };
  }
  return null;
}
