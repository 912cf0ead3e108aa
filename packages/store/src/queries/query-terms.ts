/**
 * Turns what a researcher types into an FTS5 query that cannot be a syntax error: every word is a
 * quoted phrase (implicit AND); a trailing `*` keeps prefix search ("magnet*"). Returns null when
 * nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/[\p{L}\p{N}]+(\*)?/gu)) {
    const word = match[0].replace(/\*$/, '');
    terms.push(`"${word}"${match[1] ? '*' : ''}`);
    if (terms.length >= 32) break;
  }
  return terms.length > 0 ? terms.join(' ') : null;
}

const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const HALF = /^(\d{4})-H([12])$/i;

/**
 * A period or date bound as typed ("2025", "2025-09", "2025-09-15", "2025-Q3", "2025-H1") -> the
 * first day (`from`) or a lexical upper bound (`to`) comparable with ISO dates and timestamps.
 * Null when the text is not such a bound.
 */
export function periodBound(text: string, side: 'from' | 'to'): string | null {
  const t = text.trim();
  const q = QUARTER.exec(t);
  if (q) {
    const month = side === 'from' ? (Number(q[2]) - 1) * 3 + 1 : Number(q[2]) * 3;
    return side === 'from' ? `${q[1]}-${String(month).padStart(2, '0')}-01` : `${q[1]}-${String(month).padStart(2, '0')}~`;
  }
  const h = HALF.exec(t);
  if (h) {
    if (side === 'from') return `${h[1]}-${h[2] === '1' ? '01' : '07'}-01`;
    return `${h[1]}-${h[2] === '1' ? '06' : '12'}~`;
  }
  const d = DATE_PREFIX.exec(t);
  if (!d) return null;
  const month = d[2] === undefined ? null : Number(d[2]);
  const day = d[3] === undefined ? null : Number(d[3]);
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null;
  // `~` sorts after every character of an ISO timestamp, so "2025-09~" includes the whole month.
  return side === 'from' ? t : `${t}~`;
}

export type SeriesResolution = 'month' | 'quarter' | 'year';

/**
 * The series bucket of a fact's period, or null when the period is coarser than asked. A monthly
 * figure is not summed into a quarter: it is a different quantity from a quarterly figure.
 */
export function periodBucket(period: string, by: SeriesResolution): string | null {
  if (by === 'year') return /^\d{4}$/.test(period) ? period : null;
  if (by === 'quarter') return QUARTER.test(period) ? period.toUpperCase() : null;
  const m = /^(\d{4}-\d{2})(?:-\d{2})?$/.exec(period);
  return m ? (m[1] ?? null) : null;
}
