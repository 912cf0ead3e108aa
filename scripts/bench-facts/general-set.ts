import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldArticle } from './gold.ts';
import { buildPage } from '../gold/general-page-source.ts';

/** A page of the general news set: its gold also carries the page's address and, when a feed gives one, its feed date. */
export interface GeneralGold extends GoldArticle {
  url: string;
  feed?: string | null;
}

export interface GeneralPage {
  gold: GeneralGold;
  /** The page as a site serves it (its marked source without the marks). */
  html: string;
  /** The story text the gold offsets point into. */
  truth: string;
}

export function generalGoldDir(repoRoot: string): string {
  return join(repoRoot, 'fixtures', 'general-gold');
}

/** The invented general news pages (fixtures/general-gold) with their gold and story texts, split by publisher. */
export function loadGeneralSet(repoRoot: string): GeneralPage[] {
  const base = generalGoldDir(repoRoot);
  return readdirSync(join(base, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(base, 'gold', f), 'utf8')) as GeneralGold;
      return {
        gold,
        html: buildPage(readFileSync(join(base, 'src', `${gold.id}.html`), 'utf8')).html,
        truth: readFileSync(join(base, 'truth', `${gold.id}.txt`), 'utf8'),
      };
    });
}
