import type { Fact } from '../../packages/core/src/index.ts';
import type { GroupedLabelled } from '../../packages/extract/src/index.ts';
import { benchDir, loadBenchPages } from '../bench-clean/bench-data.ts';
import { loadGold } from '../bench-facts/gold.ts';
import { scoreArticle } from '../bench-facts/match.ts';
import { productionFacts } from '../bench-facts/production-path.ts';

export interface SiteLabelled extends GroupedLabelled {
  site: string;
}

/**
 * Every fact the production path finds on the annotated pages of one split, with its raw score, its
 * cues and whether the strict matcher counts it right (facts matching only optional gold are left out),
 * with the mentions of one value in one article counting once together as evidence.
 */
export function labelledFacts(repoRoot: string, split: 'dev' | 'test'): SiteLabelled[] {
  const gold = loadGold(repoRoot).filter((g) => g.split === split);
  if (gold.length === 0) throw new Error('no gold annotations found (fixtures/facts-gold/*.json, or NEWSFACTS_GOLD_DIR)');
  const pages = new Map(loadBenchPages(benchDir(repoRoot)).map((p) => [p.id, p]));
  const out: SiteLabelled[] = [];
  for (const g of gold) {
    const page = pages.get(g.id);
    if (!page) continue;
    const { facts } = productionFacts(page.html, page.url);
    const labelled = scoreArticle(facts, g.facts, page.truth).labelled.filter((l) => l.right !== null);
    // the mentions of one value share its verdict: together they are one observation for the bound on precision
    const mentions = new Map<string, number>();
    const valueKey = (f: Pick<Fact, 'type' | 'value' | 'unit'>) => `${f.type}\u0000${String(f.value)}\u0000${f.unit ?? ''}`;
    for (const l of labelled) mentions.set(valueKey(l.fact), (mentions.get(valueKey(l.fact)) ?? 0) + 1);
    for (const l of labelled) {
      const f = facts.find((x) => x === l.fact)!;
      out.push({ raw: f.rawConfidence ?? f.confidence, cues: f.cues ?? [], right: l.right === true, site: g.site, group: g.site, evidence: 1 / mentions.get(valueKey(f))! });
    }
  }
  return out;
}
