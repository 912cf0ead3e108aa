import type { Fact } from '../../packages/core/src/index.ts';
import { extractFacts } from '../../packages/extract/src/index.ts';
import type { BenchCase } from './bench-data.ts';
import { judge, matchDate, matchPercent, notResolvedOnly, toKg, type PredictedDate, type PredictedNumber } from './compare.ts';
import { periodBounds } from './period-bounds.ts';

/**
 * The production path on one case: extractFacts as the pipeline calls it (the case's reference date as
 * the publication date, the pipeline's date fallback and filters, no bare percents), judged strictly:
 * a range never stands for one value, a date must start where the expected one starts (no "a period
 * containing the instant"), and every fact the pipeline would store outside the expected spans fails
 * the case. Null where the pipeline stores no fact of the kind (bare numbers).
 */
export function runProductionCase(c: BenchCase): { pass: boolean; why: string } | null {
  if (c.cat === 'number') return null;
  const ref = (c.ref ?? '2025-01-01T00:00:00').slice(0, 10);
  const facts = extractFacts({ text: c.input, published: ref });
  if (c.cat === 'date') {
    const preds = facts.filter((f) => f.type === 'date').flatMap((f) => {
      const b = periodBounds(String(f.value));
      return b ? [{ start: f.start, end: f.end, ...b } satisfies PredictedDate] : [];
    });
    if (notResolvedOnly(c)) return preds.length === 0 ? { pass: true, why: '' } : { pass: false, why: 'resolved an impossible date' };
    return judge(c, preds, matchDate);
  }
  const percents = { ...c, expected: c.expected.filter((e) => e.type === 'percent') };
  const weights = { ...c, expected: c.expected.filter((e) => e.type === 'weight') };
  if (c.cat === 'percent' || percents.expected.length > 0) {
    const r = judge(percents, facts.filter((f) => f.type === 'percentage' && f.unit === '%').map(asNumber), matchPercent);
    if (!r.pass || weights.expected.length === 0) return r;
  }
  return judge(weights, facts.filter((f) => f.type === 'tonnage').map(asNumber), strictWeight);
}

function asNumber(f: Fact): PredictedNumber {
  return { start: f.start, end: f.end, value: typeof f.value === 'number' ? f.value : null, range: f.range, qualifier: f.qualifier, direction: f.direction };
}

/** Tonnage facts are in metric tonnes; a range matches only an expected range's ends, never its midpoint. */
function strictWeight(e: BenchCase['expected'][number], p: PredictedNumber): boolean {
  if (typeof e.value !== 'number' || !e.unit || p.range || p.value === null) return false;
  const want = toKg(e.value, e.unit);
  return Math.abs(p.value * 1000 - want) <= 1e-9 * Math.max(1, Math.abs(want));
}
