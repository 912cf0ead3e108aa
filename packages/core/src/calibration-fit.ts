import * as z from 'zod';

/**
 * A calibration fit: a logistic model over a fact's cues that turns its raw (rule-given) confidence into
 * the probability that the fact is right. Inspectable by design: one weight per named cue.
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
   * Estimated precision of the facts at or above each threshold and the share below it, over the
   * population the fit was made for; used to turn a target precision into a threshold.
   */
  thresholds: z.array(z.object({ threshold: z.number(), precision: z.number(), reviewShare: z.number() })),
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

/**
 * The calibrated probability of a fact with these cues. Unknown cues weigh nothing, but a reason the fit
 * has never seen (a rule newer than the fit, or one its data never showed) keeps the doubt its rule
 * expressed: the probability is then at most the raw score.
 */
export function calibratedConfidence(fit: CalibrationFit, rawConfidence: number, cues: readonly string[]): number {
  let z = fit.intercept + fit.rawWeight * logit(rawConfidence);
  let unseenReason = false;
  for (const c of new Set(cues)) {
    const w = fit.weights[c];
    if (w !== undefined) z += w;
    else if (c.startsWith('reason:')) unseenReason = true;
  }
  const p = Math.round(sigmoid(z) * 1000) / 1000;
  return unseenReason ? Math.min(p, rawConfidence) : p;
}

/**
 * The lowest threshold whose estimated precision of auto-accepted facts meets `target`; 1 (everything
 * reviewed) when none does, since a target that cannot be met must not silently accept facts.
 */
export function thresholdForPrecision(fit: CalibrationFit, target: number): number {
  const ok = fit.thresholds.filter((t) => t.precision >= target).map((t) => t.threshold);
  return ok.length ? Math.min(...ok) : 1;
}
