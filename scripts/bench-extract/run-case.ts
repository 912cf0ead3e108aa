import { recognizeDates, recognizeNumbers, recognizePercentages, recognizeWeights } from '../../packages/extract/src/index.ts';
import type { BenchCase } from './bench-data.ts';
import { judge, matchDateIn, matchNumber, matchPercent, matchWeight, notResolvedOnly, type PredictedDate, type PredictedNumber } from './compare.ts';

/** Runs the recognizer of the case's category on its input and judges the result. */
export function runCase(c: BenchCase): { pass: boolean; why: string } {
  switch (c.cat) {
    case 'number': {
      const preds: PredictedNumber[] = recognizeNumbers(c.input).map((m) => ({ start: m.start, end: m.end, value: m.value }));
      return judge(c, preds, matchNumber);
    }
    case 'percent': {
      // percentage points are a different unit (a difference of two percentages)
      const preds: PredictedNumber[] = recognizePercentages(c.input).filter((m) => m.unit === '%')
        .map((m) => ({ start: m.start, end: m.end, value: m.value, range: m.range, qualifier: m.qualifier, direction: m.direction }));
      // an authored case may also list a weight in the same sentence ("3,188 tons, a 158% rise")
      return judgeMixed(c, preds);
    }
    case 'weight': {
      const preds = recognizeWeights(c.input).map((m) => ({ start: m.start, end: m.end, value: m.value, range: m.range, unit: m.unit }));
      if (c.expected.some((e) => e.type === 'percent')) return judgeMixed(c, []);
      return judge(c, preds, matchWeight);
    }
    case 'date': {
      const ref = c.ref ?? '2025-01-01T00:00:00';
      const preds: PredictedDate[] = recognizeDates(c.input, ref).map((m) => ({
        start: m.start, end: m.end, from: m.from, to: m.to, lastFrom: m.lastFrom, openStart: m.openStart, openEnd: m.openEnd,
      }));
      if (notResolvedOnly(c)) return preds.length === 0 ? { pass: true, why: '' } : { pass: false, why: 'resolved an impossible date' };
      return judge(c, preds, matchDateIn(c.src));
    }
    default:
      return { pass: false, why: `unknown category ${String(c.cat)}` };
  }
}

/** Cases listing figures of two kinds are judged per kind against that kind's recognizer. */
function judgeMixed(c: BenchCase, percentPreds: PredictedNumber[]): { pass: boolean; why: string } {
  const pct = { ...c, expected: c.expected.filter((e) => e.type === 'percent') };
  const wt = { ...c, expected: c.expected.filter((e) => e.type === 'weight') };
  const percents = percentPreds.length || c.cat === 'percent' ? percentPreds : recognizePercentages(c.input).filter((m) => m.unit === '%')
    .map((m) => ({ start: m.start, end: m.end, value: m.value, range: m.range, qualifier: m.qualifier, direction: m.direction }));
  const a = judge(pct, percents, matchPercent);
  if (!a.pass) return a;
  if (wt.expected.length === 0) return a;
  const weights = recognizeWeights(c.input).map((m) => ({ start: m.start, end: m.end, value: m.value, range: m.range, unit: m.unit }));
  return judge(wt, weights, matchWeight);
}
