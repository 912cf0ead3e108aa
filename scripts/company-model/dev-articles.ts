import { benchDir, loadBenchPages } from '../bench-clean/bench-data.ts';
import { loadGold, type GoldFact } from '../bench-facts/gold.ts';
import { loadGeneralSet } from '../bench-facts/general-set.ts';
import { loadTradeSet, textAsHtml, tradePageUrl } from '../bench-facts/trade-set.ts';

/** One development article of any of the three annotated sets, as the production path is given it. */
export interface DevArticle {
  id: string;
  /** The publisher: the unit the cross-validation holds out together. */
  site: string;
  set: 'news' | 'general' | 'trade';
  html: string;
  url: string;
  feedPublished: string | null;
  gold: GoldFact[];
  /** The text the gold offsets point into. */
  goldBody: string;
}

/**
 * The development articles only: the real news dev split, the general set's dev publishers and the trade
 * set's dev publishers. Test pages are dropped before anything reads them.
 */
export function loadDevArticles(root: string): DevArticle[] {
  const out: DevArticle[] = [];
  const devNews = loadGold(root).filter((g) => g.split === 'dev');
  const wanted = new Set(devNews.map((g) => g.id));
  const pages = new Map(loadBenchPages(benchDir(root)).filter((p) => wanted.has(p.id)).map((p) => [p.id, p]));
  for (const g of devNews) {
    const page = pages.get(g.id);
    if (page) out.push({ id: g.id, site: `news:${g.site}`, set: 'news', html: page.html, url: page.url, feedPublished: null, gold: g.facts, goldBody: page.truth });
  }
  for (const { gold, html, truth } of loadGeneralSet(root)) {
    if (gold.split !== 'dev') continue;
    out.push({ id: gold.id, site: `general:${gold.site}`, set: 'general', html, url: gold.url, feedPublished: gold.feed ?? null, gold: gold.facts, goldBody: truth });
  }
  for (const page of loadTradeSet(root).pages) {
    if (page.group !== 'dev') continue;
    out.push({ id: page.gold.id, site: `trade:${page.gold.site}`, set: 'trade', html: textAsHtml(page.text), url: tradePageUrl(page.gold), feedPublished: page.gold.published, gold: page.gold.facts, goldBody: page.text });
  }
  return out;
}
