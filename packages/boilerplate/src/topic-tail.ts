import type { RawBlock } from './block-sink.ts';
import { englishShare, nameStems, topicStems } from './topic-words.ts';
import { isTitleLike } from './story-tail.ts';

/**
 * Where a story ends (or begins) on a page that gives no markup to tell, read from what its
 * paragraphs are about. A site that prints its other stories' ledes as plain paragraphs after the
 * story (or one story's teaser above it) leaves full sentences that no form rule can tell from the
 * story's own. But a story keeps returning to its subject: its paragraphs share names and content
 * words. Another story's lede shares none of the words the story repeats, names a subject of its
 * own (a place, a person, a body the story never mentions), and a run of ledes of different
 * stories shares no thread with each other either. The story's own closing paragraphs (a quote,
 * background, what comes next) take up its words again, read as a continuation ("He said...",
 * "Separately, ..."), bring in no new names, or hang together as one thread: those stay. Short
 * stories (their first three paragraphs are never cut), round-ups of unrelated items, lists, live
 * blogs and pages in other languages are left alone.
 */

/** A paragraph that could open a story: long, a whole sentence, and starting afresh (a capital or
 * a figure, but not a clock time: a live blog's entry opens with one). */
const LEDE_MIN = 100;
const SENTENCE_END = /[.!?…]["”’»)]?$/;
const FRESH_START = /^(?!\d{1,2}[:.h]\d{2}\b)[\p{Lu}\d]/u;
/** A paragraph that opens with a pronoun or a link word goes on from the one before it. */
const CONTINUES =
  /^(?:he|she|it|they|we|i|this|that|these|those|his|her|its|their|but|and|or|so|yet|also|however|meanwhile|still|instead|then|there|such|both|moreover|furthermore|nevertheless|nonetheless|separately|elsewhere|additionally|earlier|later|previously|in addition|as a result|the (?:company|firm|group|move|deal|plan|decision|report|minister|ministry|agency))\b/i;
/** Lines this short after the last lede are the page's furniture (a prompt, a comment count). */
const FURNITURE_MAX = 100;
/** Fewer unrelated ledes than this is a story's own aside, not a list of other stories. */
const LEDE_RUN = 3;
/** Two neighbouring paragraphs that share this many topic words follow one thread. */
const THREAD_WORDS = 2;
/** The story itself must hang together: this share of its paragraphs shares two words or more with the others. */
const COHERENT = 0.6;
const LINK_WORDS = 2;
/** Below this share of English's commonest words the page is in another language: the rule stands back. */
const ENGLISH_MIN = 0.14;
/** The story's words are counted over its headline and this many paragraphs, and over as many
 * lines before the lede-like run as STORY_SPAN; the run and the furniture after it are read up to
 * RUN_MAX and FURNITURE_SPAN lines. Longer stretches are not this pattern, and are not read. */
const CORE_PROSE = 3;
const STORY_SPAN = 40;
const RUN_MAX = 40;
const FURNITURE_SPAN = 20;
/** A teaser's summary may share one word in this many with the story by chance. */
const HEAD_TOLERANCE = 10;
/** A teaser above the story is a headline and its summary, no more. */
const HEAD_MAX = 3;
/** The story under a teaser names its subject in at least this share of its paragraphs. */
const SUBJECT_SHARE = 0.4;
/** The story under a teaser is judged by this many of its first paragraphs, within HEAD_SPAN lines of the top. */
const HEAD_WINDOW = 8;
const HEAD_SPAN = 40;
/** The story under a teaser must be long enough to have a subject of its own. */
const STORY_MIN = 3;

const isParagraph = (b: RawBlock) => b.kind === 'paragraph' && !b.text.includes('\n');
const isLede = (b: RawBlock) =>
  isParagraph(b) && b.text.length >= LEDE_MIN && SENTENCE_END.test(b.text) && FRESH_START.test(b.text) && !CONTINUES.test(b.text);
const isStoryProse = (b: RawBlock) => b.kind === 'paragraph' && b.text.length >= LEDE_MIN && SENTENCE_END.test(b.text);

/** How many paragraphs of a stretch each topic word appears in. */
class WordCounts {
  private counts = new Map<string, number>();

  add(stems: Set<string>, by = 1): void {
    for (const s of stems) this.counts.set(s, (this.counts.get(s) ?? 0) + by);
  }

  /** How many of an outside paragraph's words the stretch repeats. */
  recurring(stems: Set<string>): number {
    let n = 0;
    for (const s of stems) if ((this.counts.get(s) ?? 0) >= 2) n++;
    return n;
  }

  /** Whether a word appears anywhere in the stretch. */
  has(stem: string): boolean {
    return (this.counts.get(stem) ?? 0) > 0;
  }

  /** How many paragraphs the stretch's most repeated word appears in. */
  top(): number {
    let best = 0;
    for (const c of this.counts.values()) if (c > best) best = c;
    return best;
  }

  /** How many of its words a paragraph of the stretch shares with another of its paragraphs. */
  linked(stems: Set<string>): number {
    let n = 0;
    for (const s of stems) if ((this.counts.get(s) ?? 0) >= 2) n++;
    return n;
  }
}

const shared = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
};

/**
 * Whether the story's prose paragraphs hang together: most of them share words with its other
 * paragraphs. A digest of unrelated items (a morning news round-up) does not, and neither does a
 * page that is all ledes: what follows them is then no different from them.
 */
function isCoherentStory(blocks: RawBlock[], stems: (i: number) => Set<string>, story: number[]): boolean {
  const counts = new WordCounts();
  for (const i of story) counts.add(stems(i));
  let prose = 0;
  let linked = 0;
  for (const i of story) {
    if (!isStoryProse(blocks[i] as RawBlock)) continue;
    prose++;
    if (counts.linked(stems(i)) >= LINK_WORDS) linked++;
  }
  return prose >= 2 && linked >= COHERENT * prose;
}

const isEnglish = (blocks: RawBlock[]) => englishShare(blocks.map((b) => b.text)) >= ENGLISH_MIN;
const isShortLine = (b: RawBlock) => b.text.length < FURNITURE_MAX;
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/**
 * The index where other stories' ledes begin after the story (blocks.length when none do): a run
 * of at least three lede-like paragraphs at the end (short furniture lines after them aside), each
 * sharing no word that the story repeats, naming a subject of its own, and not all following one
 * thread. The story's words are counted over its headline, its first paragraphs and the paragraphs
 * just before the lede-like run, never over the run itself, where unrelated ledes would lend each
 * other words. Only the page's end and the story's opening are read, however long the page.
 */
export function topicTailStart(blocks: RawBlock[], titles: Set<string> = new Set()): number {
  const n = blocks.length;
  const begun = blocks.findIndex(isStoryProse);
  if (begun < 0) return n;
  let end = n;
  while (end - 1 > begun && n - end < FURNITURE_SPAN && isShortLine(blocks[end - 1] as RawBlock)) end--;
  let runFloor = end;
  while (runFloor - 1 > begun && end - runFloor < RUN_MAX && isLede(blocks[runFloor - 1] as RawBlock)) runFloor--;
  let coreEnd = begun;
  for (let prose = 0; coreEnd < runFloor && prose < CORE_PROSE; coreEnd++) if (isStoryProse(blocks[coreEnd] as RawBlock)) prose++;
  const floor = Math.max(runFloor, coreEnd);
  if (end - floor < LEDE_RUN || !isEnglish(blocks.slice(floor - Math.min(floor - begun, STORY_SPAN), end))) return n;
  const cache: Array<Set<string> | undefined> = [];
  const stems = (i: number) => (cache[i] ??= topicStems((blocks[i] as RawBlock).text));
  const headline = begun > 0 && isTitleLike(blocks[begun - 1] as RawBlock) ? [begun - 1] : [];
  const storyRead = [...headline, ...range(begun, coreEnd), ...range(Math.max(coreEnd, floor - STORY_SPAN), floor)];
  // The headline names the story's subject: each of its words counts as repeated.
  const story = new WordCounts();
  story.add(titles, 2);
  for (const i of storyRead) story.add(stems(i), headline.includes(i) ? 2 : 1);
  for (let i = end; i < n; i++) if (story.recurring(stems(i)) > 0) return n;
  // Forward: a paragraph that takes up the story's words is the story's, and so is all before it;
  // the story's words then include its own.
  let cut = floor;
  for (let j = floor; j < end; j++) {
    if (story.recurring(stems(j)) === 0) continue;
    for (; cut <= j; cut++) story.add(stems(cut));
  }
  // Each other story's lede names its own subject (a place, a person, a body) and follows no
  // thread of the one before it; the story's own closing paragraphs seldom bring in new names.
  const storyNames = new Set<string>();
  for (const i of [...storyRead, ...range(floor, cut)]) for (const name of nameStems((blocks[i] as RawBlock).text)) storyNames.add(name);
  const isNew = (name: string) => !story.has(name) && !storyNames.has(name);
  let threads = 0;
  for (let j = cut; j < end; j++) {
    const newThread = j === cut || shared(stems(j - 1), stems(j)) < THREAD_WORDS;
    if (newThread && [...nameStems((blocks[j] as RawBlock).text)].some(isNew)) threads++;
  }
  if (threads < LEDE_RUN) return n;
  return isCoherentStory(blocks, stems, [...storyRead, ...range(floor, cut)]) ? cut : n;
}

/**
 * The index where the story begins after another story's teaser printed above it (0 when none is):
 * a headline and its summary at the top of the page, sharing words with each other and none with
 * the page's titles, and next to none with the words the story below them repeats.
 */
export function topicHeadEnd(blocks: RawBlock[], titles: Set<string> = new Set()): number {
  const top = Math.min(HEAD_MAX, blocks.length - 1);
  if (top < 2) return 0;
  // Only the top of the page is read: the teaser and the story's opening paragraphs below it.
  let end = top;
  for (let prose = 0; end < blocks.length && end < HEAD_SPAN && prose < HEAD_WINDOW; end++) if (isStoryProse(blocks[end] as RawBlock)) prose++;
  const window = blocks.slice(0, end);
  const stems = window.map((b) => topicStems(b.text));
  for (let h = top; h >= 2; h--) if (isTeaserAbove(window, stems, h, titles)) return h;
  return 0;
}

function isTeaserAbove(blocks: RawBlock[], stems: Array<Set<string>>, h: number, titles: Set<string>): boolean {
  const head = blocks.slice(0, h);
  if (!head.every(isParagraph) || !isTitleLike(head[0] as RawBlock) || !head.some(isLede)) return false;
  for (let k = 1; k < h; k++) if (shared(stems[k - 1] as Set<string>, stems[k] as Set<string>) === 0) return false;
  const end = blocks.length;
  const prose = blocks.slice(h).filter(isStoryProse).length;
  if (prose < STORY_MIN || !isEnglish(blocks.slice(h))) return false;
  const story = new WordCounts();
  for (let i = h; i < end; i++) story.add(stems[i] as Set<string>);
  // A story has a subject it keeps naming; a list of places or a live blog's entries have none.
  if (story.top() < Math.max(STORY_MIN, SUBJECT_SHARE * prose)) return false;
  // The story's lede names what its later paragraphs come back to; a list's first item does not.
  const lede = blocks.findIndex((b, i) => i >= h && isStoryProse(b));
  if (story.linked(stems[lede] as Set<string>) === 0 || !isCoherentStory(blocks, (i) => stems[i] as Set<string>, range(h, end))) return false;
  // A summary may share one word with the story by chance ("harbour" in two unrelated stories); a headline shares none.
  return stems.slice(0, h).every((s, k) => shared(s, titles) === 0 && story.recurring(s) <= (k === 0 ? 0 : Math.floor(s.size / HEAD_TOLERANCE)));
}
