const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  // Portuguese, Spanish, French, German, Italian
  janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10,
  novembro: 11, dezembro: 12, enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, janvier: 1, février: 2, mars: 3, avril: 4, mai: 5,
  juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, januar: 1, februar: 2,
  märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12, gennaio: 1, febbraio: 2, aprile: 4, maggio: 5,
  giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
};

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

/** A wall-clock time in the text after the date: "10:42", "3:45 PM", "15h30". */
function timeIn(text: string): { h: number; m: number; s: number } | null {
  const t = /\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i.exec(text);
  if (!t) return null;
  let h = Number(t[1]);
  const mer = t[4]?.toLowerCase();
  if (mer?.startsWith('p') && h < 12) h += 12;
  if (mer?.startsWith('a') && h === 12) h = 0;
  const m = Number(t[2]);
  return h <= 23 && m <= 59 ? { h, m, s: Number(t[3] ?? 0) } : null;
}

/** The day, with the time (and zone) written after it, or else before it. */
function withTime(day: string, s: string, match: RegExpExecArray): string {
  const after = s.slice(match.index + match[0].length);
  const rest = timeIn(after) ? after : s.slice(0, match.index);
  const t = timeIn(rest);
  if (!t) return day;
  const local = `${day}T${pad(t.h)}:${pad(t.m)}:${pad(t.s)}`;
  const zone = zoneOffset(rest);
  return zone === undefined ? local : `${local}${offsetText(zone)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/iu;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{3,9})\.?,?\s+(?:de\s+)?(\d{4})\b/iu;
const YEAR_FIRST = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

/**
 * A date or date-time as ISO 8601, or null. The offset the page gave is kept ("+08:00"), so the
 * local calendar date stays readable from the first ten characters; a time without a zone is kept
 * as local time, because reading it in the machine's zone would make the result depend on where
 * the code runs. Numeric dates are read day first (d/m/y, the order used outside the U.S.) unless
 * that reading is impossible ("11/19/2019").
 */
export function normalizeDate(input: string | null | undefined): string | null {
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
  let m = MONTH_FIRST.exec(s);
  if (m && MONTHS[(m[1] as string).toLowerCase()]) {
    const day = dateOnly(Number(m[3]), MONTHS[(m[1] as string).toLowerCase()] as number, Number(m[2]));
    return day ? withTime(day, s, m) : null;
  }
  m = DAY_FIRST.exec(s);
  if (m && MONTHS[(m[2] as string).toLowerCase()]) {
    const day = dateOnly(Number(m[3]), MONTHS[(m[2] as string).toLowerCase()] as number, Number(m[1]));
    return day ? withTime(day, s, m) : null;
  }
  m = YEAR_FIRST.exec(s);
  if (m) {
    const day = dateOnly(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? withTime(day, s, m) : null;
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const day = b <= 12 ? dateOnly(Number(m[3]), b, a) : dateOnly(Number(m[3]), a, b);
    return day ? withTime(day, s, m) : null;
  }
  return null;
}

/** A publication date written into the URL path: /2019/11/19/ or -20191119. */
export function dateFromUrl(url: string): string | null {
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
  return null;
}
