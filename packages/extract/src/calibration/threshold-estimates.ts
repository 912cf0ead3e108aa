import { wilsonLowerBound, type ThresholdEstimate } from '@newsfacts/core';
import type { Scored } from './reliability.ts';

/** The thresholds a target precision can pick: hundredths from 0.50, and one step short of certainty. */
export const THRESHOLD_STEPS: readonly number[] = [...Array.from({ length: 50 }, (_, i) => (50 + i) / 100), 0.995];

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * A labelled fact scored out of sample; `weight` is its share of one independent observation (default
 * 1), `group` the site or article whose facts tend to be right or wrong together.
 */
export type WeightedScored = Scored & { weight?: number; group?: string };

/**
 * How many independent observations the accepted facts are worth. Errors come in bursts (one site's
 * template, one article's misread name), so beside counting repeated mentions once, the spread of
 * precision between groups is measured (cluster-robust variance of the ratio) and the evidence is
 * what a binomial sample with that variance would hold; never more than the distinct values.
 */
function effectiveEvidence(accepted: readonly WeightedScored[], precision: number): number {
  const values = accepted.reduce((s, l) => s + (l.weight ?? 1), 0);
  const groups = new Map<string, { n: number; right: number }>();
  for (const l of accepted) {
    if (l.group === undefined) continue;
    const g = groups.get(l.group) ?? { n: 0, right: 0 };
    g.n++;
    g.right += l.right ? 1 : 0;
    groups.set(l.group, g);
  }
  const G = groups.size;
  if (G < 2 || precision <= 0 || precision >= 1) return values;
  let spread = 0;
  for (const g of groups.values()) spread += (g.right - precision * g.n) ** 2;
  const variance = (G / (G - 1)) * (spread / accepted.length ** 2);
  return variance > 0 ? Math.min(values, (precision * (1 - precision)) / variance) : values;
}

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
 * stand behind it (repeated mentions of one value share one; groups that disagree count for less).
 * The review share is over `population` (the confidences of the facts the threshold will sort, e.g.
 * everything stored), else over the labelled facts themselves.
 */
export function thresholdEstimates(labelled: readonly WeightedScored[], population?: readonly number[]): ThresholdEstimate[] {
  const pop = population ?? labelled.map((l) => l.confidence);
  return THRESHOLD_STEPS.map((t) => {
    const acc = labelled.filter((l) => l.confidence >= t);
    const below = pop.filter((c) => c < t).length;
    const right = acc.filter((l) => l.right).length;
    const evidence = effectiveEvidence(acc, acc.length ? right / acc.length : 1);
    return estimate(t, acc.length, right, evidence, pop.length ? below / pop.length : 0);
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
