import type { ElInfo } from './node-table.ts';

/**
 * Infinite-scroll and "next story" templates render the following story whole below the first, each
 * in its own <article> (or schema.org Article) with headline, byline and paragraphs. The element
 * with the most prose then spans both, and the next story's figures read as this one's. Where the
 * content root holds two or more story-sized articles side by side and exactly one of them holds the
 * page's headline, that one is the story. A live blog's entries (the headline above them, in none),
 * a story's small teaser cards and comments marked up as articles are left alone.
 */

/** Prose an article needs to be a story rather than a card: a few sentences. */
const STORY_PROSE = 300;
const HEADINGS = new Set(['h1', 'h2', 'h3']);
const ARTICLE_TYPE = /schema\.org\/\w*(?:Article|BlogPosting)$/i;

const isArticleElement = (n: ElInfo): boolean => n.tag === 'article' || ARTICLE_TYPE.test(n.el.attribs.itemtype ?? '');

function holdsHeading(nodes: ElInfo[], i: number): boolean {
  const end = (nodes[i] as ElInfo).end;
  for (let k = i + 1; k < end; k++) if (HEADINGS.has((nodes[k] as ElInfo).tag)) return true;
  return false;
}

/** The root narrowed to the one story that holds the headline, or the root itself. */
export function ownStory(nodes: ElInfo[], rootIdx: number): number {
  const root = nodes[rootIdx];
  if (root === undefined) return rootIdx;
  const stories: number[] = [];
  for (let i = rootIdx + 1; i < root.end; i++) {
    const n = nodes[i] as ElInfo;
    if (!n.removed && !isArticleElement(n)) continue;
    // Outermost articles only: a story's own nested cards are part of it.
    if (!n.removed && n.good >= STORY_PROSE && holdsHeading(nodes, i)) stories.push(i);
    i = n.end - 1;
  }
  if (stories.length < 2) return rootIdx;
  const own = stories.filter((i) => (nodes[i] as ElInfo).hasHeadline);
  return own.length === 1 ? (own[0] as number) : rootIdx;
}
