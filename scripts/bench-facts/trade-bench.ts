import { scoreArticle, type ArticleScore } from './match.ts';
import { productionFacts } from './production-path.ts';
import { heldOutArticles } from '../calibrate/labelled-facts.ts';
import { withCrossFittedConfidence } from './cross-fitted.ts';
import { printCalibration, printPrf, sumScores } from './report.ts';
import { loadTradeSet, textAsHtml, tradePageUrl, type TradeGroup } from './trade-set.ts';

const TITLES: Record<TradeGroup, string> = {
  test: 'trade set, TEST publishers, production path',
  dev: 'trade set, dev publishers (for development)',
  seeds: 'trade set, shared seed pages (dev)',
};

/**
 * pnpm bench:facts --trade: the trade-and-commodity set through the production path. Each page is given
 * as HTML (textAsHtml) with its publication date as a feed item would carry it, since the bare page
 * holds no date metadata. With --misses, what dev publishers' and seed pages miss and find wrongly.
 */
export function runTradeBench(repoRoot: string, showMisses: boolean, devOnly = false): void {
  const { pages, missingSeeds, seedsDir } = loadTradeSet(repoRoot);
  if (pages.length === 0) {
    console.error('no trade gold found (fixtures/trade-gold/gold/*.json)');
    process.exitCode = 1;
    return;
  }
  const scores: Record<TradeGroup, ArticleScore[]> = { test: [], dev: [], seeds: [] };
  let notArticle = 0;
  for (const page of pages) {
    const { facts, isArticle } = productionFacts(textAsHtml(page.text), tradePageUrl(page.gold), undefined, page.gold.published);
    if (!isArticle) notArticle++;
    const score = scoreArticle(facts, page.gold.facts, page.text);
    scores[page.group].push(score);
    if (showMisses && page.group !== 'test') printMisses(page.gold.id, page.text, score);
  }
  console.log(`trade facts bench: ${pages.length} pages (${scores.test.length} test, ${scores.dev.length} dev, ${scores.seeds.length} seeds, split by publisher); ${notArticle} judged not an article`);
  if (missingSeeds) console.log(`seed pages: ${missingSeeds} skipped, their text is not in ${seedsDir} (set NEWSFACTS_SEEDS_DIR)`);
  for (const group of ['test', 'dev', 'seeds'] as const) if (scores[group].length && !(devOnly && group === 'test')) printPrf(TITLES[group], sumScores(scores[group]));
  if (!devOnly) printHeldOutCalibration(repoRoot);
}

/** The calibration of one invented set's test publishers' facts, cross-fitted by site like the news test split's. */
export function printHeldOutCalibration(repoRoot: string, set: 'trade' | 'general' = 'trade'): void {
  let articles;
  try {
    articles = heldOutArticles(repoRoot);
  } catch (error) {
    console.log(`\n(no cross-fitted calibration: ${(error as Error).message})`);
    return;
  }
  const honest = withCrossFittedConfidence(articles);
  if (!honest.crossFitted) return;
  console.log(`\nconfidence on the ${set} TEST publishers, cross-fitted by site (each scored by a refinement that never saw it):`);
  printCalibration(sumScores(honest.articles.filter((a) => a.set === set).map((a) => a.score)), Number(process.env.NEWSFACTS_REVIEW_THRESHOLD ?? 0.8));
}

export function printMisses(id: string, text: string, score: ArticleScore): void {
  if (!score.missed.length && !score.spurious.length) return;
  console.log(`\n-- ${id}`);
  for (const m of score.missed) console.log(`  missed   ${m.type.padEnd(10)} ${JSON.stringify(text.slice(m.start, m.end))}  …${JSON.stringify(text.slice(Math.max(0, m.start - 50), m.end + 30))}`);
  for (const f of score.spurious) console.log(`  spurious ${f.type.padEnd(10)} ${JSON.stringify(f.value)}${f.unit ? ' ' + f.unit : ''}  (${f.confidence.toFixed(2)})`);
}
