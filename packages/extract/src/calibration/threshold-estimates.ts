import { wilsonLowerBound, type ThresholdEstimate } from '@newsfacts/core';
import type { Scored } from './reliability.ts';

/** The thresholds a target precision can pick: hundredths from 0.50, and one step short of certainty. */
export const THRESHOLD_STEPS: readonly number[] = [...Array.from({ length: 50 }, (_, i) => (50 + i) / 100), 0.995];

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** A labelled fact scored out of sample; `weight` is its share of one independent observation (default 1). */
export type WeightedScored = Scored & { weight?: number };

function estimate(threshold: number, accepted: number, right: number, evidence: number, reviewShare: number): ThresholdEstimate {
  const precision = accepted ? right / accepted : 1;
  return {
    threshold,
    precision: round4(precision),
    precisionLow: round4(wilsonLowerBound(precision * evidence, evidence)),
    reviewShare: round4(reviewShare),
    accepted,
    right,
    evidence: round4(evidence),
  };
}

/**
 * What each threshold does to labelled facts scored out of sample: how many it accepts, how many of
 * those are right, and a lower bound on that precision that widens when few independent observations
 * (weights: repeated mentions of one value share one) stand behind it.
 * The review share is over `population` (the confidences of the facts the threshold will sort, e.g.
 * everything stored), else over the labelled facts themselves.
 */
export function thresholdEstimates(labelled: readonly WeightedScored[], population?: readonly number[]): ThresholdEstimate[] {
  const pop = population ?? labelled.map((l) => l.confidence);
  return THRESHOLD_STEPS.map((t) => {
    const acc = labelled.filter((l) => l.confidence >= t);
    const below = pop.filter((c) => c < t).length;
    const evidence = acc.reduce((s, l) => s + (l.weight ?? 1), 0);
    return estimate(t, acc.length, acc.filter((l) => l.right).length, evidence, pop.length ? below / pop.length : 0);
  });
}

/**
 * Adds the evidence of two tables (counts at equal thresholds) and recomputes precision and its bound;
 * the review share is taken from `population` when given, else from `a`. Rows of `a` without counts
 * (fits made before counts were kept) contribute nothing but keep their threshold.
 */
export function poolThresholdEstimates(a: readonly ThresholdEstimate[], b: readonly ThresholdEstimate[], population?: readonly number[]): ThresholdEstimate[] {
  const byT = new Map(b.map((r) => [r.threshold, r]));
  const steps = [...new Set([...a.map((r) => r.threshold), ...b.map((r) => r.threshold)])].sort((x, y) => x - y);
  const aByT = new Map(a.map((r) => [r.threshold, r]));
  return steps.map((t) => {
    const [x, y] = [aByT.get(t), byT.get(t)];
    const accepted = (x?.accepted ?? 0) + (y?.accepted ?? 0);
    const right = (x?.right ?? 0) + (y?.right ?? 0);
    const evidence = (x?.evidence ?? x?.accepted ?? 0) + (y?.evidence ?? y?.accepted ?? 0);
    const share = population?.length ? population.filter((c) => c < t).length / population.length : (x ?? y)!.reviewShare;
    return estimate(t, accepted, right, evidence, share);
  });
}
