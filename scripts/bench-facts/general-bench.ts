import { scoreArticle, type ArticleScore } from './match.ts';
import { productionFacts } from './production-path.ts';
import { printPrf, sumScores } from './report.ts';
import { loadGeneralSet } from './general-set.ts';
import { printHeldOutCalibration, printMisses } from './trade-bench.ts';

const TITLES = {
  test: 'general news set, TEST publishers, production path',
  dev: 'general news set, dev publishers (for development)',
} as const;

/**
 * `--pages 63-70`: only the pages numbered so (each batch of the set is a run of numbers), to read one batch's
 * figures apart, such as a batch added blind after the rules it measures were written.
 */
function inRange(range: string | undefined): (page: { gold: { id: string } }) => boolean {
  if (!range) return () => true;
  const [from, to = from] = range.split('-').map(Number) as [number, number?];
  return ({ gold }) => {
    const n = Number(/^\d+/.exec(gold.id)?.[0]);
    return n >= from && n <= to;
  };
}

/**
 * pnpm bench:facts --general: the invented general news pages of fixtures/general-gold through the production
 * path, as full HTML pages with their own metadata and the feed date where a feed gives one. Also counts the
 * pages whose publication date the pipeline reads right, since relative dates resolve against it.
 * With --misses, what dev publishers' pages miss and find wrongly (never the test publishers').
 */
export function runGeneralBench(repoRoot: string, showMisses: boolean, devOnly = false, pageRange?: string): void {
  if (pageRange !== undefined && !/^\d+(?:-\d+)?$/.test(pageRange)) {
    console.error(`--pages takes a page number or a range of them, such as 63-70 (got '${pageRange}')`);
    process.exitCode = 1;
    return;
  }
  const pages = loadGeneralSet(repoRoot).filter(inRange(pageRange));
  if (pages.length === 0) {
    console.error('no general gold found (fixtures/general-gold/gold/*.json)');
    process.exitCode = 1;
    return;
  }
  const scores: Record<'test' | 'dev', ArticleScore[]> = { test: [], dev: [] };
  const datedRight = { test: 0, dev: 0 };
  let notArticle = 0;
  for (const { gold, html, truth } of pages) {
    const { facts, isArticle, published } = productionFacts(html, gold.url, undefined, gold.feed ?? null);
    if (!isArticle) notArticle++;
    if (published?.slice(0, 10) === gold.published) datedRight[gold.split]++;
    const score = scoreArticle(facts, gold.facts, truth);
    scores[gold.split].push(score);
    if (showMisses && gold.split === 'dev') {
      if (published?.slice(0, 10) !== gold.published) console.log(`\n-- ${gold.id}: publication date read as ${published ?? 'none'}, the story's is ${gold.published}`);
      printMisses(gold.id, truth, score);
    }
  }
  console.log(`general facts bench: ${pages.length} pages (${scores.test.length} test, ${scores.dev.length} dev, split by publisher); ${notArticle} judged not an article`);
  for (const group of ['test', 'dev'] as const) {
    if ((devOnly && group === 'test') || scores[group].length === 0) continue;
    printPrf(TITLES[group], sumScores(scores[group]));
    console.log(`publication date read right: ${datedRight[group]} of ${scores[group].length} pages`);
  }
  // the cross-fitted reliability is of the whole set's test publishers, not of a range of pages
  if (!devOnly && !pageRange) printHeldOutCalibration(repoRoot, 'general');
}
