import { createHash } from 'node:crypto';
import { calibratedConfidence, thresholdForPrecision, type CalibrationFit } from '@newsfacts/core';
import { fitCalibration, interactionL2Scale, poolThresholdEstimates, reliability, SHIPPED_FIT, type Reliability } from '@newsfacts/extract';
import { latestFit, liveScoredFacts, rescoreFacts, reviewLabels, saveFit, type Store } from '@newsfacts/store';

/**
 * How far reviewer decisions may pull the shipped fit: the weight of the prior, in labelled facts. A
 * cue seen on a handful of reviews moves a little; one that reviewers reject hundreds of times moves
 * as far as they show.
 */
export const PRIOR_STRENGTH = 5;
/** Folds (by article) in which reviewed facts are scored by refits that did not see them, for the threshold table. */
export const REVIEW_FOLDS = 5;

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
  /** Reviewed facts each scored by a refit on the other articles' reviews: the honest view of the new fit. */
  outOfSample: Reliability;
  /**
   * What the threshold is expected to give, from labelled facts scored out of sample (the shipped set's
   * and the reviews', pooled): precision, its lower bound, and the share of stored facts sent to review.
   */
  expected: { precision: number; precisionLow: number; labelled: number; reviewShare: number } | null;
  /** Live stored facts under the new fit: how many, estimated auto-accept precision (mean confidence), share to review. */
  population: { facts: number; estimatedPrecision: number; reviewShare: number };
  moved: { cue: string; from: number; to: number }[];
  rescored: { rescored: number; accepted: number; pending: number } | null;
  fit: CalibrationFit;
}

const thresholdFor = (fit: CalibrationFit, o: RefitOptions) => (o.autoAcceptPrecision != null ? thresholdForPrecision(fit, o.autoAcceptPrecision) : o.reviewThreshold);

/**
 * Refits the calibration from the reviewer decisions in the store, with the shipped fit as the prior
 * (always the shipped one, so refitting twice on the same reviews gives the same fit) and its isotonic
 * map kept, stores it as the newest fit unless dry-run, and re-scores the stored facts when asked.
 * The threshold table pools the shipped set's out-of-site evidence with the reviews' out-of-article
 * evidence, so a target precision is met by what labelled facts showed, with a margin for how few.
 */
export async function refitFromReviews(store: Store, options: RefitOptions): Promise<RefitReport> {
  const shipped = options.shipped ?? SHIPPED_FIT;
  const current = (await latestFit(store.db)) ?? shipped;
  const labels = await reviewLabels(store.db);
  const data = labels.map((l) => ({ raw: l.raw, cues: l.cues, right: l.right, group: String(l.articleId) }));
  const fitted = fitCalibration(data, { l2: PRIOR_STRENGTH, minCount: 1, prior: shipped, isotonic: false, keepMap: shipped.map, innerFolds: REVIEW_FOLDS, l2Scale: interactionL2Scale });
  const probe: CalibrationFit = { version: '', source: '', intercept: fitted.intercept, rawWeight: fitted.rawWeight, weights: fitted.weights, ...(fitted.map ? { map: fitted.map } : {}), thresholds: [] };
  const population: number[] = [];
  for await (const page of liveScoredFacts(store.db)) for (const f of page) population.push(calibratedConfidence(probe, f.raw, f.cues));
  const thresholds = poolThresholdEstimates(shipped.thresholds, fitted.thresholds, population.length ? population : undefined);
  const digest = createHash('sha256').update(JSON.stringify({ ...probe, thresholds })).digest('hex').slice(0, 10);
  const fit: CalibrationFit = {
    ...probe,
    version: `reviews-${labels.length}-${digest}`,
    source: `${shipped.version} refined by ${labels.length} reviewer decisions over ${population.length} stored facts`,
    thresholds,
  };
  const thresholdBefore = thresholdFor(current, options);
  const threshold = thresholdFor(fit, options);
  const accepted = population.filter((c) => c >= threshold);
  const row = fit.thresholds.find((r) => r.threshold === threshold);
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
    outOfSample: reliability(fitted.outOfFold, threshold),
    expected: row ? { precision: row.precision, precisionLow: row.precisionLow ?? row.precision, labelled: row.accepted ?? 0, reviewShare: row.reviewShare } : null,
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
