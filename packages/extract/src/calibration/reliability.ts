import type { CalibrationFit } from '@newsfacts/core';

export interface Scored {
  confidence: number;
  right: boolean;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  facts: number;
  meanConfidence: number;
  observed: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Expected calibration error: the fact-weighted gap between predicted and observed per bin. */
  ece: number;
  facts: number;
  threshold: number;
  accepted: number;
  acceptedPrecision: number;
  reviewShare: number;
  /** How often the facts sent to review are right. */
  reviewPrecision: number;
}

/** Predicted against observed in tenths, the ECE, and what `threshold` would accept and send to review. */
export function reliability(items: readonly Scored[], threshold: number): Reliability {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, facts: 0, meanConfidence: 0, observed: 0 }));
  for (const it of items) {
    const b = bins[Math.min(9, Math.floor(it.confidence * 10))]!;
    b.facts++;
    b.meanConfidence += it.confidence;
    b.observed += it.right ? 1 : 0;
  }
  let ece = 0;
  for (const b of bins) {
    if (!b.facts) continue;
    b.meanConfidence /= b.facts;
    b.observed /= b.facts;
    ece += (b.facts / items.length) * Math.abs(b.meanConfidence - b.observed);
  }
  const accepted = items.filter((i) => i.confidence >= threshold);
  const review = items.filter((i) => i.confidence < threshold);
  const rate = (xs: readonly Scored[]) => (xs.length ? xs.filter((x) => x.right).length / xs.length : NaN);
  return {
    bins: bins.filter((b) => b.facts > 0),
    ece,
    facts: items.length,
    threshold,
    accepted: accepted.length,
    acceptedPrecision: rate(accepted),
    reviewShare: items.length ? review.length / items.length : NaN,
    reviewPrecision: rate(review),
  };
}

/** The reliability as text lines, for the CLI and the benchmarks. */
export function formatReliability(r: Reliability): string[] {
  const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');
  const lines = ['confidence   facts  mean conf  observed right'];
  for (const b of r.bins) lines.push(`${b.from.toFixed(1)}-${b.to.toFixed(1)}   ${String(b.facts).padStart(7)}  ${f3(b.meanConfidence).padStart(9)}  ${f3(b.observed).padStart(14)}`);
  lines.push(`ECE ${f3(r.ece)} over ${r.facts} labelled facts`);
  lines.push(`threshold ${r.threshold.toFixed(2)}: auto-accepted ${r.accepted} (precision ${f3(r.acceptedPrecision)}), to review ${r.facts - r.accepted} (${f3(r.reviewShare)} of facts, right ${f3(r.reviewPrecision)})`);
  return lines;
}

/**
 * The trade-off a threshold table offers, as text lines: for a spread of thresholds, the precision
 * expected of the auto-accepted facts, its lower bound, and the share sent to review.
 */
export function formatThresholdTradeOff(table: CalibrationFit['thresholds'], steps: readonly number[] = [0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]): string[] {
  const f3 = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '  -  ' : n.toFixed(3));
  const lines = ['threshold  precision  lower bound  review share  labelled accepted (worth)'];
  for (const t of steps) {
    const r = table.find((x) => Math.abs(x.threshold - t) < 1e-9);
    if (r) lines.push(`${t.toFixed(3).padStart(9)}  ${f3(r.precision).padStart(9)}  ${f3(r.precisionLow).padStart(11)}  ${f3(r.reviewShare).padStart(12)}  ${String(r.accepted ?? 0).padStart(17)} (${(r.evidence ?? r.accepted ?? 0).toFixed(0)})`);
  }
  return lines;
}
