/** Proleptic Gregorian calendar on integer day numbers (days since 1970-01-01). No clock, no time zone. */

/** `months`: a span of whole months, written as months ("January-September", "the first nine months"). */
export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'span' | 'months' | 'years';

/** A stretch of days [from, to); `grain` is the resolution the text gave. */
export interface Period {
  from: number;
  to: number;
  grain: Grain;
}

export function dayNumber(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  dt.setUTCHours(0, 0, 0, 0);
  return Math.round(dt.getTime() / 86400000);
}

export function ymd(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function pad(n: number, w: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : '0'.repeat(w - s.length) + s);
}

export function isoDay(n: number): string {
  const { y, m, d } = ymd(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

export function mondayOf(n: number): number {
  return n - weekday(n);
}

export function addMonths(n: number, months: number): number {
  const { y, m, d } = ymd(n);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export const day = (n: number): Period => ({ from: n, to: n + 1, grain: 'day' });
export const month = (y: number, m: number): Period => ({ from: dayNumber(y, m, 1), to: dayNumber(y, m, 1) + daysInMonth(y, m), grain: 'month' });
export const year = (y: number): Period => ({ from: dayNumber(y, 1, 1), to: dayNumber(y + 1, 1, 1), grain: 'year' });
export const quarter = (y: number, q: number): Period => ({ from: dayNumber(y, q * 3 - 2, 1), to: addMonths(dayNumber(y, q * 3 - 2, 1), 3), grain: 'quarter' });
export const half = (y: number, h: number): Period => ({ from: dayNumber(y, h * 6 - 5, 1), to: addMonths(dayNumber(y, h * 6 - 5, 1), 6), grain: 'half' });
export const week = (monday: number): Period => ({ from: monday, to: monday + 7, grain: 'week' });

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(n: number): { y: number; w: number } {
  const thursday = mondayOf(n) + 3;
  const y = ymd(thursday).y;
  const firstThursday = mondayOf(dayNumber(y, 1, 4)) + 3;
  return { y, w: Math.floor((thursday - firstThursday) / 7) + 1 };
}

/** Monday of ISO week `w` of year `y`. */
export function isoWeekMonday(y: number, w: number): number {
  return mondayOf(dayNumber(y, 1, 4)) + (w - 1) * 7;
}

/** The label at the text's resolution: "2025", "2025-09", "2025-10-20", "2025-Q3", "2025-W43". */
export function label(p: Period): string {
  const s = ymd(p.from);
  switch (p.grain) {
    case 'day':
      return isoDay(p.from);
    case 'month':
      return `${pad(s.y, 4)}-${pad(s.m, 2)}`;
    case 'quarter':
      return `${pad(s.y, 4)}-Q${Math.floor((s.m - 1) / 3) + 1}`;
    case 'half':
      return `${pad(s.y, 4)}-H${s.m <= 6 ? 1 : 2}`;
    case 'year':
      return pad(s.y, 4);
    case 'week': {
      const w = isoWeek(p.from);
      return `${pad(w.y, 4)}-W${pad(w.w, 2)}`;
    }
    case 'decade':
      return `${pad(s.y, 4)}/${pad(s.y + 9, 4)}`;
    case 'century':
      return `${pad(s.y, 4)}/${pad(s.y + 99, 4)}`;
    case 'months': {
      const e = ymd(p.to - 1);
      return `${pad(s.y, 4)}-${pad(s.m, 2)}/${pad(e.y, 4)}-${pad(e.m, 2)}`;
    }
    case 'years':
      return `${pad(s.y, 4)}/${pad(ymd(p.to - 1).y, 4)}`;
    default:
      return p.to - p.from === 1 ? isoDay(p.from) : `${isoDay(p.from)}/${isoDay(p.to - 1)}`;
  }
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mo = Math.floor((h + l - 7 * m + 114) / 31);
  const da = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, mo, da);
}

/** The n-th (1-based; -1 = last) weekday `wd` (0 = Monday) of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): number | null {
  if (n > 0) {
    const first = dayNumber(y, m, 1);
    const d = first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
    return ymd(d).m === m ? d : null;
  }
  const last = dayNumber(y, m, daysInMonth(y, m));
  const d = last - ((weekday(last) - wd + 7) % 7) + (n + 1) * 7;
  return ymd(d).m === m ? d : null;
}
