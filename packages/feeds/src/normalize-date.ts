const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month index for an English name or abbreviation ("Jun", "June", "Sept."), else -1. */
function monthIndex(name: string): number {
  const n = name.toLowerCase();
  return n.length < 3 ? -1 : MONTHS.findIndex((full) => full.startsWith(n));
}

/** Zone abbreviations seen in real feeds, in minutes east of UTC. Unknown ones count as UTC. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, bst: 60, west: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180,
  msk: 180, ist: 330, sgt: 480, hkt: 480, awst: 480, jst: 540, kst: 540, acst: 570, aest: 600, aedt: 660, nzst: 720,
  nzdt: 780, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540,
  akdt: -480, hst: -600,
};

function zoneOffsetMinutes(zone: string): number {
  const z = zone.trim().toLowerCase().replace(/^\(|\)$/g, '');
  if (!z) return 0;
  const numeric = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    return sign * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  }
  return ZONES[z.split(/\s+/)[0] ?? ''] ?? 0;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMin: number): number | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  return Date.UTC(y, mo, d, h, mi, s, ms) - offsetMin * 60_000;
}

// RFC 822/1123 and the usual deviations: missing weekday, full month names, 2-digit years, no seconds.
const RFC822 = /^(?:[a-z]{2,9}\.?,?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.{0,20})$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?|[a-z]{1,5})?$/i;

function parseRfc822(raw: string): number | null {
  const m = RFC822.exec(raw);
  if (!m) return null;
  const month = monthIndex(m[2]!);
  if (month < 0) return null;
  return build(fullYear(m[3]!), month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, zoneOffsetMinutes(m[7] ?? ''));
}

function parseIso(raw: string): number | null {
  const m = ISO.exec(raw);
  if (!m) return null;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, zoneOffsetMinutes(m[8] ?? ''));
}

/**
 * A feed date as ISO 8601 UTC, or null. Reads RFC 822 (RSS), ISO 8601 / RFC 3339 (Atom,
 * JSON Feed, sitemaps) and their common deviations. A time without a zone is taken as
 * UTC, never as the machine's local time, so results do not depend on where we run.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value || value.length > 80) return null;
  let ms = parseIso(value) ?? parseRfc822(value);
  if (ms === null) {
    // Last resort for prose-like dates ("June 10, 2025 08:00"): the engine's parser, pinned to UTC.
    const hasZone = /(?:\b(?:gmt|utc|z)\b|[+-]\d{2}:?\d{2}\s*$)/i.test(value);
    const parsed = Date.parse(hasZone ? value : `${value} UTC`);
    ms = Number.isNaN(parsed) ? null : parsed;
  }
  if (ms === null || Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}
