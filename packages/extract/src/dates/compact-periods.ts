import type { Token } from '../text/tokenize.ts';
import { addMonths, half, quarter, year } from './calendar.ts';
import { type DateHit, glued, hit, w } from './types.ts';

/**
 * "3Q19", "1H25", "4Q 2024", "9M25": the compact form of company and market reports, number before letter,
 * then the year. "9M" is the first nine months; only a capital M with a year glued or a full year after
 * it, since "9M" alone is nine million.
 */
export function compactPeriod(tk: Token[], i: number): DateHit | null {
  const t = tk[i];
  const letter = w(tk, i + 1);
  if (!t || t.kind !== 'num' || (letter !== 'q' && letter !== 'h' && letter !== 'm') || !glued(tk, i + 1)) return null;
  if (t.raw.length !== 1 && !(letter === 'm' && t.raw.length === 2)) return null;
  const n = Number(t.raw);
  if (n < 1 || n > (letter === 'q' ? 4 : letter === 'h' ? 2 : 11)) return null;
  const yt = tk[i + 2];
  if (!yt || yt.kind !== 'num' || yt.gap > 1 || (yt.raw.length !== 2 && yt.raw.length !== 4)) return null;
  if (letter === 'm' && (tk[i + 1]!.raw !== 'M' || (yt.gap === 1 && yt.raw.length !== 4) || CURRENCY_SIGNS.has(tk[i - 1]?.raw ?? ''))) return null;
  // "3Q19x", "1H25-7": a code, not a period
  const after = tk[i + 3];
  if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num' || after.raw === '-' || after.raw === '/')) return null;
  const prev = tk[i - 1];
  if (prev && t.gap === 0 && (prev.kind === 'word' || prev.kind === 'num' || prev.raw === '-' || prev.raw === '.')) return null;
  const y = yt.raw.length === 2 ? 2000 + Number(yt.raw) : Number(yt.raw);
  if (y < 1950 || y > 2100) return null;
  if (letter === 'm') return hit(i, i + 3, { from: year(y).from, to: addMonths(year(y).from, n), grain: 'months' });
  return hit(i, i + 3, letter === 'q' ? quarter(y, n) : half(y, n));
}

const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '₹']);
