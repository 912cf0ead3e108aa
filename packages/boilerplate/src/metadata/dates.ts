import { monthOf } from './month-names.ts';

/** Offsets of the zone names that appear in news datelines, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0, gmt: 0, utc: 0, ut: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, est: -300, edt: -240,
  cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, et: -300, ist: 330, jst: 540, kst: 540,
  hkt: 480, sgt: 480, aest: 600, aedt: 660,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function plausible(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function dateOnly(y: number, m: number, d: number): string | null {
  return plausible(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "+0800", "+08:00", "+8", "GMT+8", "EST" -> minutes east of UTC; undefined when absent. */
function zoneOffset(text: string): number | undefined {
  const num = /(?:\b(?:gmt|utc)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?\s*$/i.exec(text);
  if (num && (/\b(?:gmt|utc)\s*[+-]/i.test(text) || (num[3] !== undefined && (num[2] as string).length === 2))) {
    const minutes = Number(num[2]) * 60 + Number(num[3] ?? 0);
    return num[1] === '-' ? -minutes : minutes;
  }
  const name = /\b([a-z]{1,4})\s*\)?\s*$/i.exec(text);
  if (name) {
    const z = ZONES[(name[1] as string).toLowerCase()];
    if (z !== undefined) return z;
  }
  return undefined;
}

/** The zone written right after a time ("9:15 AM EST, Tuesday", "14:02 GMT+1 on", "10:42 (IST)"). */
function zoneAfterTime(text: string): number | undefined {
  const z = /^\s*\(?\s*((?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[a-z]{1,4})(?![\p{L}\d])/iu.exec(text);
  return z ? zoneOffset((z[1] as string).replace(/\s+/g, '')) : undefined;
}

interface WallTime {
  h: number;
  m: number;
  s: number;
  zone: number | undefined;
}

/** A wall-clock time in the text, with the zone written after it: "10:42", "3:45 PM EST", "15h30". */
function timeIn(text: string): WallTime | null {
  const t = /\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\p{L}\d])/iu.exec(text);
  if (!t) return null;
  let h = Number(t[1]);
  const mer = t[4]?.toLowerCase();
  if (mer?.startsWith('p') && h < 12) h += 12;
  if (mer?.startsWith('a') && h === 12) h = 0;
  const m = Number(t[2]);
  if (h > 23 || m > 59) return null;
  const rest = text.slice(t.index + t[0].length);
  return { h, m, s: Number(t[3] ?? 0), zone: zoneAfterTime(rest) ?? zoneOffset(rest) };
}

/** The day, with the time (and zone) written after it, or else before it. */
function withTime(day: string, s: string, match: RegExpExecArray): string {
  const t = timeIn(s.slice(match.index + match[0].length)) ?? timeIn(s.slice(0, match.index));
  if (!t) return day;
  const local = `${day}T${pad(t.h)}:${pad(t.m)}:${pad(t.s)}`;
  return t.zone === undefined ? local : `${local}${offsetText(t.zone)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/giu;
const DAY_FIRST = /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/giu;
const YEAR_FIRST = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
/** Chinese, Japanese and Korean dates: 2025年3月4日, 2025년 3월 4일. */
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
/** d/m/yyyy, m/d/yyyy, and with a slash the two-digit year of a byline ("11/13/19"). */
const NUMERIC = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/;

export interface DateReading {
  /** The order of an ambiguous numeric date: day first (the default, used outside the U.S.) or month first. */
  order?: 'dmy' | 'mdy';
}

/** The first "March 4, 2025" or "4 March 2025" whose word is a month name, with its day. */
function namedMonthDate(s: string): { day: string; match: RegExpExecArray } | null {
  let best: { day: string; match: RegExpExecArray } | null = null;
  for (const [re, mi, di] of [[MONTH_FIRST, 1, 2], [DAY_FIRST, 2, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s), k = 0; m && k < 8; m = re.exec(s), k++) {
      const month = monthOf(m[mi] as string);
      if (month === undefined) continue;
      const day = dateOnly(Number(m[3]), month, Number(m[di]));
      if (day && (!best || m.index < best.match.index)) best = { day, match: m };
      break;
    }
  }
  return best;
}

function numericDate(s: string, order: 'dmy' | 'mdy'): { day: string; match: RegExpExecArray } | null {
  const m = NUMERIC.exec(s);
  if (!m || ((m[4] as string).length === 2 && m[2] !== '/')) return null;
  const y = (m[4] as string).length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const a = Number(m[1]);
  const b = Number(m[3]);
  const monthFirst = a > 12 ? false : b > 12 ? true : order === 'mdy';
  const day = monthFirst ? dateOnly(y, a, b) : dateOnly(y, b, a);
  return day ? { day, match: m } : null;
}

/**
 * A date or date-time as ISO 8601, or null. The offset the page gave is kept ("+08:00"), so the
 * local calendar date stays readable from the first ten characters; a time without a zone is kept
 * as local time, because reading it in the machine's zone would make the result depend on where
 * the code runs. Numeric dates are read day first (d/m/y, the order used outside the U.S.) unless
 * that reading is impossible ("11/19/2019") or the caller knows the page writes the month first.
 */
export function normalizeDate(input: string | null | undefined, reading: DateReading = {}): string | null {
  if (!input) return null;
  const s = input.trim();
  if (s.length < 4 || s.length > 100) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const d = new Date(s.length === 13 ? Number(s) : Number(s) * 1000);
    return plausible(d.getUTCFullYear(), 1, 1) ? d.toISOString().replace('.000Z', 'Z') : null;
  }
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    const day = dateOnly(Number(y), Number(mo), Number(d));
    if (!day || h === undefined) return day;
    if (Number(h) > 23 || Number(mi) > 59) return day;
    const local = `${day}T${h}:${mi}:${sec ?? '00'}`;
    if (!zone) return local;
    if (zone.toUpperCase() === 'Z') return `${local}Z`;
    const z = zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return z === '+00:00' || z === '-00:00' ? `${local}Z` : `${local}${z}`;
  }
  const named = namedMonthDate(s);
  if (named) return withTime(named.day, s, named.match);
  for (const re of [YEAR_FIRST, CJK]) {
    const m = re.exec(s);
    const day = m ? dateOnly(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (m && day) return withTime(day, s, m);
  }
  const num = numericDate(s, reading.order ?? 'dmy');
  return num ? withTime(num.day, s, num.match) : null;
}

/**
 * A publication date written into the URL path: /2019/11/19/, -20191119, or (unless `slugEnd` is false) a
 * slug ending in -2019-11-19. A slug's date is sometimes the day of the event a live page covers rather than
 * the newsroom's day, so callers that shift a day by the URL leave it out.
 */
export function dateFromUrl(url: string, options: { slugEnd?: boolean } = {}): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const sep = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=\/|$|[-_.])/.exec(path);
  if (sep) return dateOnly(Number(sep[1]), Number(sep[2]), Number(sep[3]));
  const compact = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (compact) return dateOnly(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const slug = options.slugEnd === false ? null : /[_-]((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\/|\.\w+)?$/.exec(path);
  return slug ? dateOnly(Number(slug[1]), Number(slug[2]), Number(slug[3])) : null;
}
