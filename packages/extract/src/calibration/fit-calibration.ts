import { calibratedConfidence, calibrationScore, type CalibrationFit, type ThresholdEstimate } from '@newsfacts/core';
import { fitIsotonicMap } from './isotonic-map.ts';
import { fitLogistic, type LabelledCues, type LogisticWeights } from './fit-logistic.ts';
import { thresholdEstimates, type WeightedScored as Scored } from './threshold-estimates.ts';

/** A labelled fact and the group it must be held out with (its site, or its article), so no fold learns from its neighbours. */
export interface GroupedLabelled extends LabelledCues {
  group: string;
  /**
   * Its share of one independent observation, for the bound on precision (default 1): the mentions of
   * one value in one article share one verdict. The fit itself weighs every mention, as the review queue
   * and the stored facts count them.
   */
  evidence?: number;
}

export interface CalibrationParams {
  l2: number;
  minCount: number;
  /** Sites a cue must be seen on to get a weight (see FitOptions). */
  minGroups?: number;
  /** Learn an isotonic map of the logistic score from out-of-fold scores. */
  isotonic: boolean;
  /** Folds of the inner cross-validation that scores facts out of sample for the map and the threshold table. */
  innerFolds: number;
  prior?: LogisticWeights;
  /** A map to keep when `isotonic` is off (a refit that refines the weights under a shipped map). */
  keepMap?: CalibrationFit['map'];
  l2Scale?: (cue: string) => number;
}

export type FittedCalibration = Pick<CalibrationFit, 'intercept' | 'rawWeight' | 'weights' | 'map' | 'thresholds'> & {
  /** Every training fact scored by a fit that did not see its group (the map applied), for the reliability table. */
  outOfFold: Scored[];
};

// the map's steps: at least this many facts, smoothed by this many pseudo-facts towards the logistic
const MAP_OPTIONS = { minBlock: 40, priorWeight: 4 };

/**
 * Assigns whole groups to `folds` folds, largest group first into the lightest fold, so folds hold
 * about as many facts each whatever the group sizes; deterministic for the same data.
 */
export function groupFolds(data: readonly { group: string }[], folds: number): number[] {
  const sizes = new Map<string, number>();
  for (const d of data) sizes.set(d.group, (sizes.get(d.group) ?? 0) + 1);
  const k = Math.max(1, Math.min(folds, sizes.size));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [g, n] of [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const f = load.indexOf(Math.min(...load));
    foldOf.set(g, f);
    load[f]! += n;
  }
  return data.map((d) => foldOf.get(d.group)!);
}

const asFit = (w: Pick<CalibrationFit, 'intercept' | 'rawWeight' | 'weights' | 'map'>): CalibrationFit => ({ version: 'cv', source: 'cv', ...w, thresholds: [] });

/** Logistic scores of every fact from a fit on the other folds (no map). */
function outOfFoldScores(data: readonly GroupedLabelled[], folds: number, params: CalibrationParams): { score: number; weights: LogisticWeights; fold: number }[] {
  const fold = groupFolds(data, folds);
  const k = Math.max(...fold, 0) + 1;
  const out = new Array<{ score: number; weights: LogisticWeights; fold: number }>(data.length);
  for (let f = 0; f < k; f++) {
    const w = fitLogistic(data.filter((_, i) => fold[i] !== f), params);
    data.forEach((d, i) => {
      if (fold[i] === f) out[i] = { score: calibrationScore(w, d.raw, d.cues), weights: w, fold: f };
    });
  }
  return out;
}

/**
 * The full calibration of one labelled set: logistic weights fitted on all of it; when asked, an
 * isotonic map of the score read from inner out-of-fold scores (the logistic is more sure of facts it
 * was fitted on); and the threshold table from those out-of-fold facts, so that the precision a
 * threshold promises was measured on facts the scoring fit never saw.
 */
export function fitCalibration(data: readonly GroupedLabelled[], params: CalibrationParams): FittedCalibration {
  const weights = fitLogistic(data, params);
  const inner = data.length > 0 && params.innerFolds > 1 ? outOfFoldScores(data, params.innerFolds, params) : [];
  const map = params.isotonic && inner.length ? fitIsotonicMap(inner.map((s, i) => ({ score: s.score, right: data[i]!.right, weight: data[i]!.weight })), MAP_OPTIONS) : params.keepMap;
  // scored as the pipeline scores them: the unseen-reason cap depends on which cues the fold's fit knows
  const outOfFold = inner.map((s, i) => ({ confidence: calibratedConfidence(asFit({ ...s.weights, map }), data[i]!.raw, data[i]!.cues), right: data[i]!.right, weight: data[i]!.evidence, group: data[i]!.group }));
  const thresholds: ThresholdEstimate[] = thresholdEstimates(outOfFold);
  return { ...weights, ...(map ? { map } : {}), thresholds, outOfFold };
}

/**
 * Out-of-sample probabilities of every fact: each group's facts scored by a full calibration (weights,
 * map) fitted without it, and, per fold, the threshold that calibration would pick for each target,
 * applied to the held-out facts: the honest measure of what choosing a threshold this way delivers.
 */
export function crossValidateCalibration(
  data: readonly GroupedLabelled[],
  folds: number,
  params: CalibrationParams,
  targets: readonly number[] = [],
): { scored: Scored[]; heldOutAtTarget: { target: number; accepted: number; right: number; facts: number }[] } {
  const fold = groupFolds(data, folds);
  const k = Math.max(...fold, 0) + 1;
  const scored = new Array<Scored>(data.length);
  const atTarget = targets.map((target) => ({ target, accepted: 0, right: 0, facts: 0 }));
  for (let f = 0; f < k; f++) {
    const c = fitCalibration(data.filter((_, i) => fold[i] !== f), params);
    const fit = asFit(c);
    const held = data.flatMap((d, i) => (fold[i] === f ? [{ d, i }] : []));
    for (const { d, i } of held) scored[i] = { confidence: calibratedConfidence(fit, d.raw, d.cues), right: d.right, weight: d.evidence, group: d.group };
    for (const t of atTarget) {
      const ok = c.thresholds.filter((r) => (r.precisionLow ?? r.precision) >= t.target).map((r) => r.threshold);
      const threshold = ok.length ? Math.min(...ok) : 1;
      for (const { i } of held) {
        t.facts++;
        if (scored[i]!.confidence >= threshold) {
          t.accepted++;
          if (scored[i]!.right) t.right++;
        }
      }
    }
  }
  return { scored, heldOutAtTarget: atTarget };
}

/** Mean log loss per fact of probabilities against outcomes (lower is better; clipped so one sure miss is finite). */
export function logLoss(xs: readonly Scored[]): number {
  if (!xs.length) return NaN;
  return -xs.reduce((s, x) => s + Math.log(Math.min(1 - 1e-4, Math.max(1e-4, x.right ? x.confidence : 1 - x.confidence))), 0) / xs.length;
}
