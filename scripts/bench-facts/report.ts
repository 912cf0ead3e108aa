import type { ThresholdEstimate } from '../../packages/core/src/index.ts';
import { formatReliability, reliability } from '../../packages/extract/src/index.ts';
import { FACT_TYPES, type ArticleScore, type FactKind, type Labelled } from './match.ts';

export interface Totals {
  tp: Record<FactKind, number>;
  fp: Record<FactKind, number>;
  fn: Record<FactKind, number>;
  labelled: Labelled[];
  articles: number;
}

export function sumScores(scores: ArticleScore[]): Totals {
  const t: Totals = { tp: {} as never, fp: {} as never, fn: {} as never, labelled: [], articles: scores.length };
  for (const type of FACT_TYPES) {
    t.tp[type] = scores.reduce((s, a) => s + a.tp[type], 0);
    t.fp[type] = scores.reduce((s, a) => s + a.fp[type], 0);
    t.fn[type] = scores.reduce((s, a) => s + a.fn[type], 0);
  }
  t.labelled = scores.flatMap((s) => s.labelled);
  return t;
}

const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return [p, r, (2 * p * r) / (p + r)];
}

/** Per-type precision, recall and F1 (distinct values per article), then the micro-averaged total. */
export function printPrf(title: string, t: Totals): void {
  console.log(`\n${title} (${t.articles} articles)`);
  console.log('type        gold  found  right   P      R      F1');
  let [tp, fp, fn] = [0, 0, 0];
  for (const type of FACT_TYPES) {
    const [p, r, f] = prf(t.tp[type], t.fp[type], t.fn[type]);
    console.log(`${type.padEnd(10)} ${String(t.tp[type] + t.fn[type]).padStart(5)} ${String(t.tp[type] + t.fp[type]).padStart(6)} ${String(t.tp[type]).padStart(6)}  ${f3(p)}  ${f3(r)}  ${f3(f)}`);
    tp += t.tp[type];
    fp += t.fp[type];
    fn += t.fn[type];
  }
  const [p, r, f] = prf(tp, fp, fn);
  console.log(`${'all'.padEnd(10)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(6)} ${String(tp).padStart(6)}  ${f3(p)}  ${f3(r)}  ${f3(f)}`);
}

/** The company row alone, for a reading that changed only companies. */
export function printCompanyRow(title: string, t: Totals): void {
  const [p, r, f] = prf(t.tp.company, t.fp.company, t.fn.company);
  console.log(`\n${title} (${t.articles} articles)`);
  console.log('type        gold  found  right   P      R      F1');
  console.log(`${'company'.padEnd(10)} ${String(t.tp.company + t.fn.company).padStart(5)} ${String(t.tp.company + t.fp.company).padStart(6)} ${String(t.tp.company).padStart(6)}  ${f3(p)}  ${f3(r)}  ${f3(f)}`);
}

/**
 * Confidence against correctness, per stored fact (every mention, as the review queue sees them): a
 * reliability table in tenths, the expected calibration error, and what the review threshold does.
 */
export function printCalibration(t: Totals, threshold: number): void {
  const facts = t.labelled.filter((l) => l.right !== null);
  const lines = formatReliability(reliability(facts.map((l) => ({ confidence: l.fact.confidence, right: l.right === true })), threshold));
  console.log('');
  for (const line of lines) console.log(line.startsWith('ECE ') ? `${line} (${t.labelled.length - facts.length} matching only optional gold left out)` : line);
  // where the confidence is off: a type whose facts are right less often than their mean confidence says
  const byType = new Map<string, { n: number; conf: number; right: number }>();
  for (const l of facts) {
    const s = byType.get(l.fact.type) ?? { n: 0, conf: 0, right: 0 };
    s.n++;
    s.conf += l.fact.confidence;
    s.right += l.right ? 1 : 0;
    byType.set(l.fact.type, s);
  }
  console.log(`by type (mean confidence / observed right): ${[...byType].map(([type, s]) => `${type} ${f3(s.conf / s.n)}/${f3(s.right / s.n)}`).join(', ')}`);
}

/**
 * What a target precision does: the threshold the fit picks for it, what the fit's table expects there
 * (from out-of-site labelled facts: precision, its lower bound, review share), and what it gives here.
 */
export function printTargetPrecision(t: Totals, target: number, threshold: number, expected?: ThresholdEstimate): void {
  const facts = t.labelled.filter((l) => l.right !== null);
  const accepted = facts.filter((l) => l.fact.confidence >= threshold);
  const review = facts.filter((l) => l.fact.confidence < threshold);
  const rate = (xs: Labelled[]) => (xs.length ? xs.filter((l) => l.right).length / xs.length : NaN);
  const promise = expected ? `expected precision ${f3(expected.precision)} (lower bound ${f3(expected.precisionLow ?? NaN)}), review share ${f3(expected.reviewShare)}` : 'no labelled evidence meets it: everything to review';
  console.log(`target precision ${target}: threshold ${threshold.toFixed(3)} (${promise})`);
  console.log(`  here: auto-accepted ${accepted.length} (precision ${f3(rate(accepted))}), to review ${review.length} (${f3(review.length / facts.length)} of facts, right ${f3(rate(review))})`);
}
