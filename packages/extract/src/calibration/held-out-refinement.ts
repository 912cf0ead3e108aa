import { calibratedConfidence, type CalibrationFit } from '@newsfacts/core';
import { groupFolds, type GroupedLabelled } from './fit-calibration.ts';
import { fitLogistic, interactionL2Scale, type LogisticWeights } from './fit-logistic.ts';
import { thresholdEstimates, type WeightedScored } from './threshold-estimates.ts';

/**
 * How a fit learned on the development split is refined on labelled facts from sites the recognizers
 * were never tuned on. The development split's facts flatter every cue (its rules were written against
 * them), so a fit learned there alone is too sure on new sites; facts from untouched sites show how much,
 * type by type, and pull the weights as reviewer decisions do: towards what they show, as far as their
 * number allows.
 */
export interface HeldOutRefinement {
  /** Pull towards the development fit, in labelled facts. */
  strength: number;
  /** Sites a cue must be seen on to move (a cue seen on one site learns its template). */
  minGroups: number;
  /** Folds by site for the cross-fitted scores that report on the refinement and set its thresholds. */
  folds: number;
}

type Prior = LogisticWeights & Pick<CalibrationFit, 'map'>;

const asFit = (w: LogisticWeights, map: CalibrationFit['map']): CalibrationFit => ({ version: 'refined', source: 'refined', ...w, ...(map ? { map } : {}), thresholds: [] });

/** The development fit refined by held-out facts (its map, if any, kept). */
export function refineOnHeldOut(prior: Prior, data: readonly GroupedLabelled[], r: HeldOutRefinement): LogisticWeights {
  return fitLogistic(data, { l2: r.strength, minCount: 1, minGroups: r.minGroups, prior, l2Scale: interactionL2Scale });
}

function scoreWith(w: LogisticWeights, map: CalibrationFit['map'], d: GroupedLabelled): WeightedScored {
  return { confidence: calibratedConfidence(asFit(w, map), d.raw, d.cues), right: d.right, weight: d.evidence, group: d.group };
}

/**
 * Every held-out fact scored by a refinement fitted on the other sites' facts: the honest reliability of
 * the refinement (no fact scores itself). With targets, each fold also picks its threshold for each
 * target from its own training sites (scored the same way, one level down) and applies it to the
 * held-out sites: what choosing a threshold by target precision delivers on sites it never saw.
 */
export function crossFitRefinement(
  prior: Prior,
  data: readonly GroupedLabelled[],
  r: HeldOutRefinement,
  targets: readonly number[] = [],
): { scored: WeightedScored[]; heldOutAtTarget: { target: number; accepted: number; right: number; facts: number }[] } {
  const fold = groupFolds(data, r.folds);
  const k = Math.max(...fold, 0) + 1;
  const scored = new Array<WeightedScored>(data.length);
  const atTarget = targets.map((target) => ({ target, accepted: 0, right: 0, facts: 0 }));
  for (let f = 0; f < k; f++) {
    const train = data.filter((_, i) => fold[i] !== f);
    const w = refineOnHeldOut(prior, train, r);
    const held = data.flatMap((d, i) => (fold[i] === f ? [i] : []));
    for (const i of held) scored[i] = scoreWith(w, prior.map, data[i]!);
    if (!targets.length) continue;
    const table = thresholdEstimates(crossFitRefinement(prior, train, { ...r, folds: Math.max(2, r.folds - 1) }).scored);
    for (const t of atTarget) {
      const ok = table.filter((row) => (row.precisionLow ?? row.precision) >= t.target).map((row) => row.threshold);
      const threshold = ok.length ? Math.min(...ok) : 1;
      for (const i of held) {
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
