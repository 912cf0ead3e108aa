import { dayNumber, easter, nthWeekday } from './calendar.ts';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 0, mon: 0, tuesday: 1, tue: 1, tues: 1, wednesday: 2, wed: 2, thursday: 3, thu: 3, thur: 3, thurs: 3,
  friday: 4, fri: 4, saturday: 5, sat: 5, sunday: 6, sun: 6,
  mondays: 0, tuesdays: 1, wednesdays: 2, thursdays: 3, fridays: 4, saturdays: 5, sundays: 6,
};

/** Full names, as opposed to abbreviations that are also English words ("may", "sun", "sat", "wed", "mar"). */
export function isFullMonthName(w: string): boolean {
  return w.length > 4 || w === 'june' || w === 'july' || w === 'may';
}

export type Unit = 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'hour' | 'minute' | 'second' | 'weekend';

export const UNITS: Record<string, Unit> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', wk: 'week', wks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', mo: 'month', mos: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  second: 'second', seconds: 'second', sec: 'second', secs: 'second', weekend: 'weekend', weekends: 'weekend',
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Fixed or computed holidays; the year is chosen like any other date without a year. */
export const HOLIDAYS: Array<{ words: string[]; at: (y: number) => number | null }> = [
  { words: ['christmas', 'eve'], at: (y) => dayNumber(y, 12, 24) },
  { words: ['christmas', 'day'], at: (y) => dayNumber(y, 12, 25) },
  { words: ['christmas'], at: (y) => dayNumber(y, 12, 25) },
  { words: ['xmas'], at: (y) => dayNumber(y, 12, 25) },
  { words: ['new', 'year', "'", 's', 'eve'], at: (y) => dayNumber(y, 12, 31) },
  { words: ['new', 'year', "'", 's', 'day'], at: (y) => dayNumber(y, 1, 1) },
  { words: ['new', 'years', 'day'], at: (y) => dayNumber(y, 1, 1) },
  { words: ['new', 'year'], at: (y) => dayNumber(y, 1, 1) },
  { words: ['independence', 'day'], at: (y) => dayNumber(y, 7, 4) },
  { words: ['halloween'], at: (y) => dayNumber(y, 10, 31) },
  { words: ['the', 'ides', 'of', 'march'], at: (y) => dayNumber(y, 3, 15) },
  { words: ['valentine', "'", 's', 'day'], at: (y) => dayNumber(y, 2, 14) },
  { words: ['earth', 'day'], at: (y) => dayNumber(y, 4, 22) },
  { words: ['saint', 'patrick', "'", 's', 'day'], at: (y) => dayNumber(y, 3, 17) },
  { words: ['st', '.', 'patrick', "'", 's', 'day'], at: (y) => dayNumber(y, 3, 17) },
  { words: ['saint', 'patrick'], at: (y) => dayNumber(y, 3, 17) },
  { words: ['easter'], at: (y) => easter(y) },
  { words: ['good', 'friday'], at: (y) => easter(y) - 2 },
  { words: ['thanksgiving'], at: (y) => nthWeekday(y, 11, 3, 4) },
  { words: ['black', 'friday'], at: (y) => { const t = nthWeekday(y, 11, 3, 4); return t === null ? null : t + 1; } },
  { words: ['labor', 'day'], at: (y) => nthWeekday(y, 9, 0, 1) },
  { words: ['labour', 'day'], at: (y) => nthWeekday(y, 9, 0, 1) },
  { words: ['memorial', 'day'], at: (y) => nthWeekday(y, 5, 0, -1) },
  { words: ['easter', 'monday'], at: (y) => easter(y) + 1 },
  { words: ['boxing', 'day'], at: (y) => dayNumber(y, 12, 26) },
  { words: ['australia', 'day'], at: (y) => dayNumber(y, 1, 26) },
  { words: ['anzac', 'day'], at: (y) => dayNumber(y, 4, 25) },
  { words: ['canada', 'day'], at: (y) => dayNumber(y, 7, 1) },
  { words: ['bastille', 'day'], at: (y) => dayNumber(y, 7, 14) },
  { words: ['juneteenth'], at: (y) => dayNumber(y, 6, 19) },
  { words: ['remembrance', 'day'], at: (y) => dayNumber(y, 11, 11) },
  { words: ['veterans', 'day'], at: (y) => dayNumber(y, 11, 11) },
  { words: ['martin', 'luther', 'king', 'day'], at: (y) => nthWeekday(y, 1, 0, 3) },
  { words: ['presidents', 'day'], at: (y) => nthWeekday(y, 2, 0, 3) },
];

/** Two-digit years: 00-39 -> 2000s, 40-99 -> 1900s. */
export function expandTwoDigitYear(yy: number): number {
  return yy < 40 ? 2000 + yy : 1900 + yy;
}
