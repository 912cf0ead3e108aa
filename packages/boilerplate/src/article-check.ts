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
export const MIN_BODY_CHARS = 150;
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

/** A body this long, in this many paragraphs, is an article even beside many headline links. */
const DOUBT_PARAGRAPHS = 3;
const DOUBT_CHARS = 800;

export interface ArticleVerdict {
  /** Why the page is not an article, or null when it is one. */
  reason: string | null;
  /** Why the page was kept as an article in doubt (its facts start with lower confidence). */
  doubt: string | null;
}

/** Why the page is not an article, or null when it is one. */
export function notArticleReason(s: ArticleSignals): string | null {
  return judgeArticle(s).reason;
}

/**
 * Article or not, as a classifier that errs towards keeping: a page is dropped only when the signs
 * are clear (an error title over a short body, teasers around a thin body, a body of headline
 * links, too little text). A story with a few related links among real paragraphs is kept, with a
 * doubt noted, since dropping a real article loses all its facts while keeping an index page costs
 * a few low-confidence ones.
 */
export function judgeArticle(s: ArticleSignals): ArticleVerdict {
  const reason = clearReason(s);
  if (reason !== null) return { reason, doubt: null };
  const links = s.droppedHeadlineLinks;
  const { chars, paragraphs } = bodySize(s);
  const ratio = s.declaresArticle ? 1.5 : s.declaresListing ? 0.5 : 0.8;
  if (links >= 4 && links >= ratio * paragraphs) {
    return { reason: null, doubt: `looks like an index page (${links} headline links beside ${paragraphs} paragraphs, ${chars} characters); kept as an article` };
  }
  return { reason: null, doubt: null };
}

function bodySize(s: ArticleSignals): { chars: number; paragraphs: number } {
  const prose = s.blocks.filter((b) => b.kind !== 'heading');
  return {
    chars: prose.reduce((a, b) => a + b.text.length, 0),
    paragraphs: prose.filter((b) => b.kind === 'paragraph' && b.text.length >= 80).length,
  };
}

function clearReason(s: ArticleSignals): string | null {
  const { chars, paragraphs } = bodySize(s);
  if (chars < 1500 && s.titles.some((t) => ERROR_TITLE.test(t))) return 'error page (the title says not found)';
  // A thin body among teaser cards, or a body made of headline links: a section front.
  if (s.teaserCards >= 4 && chars < 600) return `index page (${s.teaserCards} teasers, ${chars} characters of body)`;
  const links = s.droppedHeadlineLinks;
  const ratio = s.declaresArticle ? 1.5 : s.declaresListing ? 0.5 : 0.8;
  const realBody = paragraphs >= DOUBT_PARAGRAPHS && chars >= DOUBT_CHARS;
  if (links >= 4 && links >= ratio * paragraphs && !realBody) return `index page (${links} headline links beside ${paragraphs} paragraphs)`;
  if (chars < MIN_BODY_CHARS) return `too little text (${chars} characters of body)`;
  return null;
}
