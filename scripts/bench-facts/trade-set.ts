import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldArticle } from './gold.ts';

/**
 * The trade-and-commodity set (fixtures/trade-gold): invented pages with blind gold, split by publisher,
 * plus blind gold for the seed pages whose text stays in ../shared/seeds (not redistributable).
 */
export type TradeGroup = 'test' | 'dev' | 'seeds';

export interface TradePage {
  gold: GoldArticle;
  group: TradeGroup;
  /** The page's text, which the gold offsets point into. */
  text: string;
}

export function seedsDir(repoRoot: string): string {
  return resolve(process.env.NEWSFACTS_SEEDS_DIR ?? join(repoRoot, '..', 'shared', 'seeds'));
}

const readGold = (dir: string): GoldArticle[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle)
    : [];

/** The invented pages with their gold, and the seeds whose text is present (`missingSeeds` counts the others). */
export function loadTradeSet(repoRoot: string): { pages: TradePage[]; missingSeeds: number; seedsDir: string } {
  const base = join(repoRoot, 'fixtures', 'trade-gold');
  const pages: TradePage[] = readGold(join(base, 'gold')).map((gold) => ({
    gold,
    group: gold.split,
    text: readFileSync(join(base, 'pages', `${gold.id}.txt`), 'utf8'),
  }));
  const dir = seedsDir(repoRoot);
  let missingSeeds = 0;
  for (const gold of readGold(join(base, 'seed-gold'))) {
    const file = join(dir, `${gold.id}.txt`);
    if (!existsSync(file)) {
      missingSeeds++;
      continue;
    }
    pages.push({ gold, group: 'seeds', text: readFileSync(file, 'utf8') });
  }
  return { pages, missingSeeds, seedsDir: dir };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The pipeline reads pages only as HTML (article fetches accept text/html and XHTML), so a page known by
 * its text is given to it the plainest way a site could serve it: each non-empty line one paragraph of
 * a page with no title, metadata or markup hints. The cleaner then has to find the story by itself.
 */
export function textAsHtml(text: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/** A stable made-up address per page: the cleaner and the extractor read the URL (site, path words). */
export function tradePageUrl(gold: GoldArticle): string {
  const host = gold.site.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `https://${host}.example/news/${gold.id}`;
}
