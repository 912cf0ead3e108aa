import type { Block } from '@newsfacts/core';

export interface ArticleSignals {
  blocks: Block[];
  /** Every form of the headline the page shows (<title>, <h1>, og:title...). */
  titles: string[];
  declaresArticle: boolean;
  declaresListing: boolean;
  /** Headline-sized all-link blocks dropped inside the content root. */
  droppedHeadlineLinks: number;
  /** Teaser cards (linked headline + summary, repeated) found on the whole page. */
  teaserCards: number;
}

/** Below this much body text there is no article to take facts from. */
const MIN_BODY_CHARS = 150;
/** An error page says so in its title or headline. */
const ERROR_TITLE = new RegExp(
  [
    '\\b(?:error|erro|fehler)\\s*:?\\s*40[0-9]\\b',
    '\\b40[34]\\b\\s*[-:–|.]?\\s*(?:error|not found|page|seite|página|pagina)',
    '\\b(?:page|file|article|story|content|document)\\s+(?:was\\s+)?not\\s+found\\b',
    '^not found\\b',
    "\\bpage\\b.{0,40}\\b(?:can(?:'|’)?t|cannot|could not|couldn(?:'|’)t)\\s+be\\s+found\\b",
    "\\b(?:page|article|story|content)\\s+(?:is\\s+)?(?:no longer available|does(?: not|n(?:'|’)t) exist|missing|unavailable)\\b",
    'página no encontrada|página não encontrada|seite nicht gefunden|page introuvable|pagina non trovata',
  ].join('|'),
  'i',
);

/** Why the page is not an article, or null when it is one. */
export function notArticleReason(s: ArticleSignals): string | null {
  const prose = s.blocks.filter((b) => b.kind !== 'heading');
  const chars = prose.reduce((a, b) => a + b.text.length, 0);
  if (chars < 1500 && s.titles.some((t) => ERROR_TITLE.test(t))) return 'error page (the title says not found)';
  const paragraphs = prose.filter((b) => b.kind === 'paragraph' && b.text.length >= 80).length;
  // A thin body among teaser cards, or a body made of headline links: a section front.
  if (s.teaserCards >= 4 && chars < 600) return `index page (${s.teaserCards} teasers, ${chars} characters of body)`;
  const links = s.droppedHeadlineLinks;
  const ratio = s.declaresArticle ? 1.5 : s.declaresListing ? 0.5 : 0.8;
  if (links >= 4 && links >= ratio * paragraphs) return `index page (${links} headline links beside ${paragraphs} paragraphs)`;
  if (chars < MIN_BODY_CHARS) return `too little text (${chars} characters of body)`;
  return null;
}
