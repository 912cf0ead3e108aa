import { createHash } from 'node:crypto';
import { calibratedConfidence, thresholdForPrecision, type CalibrationFit } from '@newsfacts/core';
import { fitLogistic, reliability, SHIPPED_FIT, thresholdTable, type Reliability } from '@newsfacts/extract';
import { latestFit, liveScoredFacts, rescoreFacts, reviewLabels, saveFit, type Store } from '@newsfacts/store';

/**
 * How far reviewer decisions may pull the shipped fit: the weight of the prior, in labelled facts. A
 * cue seen on a handful of reviews moves a little; one that reviewers reject hundreds of times moves
 * as far as they show.
 */
export const PRIOR_STRENGTH = 5;

export interface RefitOptions {
  dryRun: boolean;
  rescore: boolean;
  reviewThreshold: number;
  autoAcceptPrecision: number | null;
  /** The fit shipped with the extractor: the prior that reviews refine. */
  shipped?: CalibrationFit;
}

export interface RefitReport {
  version: string;
  previousVersion: string;
  stored: boolean;
  labelled: number;
  wrong: number;
  /** Threshold in use before and after (the target precision's, or the configured one). */
  thresholdBefore: number;
  threshold: number;
  target: number | null;
  /** Reviewed facts with the confidence they had, then with the new fit (in-sample: they trained it). */
  before: Reliability;
  after: Reliability;
  /** Live stored facts under the new fit: how many, estimated precision of the accepted, share to review. */
  population: { facts: number; estimatedPrecision: number; reviewShare: number };
  moved: { cue: string; from: number; to: number }[];
  rescored: { rescored: number; accepted: number; pending: number } | null;
  fit: CalibrationFit;
}

const thresholdFor = (fit: CalibrationFit, o: RefitOptions) => (o.autoAcceptPrecision != null ? thresholdForPrecision(fit, o.autoAcceptPrecision) : o.reviewThreshold);

/**
 * Refits the calibration from the reviewer decisions in the store, with the shipped fit as the prior
 * (always the shipped one, so refitting twice on the same reviews gives the same fit), stores it as the
 * newest fit unless dry-run, and re-scores the stored facts when asked.
 */
export async function refitFromReviews(store: Store, options: RefitOptions): Promise<RefitReport> {
  const shipped = options.shipped ?? SHIPPED_FIT;
  const current = (await latestFit(store.db)) ?? shipped;
  const labels = await reviewLabels(store.db);
  const weights = fitLogistic(labels.map((l) => ({ raw: l.raw, cues: l.cues, right: l.right })), { l2: PRIOR_STRENGTH, minCount: 1, prior: shipped });
  const probe: CalibrationFit = { version: '', source: '', ...weights, thresholds: [] };
  const population: number[] = [];
  for await (const page of liveScoredFacts(store.db)) for (const f of page) population.push(calibratedConfidence(probe, f.raw, f.cues));
  const thresholds = population.length > 0 ? thresholdTable(population) : shipped.thresholds;
  const digest = createHash('sha256').update(JSON.stringify({ ...weights, thresholds })).digest('hex').slice(0, 10);
  const fit: CalibrationFit = {
    version: `reviews-${labels.length}-${digest}`,
    source: `${shipped.version} refined by ${labels.length} reviewer decisions over ${population.length} stored facts`,
    ...weights,
    thresholds,
  };
  const thresholdBefore = thresholdFor(current, options);
  const threshold = thresholdFor(fit, options);
  const accepted = population.filter((c) => c >= threshold);
  const moved = [...new Set([...Object.keys(shipped.weights), ...Object.keys(fit.weights)])]
    .map((cue) => ({ cue, from: shipped.weights[cue] ?? 0, to: fit.weights[cue] ?? 0 }))
    .filter((m) => Math.abs(m.to - m.from) >= 0.01)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
    .slice(0, 10);
  if (!options.dryRun) await saveFit(store.db, fit, labels.length);
  const rescored = options.rescore && !options.dryRun ? await rescoreFacts(store.db, fit, threshold) : null;
  return {
    version: fit.version,
    previousVersion: current.version,
    stored: !options.dryRun,
    labelled: labels.length,
    wrong: labels.filter((l) => !l.right).length,
    thresholdBefore,
    threshold,
    target: options.autoAcceptPrecision,
    before: reliability(labels.map((l) => ({ confidence: l.confidence, right: l.right })), thresholdBefore),
    after: reliability(labels.map((l) => ({ confidence: calibratedConfidence(fit, l.raw, l.cues), right: l.right })), threshold),
    population: {
      facts: population.length,
      estimatedPrecision: accepted.length ? accepted.reduce((s, c) => s + c, 0) / accepted.length : NaN,
      reviewShare: population.length ? 1 - accepted.length / population.length : NaN,
    },
    moved,
    rescored,
    fit,
  };
}
