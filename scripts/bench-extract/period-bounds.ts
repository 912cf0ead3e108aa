import type { PredictedDate } from './compare.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** First day and exclusive end of one period written as a fact value ("2025", "2025-09", "2025-Q3", "2025-W07"). */
function single(value: string): { from: string; to: string } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(value))) return { from: `${m[1]}-01-01`, to: `${Number(m[1]) + 1}-01-01` };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { from: `${value}-01`, to: iso(utc(Number(m[1]), Number(m[2]), 1)) };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return { from: value, to: iso(utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1)) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { from: iso(utc(Number(m[1]), (Number(m[2]) - 1) * 3, 1)), to: iso(utc(Number(m[1]), Number(m[2]) * 3, 1)) };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { from: iso(utc(Number(m[1]), (Number(m[2]) - 1) * 6, 1)), to: iso(utc(Number(m[1]), Number(m[2]) * 6, 1)) };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    // ISO week: week 1 holds the year's first Thursday; weeks start on Monday
    const jan4 = utc(Number(m[1]), 0, 4);
    const monday = utc(Number(m[1]), 0, 4 - ((jan4.getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7);
    return { from: iso(monday), to: iso(new Date(monday.getTime() + 7 * 86_400_000)) };
  }
  return null;
}

/** A date fact's value as the bounds the recognizer bench compares ("a/b" spans, ".." open ends); null if unreadable. */
export function periodBounds(value: string): Omit<PredictedDate, 'start' | 'end'> | null {
  if (!value.includes('/')) {
    const p = single(value);
    return p && { from: p.from, to: p.to, lastFrom: p.from, openStart: false, openEnd: false };
  }
  const [a = '', b = ''] = value.split('/');
  const first = a === '..' ? null : single(a);
  const last = b === '..' ? null : single(b);
  if ((a !== '..' && !first) || (b !== '..' && !last)) return null;
  return { from: first?.from ?? null, to: last?.to ?? null, lastFrom: last?.from ?? null, openStart: a === '..', openEnd: b === '..' };
}
