import type { Fact } from '../../packages/core/src/index.ts';
import type { GroupedLabelled } from '../../packages/extract/src/index.ts';
import { benchDir, loadBenchPages } from '../bench-clean/bench-data.ts';
import type { GoldFact } from '../bench-facts/gold.ts';
import { loadGold } from '../bench-facts/gold.ts';
import { scoreArticle, type ArticleScore, type PredictedFact } from '../bench-facts/match.ts';
import { productionFacts } from '../bench-facts/production-path.ts';
import { loadTradeSet, textAsHtml, tradePageUrl } from '../bench-facts/trade-set.ts';
import { loadGeneralSet } from '../bench-facts/general-set.ts';

export interface SiteLabelled extends GroupedLabelled {
  site: string;
}

/** One annotated article through the production path: its site, what it scored, and which set it is from. */
export interface ScoredArticle {
  site: string;
  set: 'news' | 'trade' | 'general';
  score: ArticleScore;
}

/**
 * The labelled facts of scored articles (facts matching only optional gold are left out), with the
 * mentions of one value in one article counting once together as evidence; the order is the articles'
 * and then their facts', so anyone who scores the same articles gets the same list (and the same folds).
 */
export function labelledFromScores(articles: readonly ScoredArticle[]): SiteLabelled[] {
  const out: SiteLabelled[] = [];
  for (const a of articles) {
    const labelled = a.score.labelled.filter((l) => l.right !== null);
    const mentions = new Map<string, number>();
    const valueKey = (f: Pick<Fact, 'type' | 'value' | 'unit'> | PredictedFact) => `${f.type}\u0000${String(f.value)}\u0000${f.unit ?? ''}`;
    for (const l of labelled) mentions.set(valueKey(l.fact), (mentions.get(valueKey(l.fact)) ?? 0) + 1);
    for (const l of labelled) {
      const f = l.fact;
      out.push({ raw: f.rawConfidence ?? f.confidence, cues: f.cues ?? [], right: l.right === true, site: a.site, group: a.site, evidence: 1 / mentions.get(valueKey(f))! });
    }
  }
  return out;
}

/** The real news pages of one split of the facts benchmark, scored through the production path. */
export function scoreNewsSplit(repoRoot: string, split: 'dev' | 'test'): ScoredArticle[] {
  const gold = loadGold(repoRoot).filter((g) => g.split === split);
  if (gold.length === 0) throw new Error('no gold annotations found (fixtures/facts-gold/*.json, or NEWSFACTS_GOLD_DIR)');
  const pages = new Map(loadBenchPages(benchDir(repoRoot)).map((p) => [p.id, p]));
  const out: ScoredArticle[] = [];
  for (const g of gold) {
    const page = pages.get(g.id);
    if (!page) continue;
    out.push({ site: g.site, set: 'news', score: scoreArticle(productionFacts(page.html, page.url).facts, g.facts as GoldFact[], page.truth) });
  }
  return out;
}

/** The trade set's test publishers (invented pages nobody tunes on), scored through the production path. */
export function scoreTradeTest(repoRoot: string): ScoredArticle[] {
  return loadTradeSet(repoRoot)
    .pages.filter((p) => p.group === 'test')
    .map((p) => ({
      site: `trade:${p.gold.site}`,
      set: 'trade' as const,
      score: scoreArticle(productionFacts(textAsHtml(p.text), tradePageUrl(p.gold), undefined, p.gold.published).facts, p.gold.facts, p.text),
    }));
}

/** The general news set's test publishers (invented full HTML pages nobody tunes on), scored through the production path. */
export function scoreGeneralTest(repoRoot: string): ScoredArticle[] {
  return loadGeneralSet(repoRoot)
    .filter((p) => p.gold.split === 'test')
    .map((p) => ({
      site: `general:${p.gold.site}`,
      set: 'general' as const,
      score: scoreArticle(productionFacts(p.html, p.gold.url, undefined, p.gold.feed ?? null).facts, p.gold.facts, p.truth),
    }));
}

/**
 * Every fact the production path finds on the annotated pages of one split, with its raw score, its
 * cues and whether the strict matcher counts it right.
 */
export function labelledFacts(repoRoot: string, split: 'dev' | 'test'): SiteLabelled[] {
  return labelledFromScores(scoreNewsSplit(repoRoot, split));
}

/**
 * The facts of every site nobody wrote or tuned a rule on: the real news test split, then the test
 * publishers of the trade set and of the general news set. The shipped calibration is refined on them
 * (cross-fitted when reported).
 */
export function heldOutArticles(repoRoot: string): ScoredArticle[] {
  return [...scoreNewsSplit(repoRoot, 'test'), ...scoreTradeTest(repoRoot), ...scoreGeneralTest(repoRoot)];
}
