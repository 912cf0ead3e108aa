import type { ElInfo } from './node-table.ts';

/** Weight of link/furniture text against prose when a wrapper grows to take in more of the page. */
const BAD_WEIGHT = 0.7;
/** Short labels (bylines, headings, dates) cost little: articles have some too. */
const NEUTRAL_WEIGHT = 0.1;
/** An element a template calls the article body (itemprop=articleBody, "entry-content") is trusted more. */
const HINT_BONUS = 1.15;

/** A paragraph is part of an article, never the article: its container is the candidate, so that
 * the short paragraphs beside a long one come along. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'pre', 'figcaption']);

/** Holding the headline is worth this many characters of prose: it decides between a short news
 * brief under its headline and a wordier "About us" box beside it, and little else. */
const HEADLINE_BONUS = 200;

export function rootScore(n: ElInfo): number {
  return n.good * (n.hint ? HINT_BONUS : 1) - BAD_WEIGHT * n.bad - NEUTRAL_WEIGHT * n.neutral +
    (n.hasHeadline ? HEADLINE_BONUS : 0);
}

/** Marks the headline elements (an <h1> whose text is the title) and their ancestors. */
export function markHeadline(nodes: ElInfo[], headlines: number[]): void {
  for (const h of headlines) {
    for (let k = h; k >= 0 && !(nodes[k] as ElInfo).hasHeadline; k = (nodes[k] as ElInfo).parent) {
      (nodes[k] as ElInfo).hasHeadline = true;
    }
  }
}

/**
 * The element whose subtree holds the article: the one with the most prose net of the link text and
 * furniture it also takes in. Growing from the article body to its parent pays only when the parent
 * adds more prose (a second body part after an ad slot) than junk (sidebar, teaser grid). Ties go to
 * the deeper element. Returns -1 when the page has no prose at all.
 */
export function chooseContentRoot(nodes: ElInfo[]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ElInfo;
    if (n.removed || n.inline || n.good <= 0 || PARAGRAPH_TAGS.has(n.tag)) continue;
    const s = rootScore(n);
    if (s >= bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}
