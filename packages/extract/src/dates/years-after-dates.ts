import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';
import { shiftYears } from './yearless.ts';

const YEAR_AFTER = /^(?:next|last|this)\s+year$/i;

/** A value shifted by whole years; the open end of a bound ("../2026-03-31", "by the end of March") stays open. */
function shiftBound(value: string, delta: number): string | null {
  const pieces = value.split('/');
  if (pieces.length !== 2 || !pieces.includes('..')) return shiftYears(value, delta);
  const shifted = pieces.map((p) => (p === '..' ? p : shiftYears(p, delta)));
  return shifted.includes(null) ? null : shifted.join('/');
}

/** Shift every dated piece of a value ("2025-03-05", "2025-09-21/2025-09-24") and of its parts by whole years. */
function inYearOf(m: DateMention, delta: number): DateMention | null {
  const value = shiftBound(m.value, delta);
  if (value === null) return null;
  const parts = m.parts.map((p) => ({ role: p.role, date: inYearOf(p.date, delta) }));
  if (parts.some((p) => p.date === null)) return null;
  return { ...m, value, inferredYear: false, parts: parts.map((p) => ({ role: p.role, date: p.date! })) };
}

/**
 * "5 March last year", "from 21 to 24 September next year": a year named right after a date without one is
 * its year, and the two make one date.
 */
export function yearsAfterDates(mentions: DateMention[], text: string, tk: Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const y = mentions[i + 1];
    // "March, last year's peak": a possessive year is a noun of its own
    const adjacent = y && y.firstToken === m.nextToken && tk[y.nextToken]?.raw !== "'" && tk[y.nextToken]?.raw !== '’';
    const own = /^(?:\.\.\/)?(\d{4})-/.exec(m.value);
    if (!y || !adjacent || !m.inferredYear || !own || !YEAR_AFTER.test(y.text.trim()) || !/^\d{4}$/.test(y.value)) {
      out.push(m);
      continue;
    }
    const moved = inYearOf(m, Number(y.value) - Number(own[1]));
    if (!moved) {
      out.push(m);
      continue;
    }
    out.push({ ...moved, text: text.slice(m.start, y.end), end: y.end, nextToken: y.nextToken, yearNote: 'the year written after it' });
    i++;
  }
  return out;
}

const BARE_DAY = /^\d{1,2}(?:st|nd|rd|th)?$/i;
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "called for November 12 and 13": a bare day listed after a date is in the month and year that date was
 * finally read in, whatever moved it after the list was read.
 */
export function listedDaysFollow(dates: DateMention[], tk: Token[]): DateMention[] {
  const out = dates.slice();
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    const p = out[i - 1]!;
    const sep = tk[d.firstToken - 1];
    if (!BARE_DAY.test(d.text.trim()) || p.nextToken !== d.firstToken - 1 || !sep || !(sep.raw === ',' || sep.low === 'and' || sep.low === 'or')) continue;
    const a = DAY_VALUE.exec(p.value);
    const b = DAY_VALUE.exec(d.value);
    if (!a || !b || (a[1] === b[1] && a[2] === b[2])) continue;
    out[i] = { ...d, value: `${a[1]}-${a[2]}-${b[3]}`, yearNote: p.yearNote };
  }
  return out;
}
