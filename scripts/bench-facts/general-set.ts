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

/** The story's first block: every page of the set is marked from its headline down. */
export function headlineOf(truth: string): string {
  return truth.split('\n\n', 1)[0]!;
}

/**
 * FACT-CONVENTIONS makes a headline's facts optional: a value the headline alone states is neither
 * required nor wrong, and one the story repeats stays required through its other mentions.
 */
function withHeadlineOptional(gold: GeneralGold, truth: string): GeneralGold {
  const end = headlineOf(truth).length;
  return { ...gold, facts: gold.facts.map((f) => (f.start < end && !f.optional ? { ...f, optional: true } : f)) };
}

/** The invented general news pages (fixtures/general-gold) with their gold and story texts, split by publisher. */
export function loadGeneralSet(repoRoot: string): GeneralPage[] {
  const base = generalGoldDir(repoRoot);
  return readdirSync(join(base, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const annotated = JSON.parse(readFileSync(join(base, 'gold', f), 'utf8')) as GeneralGold;
      const truth = readFileSync(join(base, 'truth', `${annotated.id}.txt`), 'utf8');
      return {
        gold: withHeadlineOptional(annotated, truth),
        html: buildPage(readFileSync(join(base, 'src', `${annotated.id}.html`), 'utf8')).html,
        truth,
      };
    });
}
