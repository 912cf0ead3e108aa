import * as z from 'zod';

/** One row of a fit's threshold table: what auto-accepting at `threshold` is expected to give. */
export const ThresholdEstimate = z.object({
  threshold: z.number(),
  /** Point estimate of the precision of the facts at or above the threshold. */
  precision: z.number(),
  /** Share of facts below the threshold, sent to review. */
  reviewShare: z.number(),
  /**
   * A one-sided lower confidence bound on that precision, from labelled facts scored out of sample
   * (each scored by a fit that never saw it); absent in fits made before it was kept.
   */
  precisionLow: z.number().optional(),
  /** Labelled facts at or above the threshold and how many of them were right, pooled when reviews add to them. */
  accepted: z.number().int().nonnegative().optional(),
  right: z.number().int().nonnegative().optional(),
  /**
   * How many independent observations the accepted facts are worth (the bound's sample size): the
   * mentions of one value in one article share one verdict, so together they count once.
   */
  evidence: z.number().nonnegative().optional(),
});
export type ThresholdEstimate = z.infer<typeof ThresholdEstimate>;

/**
 * A calibration fit: a logistic model over a fact's cues that turns its raw (rule-given) confidence into
 * the probability that the fact is right. Inspectable by design: one weight per named cue, and at most
 * a monotone map of the logistic score learned from out-of-sample scores.
 */
export const CalibrationFit = z.object({
  /** Stored with every fit and shown by `newsfacts calibrate`; bumped on each refit. */
  version: z.string().min(1),
  /** What it was fitted on, for people ("dev split: 631 facts", "shipped fit + 212 reviews"). */
  source: z.string(),
  intercept: z.number(),
  /** Weight of logit(rawConfidence). */
  rawWeight: z.number(),
  weights: z.record(z.string(), z.number()),
  /**
   * Optional isotonic map from the logistic score (log-odds) to the probability: increasing knots,
   * read by linear interpolation, and beyond the ends the logistic's own slope from the end knot (so a
   * refit that pushes a cue far down still moves its facts). Without it the probability is sigmoid(score).
   */
  map: z.object({ score: z.array(z.number()), probability: z.array(z.number()) }).optional(),
  /**
   * Expected precision of the facts at or above each threshold and the share below it; used to turn a
   * target precision into a threshold.
   */
  thresholds: z.array(ThresholdEstimate),
  /**
   * Present when the fit is a development-split fit refined on facts from sites nobody tuned the rules
   * on: that prior and the refinement's settings, so a benchmark can score those facts by cross-fitting
   * (each site by a refinement that never saw it) rather than by the refinement they trained.
   */
  heldOut: z
    .object({
      prior: z.object({ intercept: z.number(), rawWeight: z.number(), weights: z.record(z.string(), z.number()), map: z.object({ score: z.array(z.number()), probability: z.array(z.number()) }).optional() }),
      strength: z.number().positive(),
      minGroups: z.number().int().positive(),
      folds: z.number().int().min(2),
      facts: z.number().int().nonnegative(),
      sites: z.number().int().nonnegative(),
    })
    .optional(),
});
export type CalibrationFit = z.infer<typeof CalibrationFit>;

const EPS = 1e-4;

export function logit(p: number): number {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The logistic score (log-odds before any map) of a fact with these cues; unknown cues weigh nothing. */
export function calibrationScore(fit: Pick<CalibrationFit, 'intercept' | 'rawWeight' | 'weights'>, rawConfidence: number, cues: readonly string[]): number {
  let z = fit.intercept + fit.rawWeight * logit(rawConfidence);
  for (const c of new Set(cues)) z += fit.weights[c] ?? 0;
  return z;
}

/** The probability a fit gives a logistic score: through its monotone map when it has one. */
export function scoreToProbability(fit: Pick<CalibrationFit, 'map'>, z: number): number {
  const m = fit.map;
  if (!m || m.score.length === 0) return sigmoid(z);
  const xs = m.score;
  const ys = m.probability;
  if (z <= xs[0]!) return sigmoid(z - xs[0]! + logit(ys[0]!));
  if (z >= xs[xs.length - 1]!) return sigmoid(z - xs[xs.length - 1]! + logit(ys[ys.length - 1]!));
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= z) lo = mid;
    else hi = mid;
  }
  const t = (z - xs[lo]!) / (xs[hi]! - xs[lo]! || 1);
  return ys[lo]! + t * (ys[hi]! - ys[lo]!);
}

/**
 * The calibrated probability of a fact with these cues. Unknown cues weigh nothing, but a reason the fit
 * has never seen (a rule newer than the fit, or one its data never showed) keeps the doubt its rule
 * expressed: the probability is then at most the raw score.
 */
export function calibratedConfidence(fit: CalibrationFit, rawConfidence: number, cues: readonly string[]): number {
  const unseenReason = cues.some((c) => c.startsWith('reason:') && fit.weights[c] === undefined);
  const p = Math.round(scoreToProbability(fit, calibrationScore(fit, rawConfidence, cues)) * 1000) / 1000;
  return unseenReason ? Math.min(p, rawConfidence) : p;
}

/**
 * Lower bound of a proportion (Wilson score interval, one-sided at `z` standard errors): with few
 * labelled facts the bound sits well below the observed rate, so a threshold chosen on it leaves a
 * margin that shrinks as evidence grows.
 */
export function wilsonLowerBound(right: number, n: number, z = 1.645): number {
  if (n <= 0) return 0;
  const p = right / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

/**
 * The lowest threshold whose expected precision of auto-accepted facts meets `target`: its lower
 * confidence bound when the fit has one (labelled out-of-sample evidence), else its point estimate;
 * 1 (everything reviewed) when none does, since a target that cannot be met must not silently accept facts.
 */
export function thresholdForPrecision(fit: CalibrationFit, target: number): number {
  const ok = fit.thresholds.filter((t) => (t.precisionLow ?? t.precision) >= target).map((t) => t.threshold);
  return ok.length ? Math.min(...ok) : 1;
}
