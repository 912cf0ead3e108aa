import { sigmoid } from '../../packages/core/src/index.ts';
import { fitLogistic, type LogisticWeights } from '../../packages/extract/src/index.ts';
import type { LabelledCandidate } from './labelled-names.ts';

/** Settings of the name model, fixed before any cross-validated figure was read. */
export interface NameModelOptions {
  l2: number;
  /** A cue must show on this many names, and in this many sites, to get a weight. */
  minCount: number;
  minSites: number;
}

export const NAME_MODEL_OPTIONS: NameModelOptions = { l2: 2, minCount: 3, minSites: 3 };

/** L2 logistic regression over the binary cues of labelled names (the calibration's fitter, with no raw score). */
export function fitNameModel(samples: ReadonlyArray<{ c: LabelledCandidate; site: string }>, o: NameModelOptions = NAME_MODEL_OPTIONS): LogisticWeights {
  const rows = samples.filter((s) => s.c.label !== null).map((s) => ({ raw: 0.5, cues: s.c.cues, right: s.c.label === 1, group: s.site }));
  return fitLogistic(rows, { l2: o.l2, minCount: o.minCount, minGroups: o.minSites, iterations: 2000 });
}

export function nameProbability(w: LogisticWeights, cues: readonly string[]): number {
  let z = w.intercept;
  for (const c of cues) z += w.weights[c] ?? 0;
  return sigmoid(z);
}
