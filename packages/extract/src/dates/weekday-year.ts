import { dayNumber } from './calendar.ts';
import { WEEKDAYS } from './lexicon.ts';

/**
 * A day written with its weekday but not its year ("Friday, 19 September", "Thu., Dec. 12"): of the
 * years around the publication date, the one in which that day falls on that weekday. The weekday is
 * written; the tense of the sentence is only a guess, so the weekday decides when exactly one year fits.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORD = /[a-z]+/gi;

/** Monday 0 … Sunday 6, as the lexicon counts; day 0 of the calendar (1 January 1970) was a Thursday. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

function writtenWeekday(text: string): number | null {
  let found: number | null = null;
  for (const w of text.match(WORD) ?? []) {
    const d = WEEKDAYS[w.toLowerCase()];
    // "Mondays" is every Monday, no particular one
    if (d === undefined || /days$/i.test(w)) continue;
    if (found !== null && found !== d) return null;
    found = d;
  }
  return found;
}

/** The shift in years (-1, 0 or 1) that gives the day its written weekday, or null when none or several do. */
export function weekdayYearShift(value: string, text: string): number | null {
  const v = DAY.exec(value);
  if (!v) return null;
  const weekday = writtenWeekday(text);
  if (weekday === null) return null;
  const fits = [-1, 0, 1].filter((delta) => weekdayOf(dayNumber(Number(v[1]) + delta, Number(v[2]), Number(v[3]))) === weekday);
  return fits.length === 1 ? fits[0]! : null;
}
