import type { ElInfo } from './node-table.ts';

/**
 * Infinite-scroll and "next story" templates render the following story whole below the first: each
 * in its own <article> (or schema.org Article), or in sibling containers of one kind ("div.story"),
 * with headline, byline and paragraphs. The element with the most prose then spans both, and the next
 * story's figures read as this one's. Where the content root holds two or more story-sized stories
 * side by side and exactly one of them holds the page's headline, that one is the story. A live
 * blog's entries (the headline above them, in none), a story's small teaser cards, comments marked
 * up as articles and a long story's own sections (no headline or date of their own) are left alone.
 */

/** Prose a story needs rather than a card: a few sentences. */
const STORY_PROSE = 300;
const HEADINGS = new Set(['h1', 'h2', 'h3']);
const ARTICLE_TYPE = /schema\.org\/\w*(?:Article|BlogPosting)$/i;

const isArticleElement = (n: ElInfo): boolean => n.tag === 'article' || ARTICLE_TYPE.test(n.el.attribs.itemtype ?? '');

function holds(nodes: ElInfo[], i: number, tags: Set<string>): boolean {
  const end = (nodes[i] as ElInfo).end;
  for (let k = i + 1; k < end; k++) if (tags.has((nodes[k] as ElInfo).tag)) return true;
  return false;
}

const isStorySized = (nodes: ElInfo[], i: number): boolean => {
  const n = nodes[i] as ElInfo;
  return !n.removed && n.good >= STORY_PROSE && holds(nodes, i, HEADINGS);
};

/** Outermost article elements under the root (a story's own nested cards are part of it). */
function articleStories(nodes: ElInfo[], rootIdx: number): number[] {
  const stories: number[] = [];
  const end = (nodes[rootIdx] as ElInfo).end;
  for (let i = rootIdx + 1; i < end; i++) {
    const n = nodes[i] as ElInfo;
    if (!n.removed && !isArticleElement(n)) continue;
    if (isStorySized(nodes, i)) stories.push(i);
    i = n.end - 1;
  }
  return stories;
}

const kindOf = (n: ElInfo): string => `${n.tag}.${(n.el.attribs.class ?? '').trim().split(/\s+/)[0] ?? ''}`;
/** A second story says it is one: its own top heading or its own date. A section of one long story does not. */
const STORY_MARKS = new Set(['h1', 'time']);

/**
 * The headline's container among siblings of its own kind that are stories too: walking up from the
 * headline, the first story-sized element whose parent holds another element of the same tag and
 * first class with a story's heading, prose and headline or date of its own.
 */
function siblingStory(nodes: ElInfo[], rootIdx: number): number {
  const headline = nodes.findIndex((n, i) => i > rootIdx && n.tag === 'h1' && n.hasHeadline);
  if (headline < 0) return rootIdx;
  for (let e = (nodes[headline] as ElInfo).parent; e > rootIdx; e = (nodes[e] as ElInfo).parent) {
    if (!isStorySized(nodes, e)) continue;
    const me = nodes[e] as ElInfo;
    const p = nodes[me.parent] as ElInfo;
    for (let k = me.parent + 1; k < p.end; k = (nodes[k] as ElInfo).end) {
      if (k !== e && kindOf(nodes[k] as ElInfo) === kindOf(me) && isStorySized(nodes, k) && holds(nodes, k, STORY_MARKS)) return e;
    }
    return rootIdx;
  }
  return rootIdx;
}

/** The root narrowed to the one story that holds the headline, or the root itself. */
export function ownStory(nodes: ElInfo[], rootIdx: number): number {
  if (nodes[rootIdx] === undefined) return rootIdx;
  const stories = articleStories(nodes, rootIdx);
  if (stories.length < 2) return siblingStory(nodes, rootIdx);
  const own = stories.filter((i) => (nodes[i] as ElInfo).hasHeadline);
  return own.length === 1 ? (own[0] as number) : rootIdx;
}
