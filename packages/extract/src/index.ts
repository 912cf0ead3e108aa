/**
 * @newsfacts/extract: article body text -> typed, normalized, located and scored facts (tonnages,
 * percentages, money, dates, companies, countries), plus the lower-level recognizers the benchmark and
 * other callers use. Pure: no I/O, no environment, no clock.
 */
export { EXTRACTOR_VERSION } from './version.ts';
export { extractFacts, type ExtractInput, type ExtractOptions } from './extract-facts.ts';
export { recognizeNumbers, type NumberMention } from './numbers/recognize-numbers.ts';
export { recognizePercentages, type PercentMention } from './quantities/percentages.ts';
export { recognizeWeights, type WeightMention } from './quantities/weights.ts';
export { recognizeMoney, type MoneyMention } from './quantities/money.ts';
export { recognizeDates, type DateMention, type DateOptions } from './dates/recognize-dates.ts';
export { recognizeCountries, type CountryMention } from './entities/countries.ts';
export { recognizeCompanies, type CompanyMention } from './entities/companies.ts';
export { documentCueInput, documentDoubt, extractDocumentFacts, UNSURE_DOCUMENT_FACTOR, type DocumentForFacts } from './facts/document-trust.ts';
export { SHIPPED_FIT } from './calibration/shipped-fit.ts';
export { calibrateFacts } from './calibration/calibrate-facts.ts';
export { factCues, reasonCue, reasonFamilyCue, type CueDoc } from './calibration/fact-cues.ts';
export { fitLogistic, interactionL2Scale, INTERACTION_L2_SCALE, type LabelledCues, type FitOptions, type LogisticWeights } from './calibration/fit-logistic.ts';
export { reviewRanking, formatReviewRanking, type ReviewRanking } from './calibration/review-ranking.ts';
export { reliability, formatReliability, formatThresholdTradeOff, type Reliability, type Scored } from './calibration/reliability.ts';
export { fitIsotonicMap, type ScoredOutcome, type IsotonicOptions } from './calibration/isotonic-map.ts';
export { THRESHOLD_STEPS, thresholdEstimates, poolThresholdEstimates, type WeightedScored } from './calibration/threshold-estimates.ts';
export { crossValidateCalibration, fitCalibration, groupFolds, logLoss, type CalibrationParams, type FittedCalibration, type GroupedLabelled } from './calibration/fit-calibration.ts';
export { crossFitRefinement, refineOnHeldOut, type HeldOutRefinement } from './calibration/held-out-refinement.ts';
