/**
 * pnpm bench:facts — facts of real news pages through the production path (cleaner + extractor, as the
 * pipeline runs them) against blind gold annotations (fixtures/facts-gold: offsets and values; the page
 * text is read from ../shared at run time). Prints per-type P/R/F1 on the test split (sites never used for
 * development), the calibration of confidence on it, and the development split for comparison.
 *
 * Options: --split dev (the development split only: what a developer looks at while changing rules), --threshold T (review threshold,
 * default NEWSFACTS_REVIEW_THRESHOLD or 0.8), --precision P (target precision of auto-accepted facts,
 * default NEWSFACTS_AUTO_ACCEPT_PRECISION or 0.98: the threshold the shipped fit picks for it, and what its out-of-site table expects there), --dev (the development split too), --misses (what the
 * development split's articles miss and find wrongly; never shown for the test split, so that nobody
 * tunes on it), --unseen-names (the development split read again with each article's gold company names
 * hidden from the lists of known companies: company P/R/F1 of the cues alone on names never seen; with
 * --misses, the company misses and spurious names of that reading), --cleaner-loss (per type, gold values
 * whose sentences the cleaned body lacks and extracted values whose sentences the ground-truth body lacks:
 * the errors the page cleaner causes; totals for both splits, the sentences for the development split only), --trade (the trade-and-commodity set of
 * fixtures/trade-gold instead: its test publishers, dev publishers and the shared seed pages; with --misses,
 * the errors of the dev publishers and seeds), --general (the invented general news pages of fixtures/general-gold,
 * served as full HTML: test and dev publishers; with --misses, the dev publishers' errors only; --pages 63-70 only
 * the pages numbered so, to read one batch apart).
 * NEWSFACTS_BENCH_DIR overrides ../shared/bench.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, loadBenchPages } from './bench-clean/bench-data.ts';
import { loadGold } from './bench-facts/gold.ts';
import { scoreArticle, type ArticleScore } from './bench-facts/match.ts';
import { productionFacts } from './bench-facts/production-path.ts';
import { printCalibration, printCompanyRow, printPrf, printTargetPrecision, sumScores } from './bench-facts/report.ts';
import { goldCompanyNames } from './bench-facts/unseen-names.ts';
import { withCrossFittedConfidence } from './bench-facts/cross-fitted.ts';
import { scoreGeneralTest, scoreTradeTest, type ScoredArticle } from './calibrate/labelled-facts.ts';
import { runTradeBench } from './bench-facts/trade-bench.ts';
import { runGeneralBench } from './bench-facts/general-bench.ts';
import { addLoss, articleLoss, emptyTotals, formatLoss, type ArticleLoss } from './bench-facts/cleaner-loss.ts';
import { thresholdForPrecision } from '../packages/core/src/index.ts';
import { SHIPPED_FIT } from '../packages/extract/src/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const threshold = Number(arg('--threshold') ?? process.env.NEWSFACTS_REVIEW_THRESHOLD ?? 0.8);
const target = Number(arg('--precision') ?? process.env.NEWSFACTS_AUTO_ACCEPT_PRECISION ?? 0.98);
const targetThreshold = thresholdForPrecision(SHIPPED_FIT, target);
const expected = SHIPPED_FIT.thresholds.find((r) => r.threshold === targetThreshold);
const devOnly = arg('--split') === 'dev';
const showDev = devOnly || process.argv.includes('--dev') || process.argv.includes('--misses');
const showMisses = process.argv.includes('--misses');
const unseenNames = process.argv.includes('--unseen-names');
const cleanerLoss = process.argv.includes('--cleaner-loss');

function main(): void {
  if (process.argv.includes('--trade')) return runTradeBench(root, showMisses, devOnly);
  if (process.argv.includes('--general')) return runGeneralBench(root, showMisses, devOnly, arg('--pages'));
  const gold = loadGold(root);
  if (gold.length === 0) {
    console.error('no gold annotations found (fixtures/facts-gold/*.json, or NEWSFACTS_GOLD_DIR)');
    process.exitCode = 1;
    return;
  }
  let pages;
  try {
    pages = new Map(loadBenchPages(benchDir(root)).map((p) => [p.id, p]));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  const scores: Record<'dev' | 'test', ArticleScore[]> = { dev: [], test: [] };
  const testSites: string[] = [];
  const unseen: ArticleScore[] = [];
  let notArticle = 0;
  const losses = { dev: emptyTotals(), test: emptyTotals() };
  for (const g of gold) {
    const page = pages.get(g.id);
    if (!page) continue;
    const { facts, isArticle, bodyText } = productionFacts(page.html, page.url);
    if (!isArticle) notArticle++;
    const score = scoreArticle(facts, g.facts, page.truth);
    scores[g.split].push(score);
    if (g.split === 'test') testSites.push(g.site);
    if (cleanerLoss) {
      const loss = articleLoss(g.facts, page.truth, bodyText, score);
      addLoss(losses[g.split], loss.counts);
      // sentences of the development split only: nobody tunes the cleaner on test pages
      if (g.split === 'dev') printLoss(g.id, loss);
    }
    if (showMisses && g.split === 'dev' && !unseenNames) printMisses(g.id, page.truth, score);
    if (unseenNames && g.split === 'dev') {
      const hidden = productionFacts(page.html, page.url, goldCompanyNames(g.facts, page.truth));
      const unseenScore = scoreArticle(hidden.facts.filter((f) => f.type === 'company'), g.facts.filter((f) => f.type === 'company'), page.truth);
      unseen.push(unseenScore);
      if (showMisses) printMisses(g.id, page.truth, unseenScore);
    }
  }
  console.log(`facts bench: ${gold.length} annotated articles (${scores.dev.length} dev, ${scores.test.length} test, split by site); ${notArticle} judged not an article`);
  if (!devOnly) printTest(scores.test, testSites);
  if (showDev) {
    const dev = sumScores(scores.dev);
    printPrf('dev split (used for development: in-sample)', dev);
    printCalibration(dev, threshold);
    printTargetPrecision(dev, target, targetThreshold, expected);
  }
  if (cleanerLoss) {
    const legend = '(gold: required gold values; dropped: those none of whose mentions is left in the cleaned body, (missed) by the pipeline; found: distinct extracted values, optional ones included; leaked: those none of whose mentions is in the ground-truth body, (wrong) by the matcher)';
    const lines = formatLoss('cleaner loss, dev split', losses.dev);
    for (const line of [...(devOnly ? [] : formatLoss('cleaner loss, TEST split (totals only)', losses.test)), ...lines, legend]) console.log(line);
  }
  if (unseenNames) printCompanyRow('dev split, each article\'s gold company names hidden from the known-company lists', sumScores(unseen));
}

function printTest(testScores: ArticleScore[], testSites: string[]): void {
  const test = sumScores(testScores);
  printPrf('TEST split, production path', test);
  const heldOut: ScoredArticle[] = [...testScores.map((score, i) => ({ site: testSites[i]!, set: 'news' as const, score })), ...scoreTradeTest(root), ...scoreGeneralTest(root)];
  const honest = withCrossFittedConfidence(heldOut);
  if (honest.crossFitted) console.log(`\nconfidence on the TEST split cross-fitted by site (the shipped fit is refined on these facts and those of the trade and general sets' test publishers; each site here is scored by a refinement that never saw it):`);
  const testCalibration = sumScores(honest.articles.filter((a) => a.set === 'news').map((a) => a.score));
  printCalibration(testCalibration, threshold);
  printTargetPrecision(testCalibration, target, targetThreshold, expected);
  console.log(`calibration: ${SHIPPED_FIT.version} (${SHIPPED_FIT.source})`);
}
function printLoss(id: string, loss: ArticleLoss): void {
  if (!loss.dropped.length && !loss.leaked.length) return;
  console.log(`\n-- ${id} (cleaner loss)`);
  for (const d of loss.dropped) console.log(`  dropped ${d.type.padEnd(10)}${d.missed ? ' missed' : '       '} ${JSON.stringify(d.sentence.slice(0, 240))}`);
  for (const l of loss.leaked) console.log(`  leaked  ${l.type.padEnd(10)}${l.wrong ? ' wrong ' : '       '} ${JSON.stringify(l.value)} in ${JSON.stringify(l.sentence.slice(0, 240))}`);
}
function printMisses(id: string, body: string, score: ArticleScore): void {
  if (!score.missed.length && !score.spurious.length) return;
  console.log(`\n-- ${id}`);
  for (const m of score.missed) console.log(`  missed   ${m.type.padEnd(10)} ${JSON.stringify(body.slice(m.start, m.end))}  …${JSON.stringify(body.slice(Math.max(0, m.start - 50), m.end + 30))}`);
  for (const f of score.spurious) console.log(`  spurious ${f.type.padEnd(10)} ${JSON.stringify(f.value)}${f.unit ? ' ' + f.unit : ''}  (${f.confidence.toFixed(2)})`);
}
main();
