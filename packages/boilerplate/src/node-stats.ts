import { furnitureNames, type Family } from './boilerplate-patterns.ts';
import type { ElInfo } from './node-table.ts';

interface BlockClass {
  good: number;
  bad: number;
  neutral: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Prose (sentences, few links) is good; link lists are bad; short labels and headings are neutral. */
export function classifyBlock(own: ElInfo['own'], tag: string, out: BlockClass): void {
  out.good = 0;
  out.bad = 0;
  out.neutral = 0;
  const c = own.chars;
  if (c === 0) return;
  const ld = own.links / c;
  if (ld > 0.5) out.bad = c;
  else if (!HEADINGS.has(tag) && c >= 40 && (own.stops >= 1 || own.commas >= 2 || c >= 150)) {
    out.good = c - own.links;
    out.bad = own.links;
  } else out.neutral = c;
}

/** A picture with links tucked inside a sentence's markup (a person's pop-up card): not the
 * sentence's text, though it sits in the middle of it. */
function isHoverCard(n: ElInfo): boolean {
  return n.tag !== 'a' && n.imgs > 0 && n.own.chars >= 40 && n.own.links >= 0.7 * n.own.chars;
}

function isHeadlineLink(own: ElInfo['own']): boolean {
  return own.chars >= 15 && own.chars <= 250 && own.links > 0.5 * own.chars;
}

/** A linked headline with at most a short summary: the shape of a teaser, whatever its markup. */
function isCardLike(n: ElInfo): boolean {
  return !n.inline && n.headlineLinks >= 1 && n.headlineLinks <= 2 && n.proseBlocks === 1 && n.rawGood <= 600;
}

/** Share of the page's prose above which a boilerplate-looking wrapper is trusted to be the article. */
const GUARD_SHARE = 0.6;
/** Families that hold prose of their own (comments, consent texts, pop-ups): trusted only when the
 * wrapper also holds the headline or an element marked as the article body. */
const PROSE_FAMILIES = new Set<Family>(['comments', 'consent', 'overlay', 'promo', 'hidden']);

/** Furniture that repeats with prose of its own by nature (a comment per reader), or whose marks
 * decide where text goes rather than whether: never trusted for repeating. */
const NEVER_REPEATED_STORY = new Set<Family>(['comments', 'hidden', 'caption']);
/** A paragraph component repeats at least this often; fewer blocks are judged one by one. */
const MIN_REPEATS = 3;
/** Link text a block of running prose may hold (a company's page linked from its name). */
const PROSE_LINK_SHARE = 0.3;

/** The nearest element holding every one of `members` (indices in document order). */
function commonAncestor(nodes: ElInfo[], members: number[]): number {
  const lastEnd = (nodes[members[members.length - 1] as number] as ElInfo).end;
  let a = members[0] as number;
  while (a > 0 && (nodes[a] as ElInfo).end < lastEnd) a = (nodes[a] as ElInfo).parent;
  return a;
}

/**
 * Blocks that share a furniture-looking class name and together hold most of the page's prose are
 * the story's own blocks: a template that wraps each paragraph in a component whose name happens to
 * contain a furniture word ("subscription-text" on every paragraph a subscriber reads). One such
 * block alone is judged by the wrapper rule; here each block must read as prose (no headline links,
 * few links), so teaser cards never qualify, and as for single wrappers, families that hold prose of
 * their own are trusted only when the blocks sit under the headline or a marked body.
 */
function trustRepeatedProse(nodes: ElInfo[], totalGood: number): void {
  const groups = new Map<string, { family: Family; members: number[] }>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ElInfo;
    if (n.family === null || NEVER_REPEATED_STORY.has(n.family)) continue;
    for (const [name, family] of furnitureNames(n.el.attribs)) {
      if (NEVER_REPEATED_STORY.has(family)) continue;
      const g = groups.get(name);
      if (g) g.members.push(i);
      else groups.set(name, { family, members: [i] });
    }
  }
  for (const { family, members } of groups.values()) {
    const outermost: number[] = [];
    let end = -1;
    for (const i of members) {
      if (i < end) continue;
      outermost.push(i);
      end = (nodes[i] as ElInfo).end;
    }
    if (outermost.length < MIN_REPEATS) continue;
    let good = 0;
    let prose = true;
    for (const i of outermost) {
      const n = nodes[i] as ElInfo;
      if (n.headlineLinks > 0 || n.subLinks > PROSE_LINK_SHARE * n.subChars) prose = false;
      good += n.rawGood;
    }
    if (!prose || good < GUARD_SHARE * totalGood) continue;
    if (PROSE_FAMILIES.has(family) && !(nodes[commonAncestor(nodes, outermost)] as ElInfo).marked) continue;
    for (const i of members) (nodes[i] as ElInfo).family = null;
  }
}

/**
 * Fills in the statistics of the table, bottom-up, in three linear passes: text per block and per
 * subtree; which boilerplate marks to trust (and which teaser cards to add); the same totals with
 * furniture counted as bad. Returns the number of teaser cards found.
 */
export function computeStats(nodes: ElInfo[]): number {
  const cls: BlockClass = { good: 0, bad: 0, neutral: 0 };
  // Pass 1 (children before parents): inline text joins the enclosing block; raw subtree totals.
  let totalGood = 0;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i] as ElInfo;
    const p = nodes[n.parent];
    if (n.end <= i) n.end = i + 1;
    if (n.inline && n.family === null && isHoverCard(n)) n.family = 'related';
    if (n.inline && p && n.family === null) {
      p.own.chars += n.own.chars;
      p.own.links += n.own.links;
      p.own.stops += n.own.stops;
      p.own.commas += n.own.commas;
    } else {
      classifyBlock(n.own, n.tag, cls);
      n.subChars += n.own.chars;
      n.subLinks += n.own.links;
      n.rawGood += cls.good;
      if (isHeadlineLink(n.own)) n.headlineLinks++;
      if (cls.good > 0) n.proseBlocks++;
    }
    if (n.tag === 'h1' || n.hint) n.marked = true;
    if (p) {
      if (n.end > p.end) p.end = n.end;
      p.subChars += n.subChars;
      p.subLinks += n.subLinks;
      p.rawGood += n.rawGood;
      p.headlineLinks += n.headlineLinks;
      p.proseBlocks += n.proseBlocks;
      p.imgs += n.imgs + (n.tag === 'img' || n.tag === 'picture' ? 1 : 0);
      if (n.marked) p.marked = true;
      if (isCardLike(n)) p.cardKids++;
    } else totalGood += n.rawGood;
  }
  if (totalGood > 0) trustRepeatedProse(nodes, totalGood);
  // A wrapper that matched a pattern but holds most of the prose is the article, not furniture.
  let teaserCards = 0;
  for (const n of nodes) {
    if (n.family !== null && totalGood > 0 && n.rawGood >= GUARD_SHARE * totalGood && (n.marked || !PROSE_FAMILIES.has(n.family))) {
      n.family = null;
    }
    const p = nodes[n.parent];
    // One of several sibling cards, each a linked headline with a short summary: a teaser grid.
    if (p && p.cardKids >= 2 && isCardLike(n) && !n.marked && n.family !== 'hidden' && p.family !== 'hidden') {
      teaserCards++;
      n.family ??= 'related';
    }
    n.removed = n.family !== null || (p?.removed ?? false);
  }
  // Pass 2: the same totals with removed subtrees counted as bad.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i] as ElInfo;
    const p = nodes[n.parent];
    if (n.removed) {
      if (p && !p.removed) p.bad += n.subChars;
      continue;
    }
    if (!n.inline) {
      classifyBlock(n.own, n.tag, cls);
      n.good += cls.good;
      n.bad += cls.bad;
      n.neutral += cls.neutral;
    }
    if (p) {
      p.good += n.good;
      p.bad += n.bad;
      p.neutral += n.neutral;
    }
  }
  return teaserCards;
}
