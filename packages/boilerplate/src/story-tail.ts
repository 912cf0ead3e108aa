import type { RawBlock } from './block-sink.ts';

/**
 * Where a story ends on a page that gives no markup to tell (every line a bare paragraph): what
 * follows the last paragraph is a list of other stories' headlines, a price box or a menu, printed
 * as runs of short title-like lines, or as teaser cards that print the same headline twice. The
 * story's own short lines (a subheading, a one-line paragraph, a table's rows, a list its text
 * announces with a colon) come one at a time or are introduced, and story prose follows them.
 */

/** A paragraph long enough and ended like a sentence: the story has begun once one is kept. */
const PROSE_MIN = 120;
const SENTENCE_END = /[.!?…]["”’»)]?$/;
/** A headline or menu entry: short and not ended like a sentence or a clause. */
const TITLE_MAX = 150;
const CLAUSE_END = /[.!?…:;,]["”’»)]?$/;
/** Consecutive title-like lines that make a list of other stories rather than a subheading. */
const LIST_RUN = 3;
/** How far apart a teaser card's two prints of one headline stand (image title, then link). */
const CARD_SPAN = 3;

export const isProse = (b: RawBlock) => b.kind === 'paragraph' && b.text.length >= PROSE_MIN && SENTENCE_END.test(b.text);

/** "Copper | 186.2 | 121.4": a table row printed as a line (cells, one of them a figure) is story data. */
const isTableRow = (text: string) => text.includes(' | ') && text.split(' | ').some((cell) => /^[-+–]?[\d.,]+%?$/.test(cell.trim()));

export function isTitleLike(b: RawBlock): boolean {
  return b.kind === 'paragraph' && !b.text.includes('\n') && b.text.length <= TITLE_MAX && !CLAUSE_END.test(b.text) && !isTableRow(b.text);
}

/** A headline's words without its figures or punctuation: a card may print "$5 billion" once and "billion" once. */
const cardKey = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

/** The index where the page's tail begins (blocks.length when nothing marks one). */
export function storyTailStart(blocks: RawBlock[]): number {
  const begun = blocks.findIndex(isProse);
  if (begun < 0) return blocks.length;
  let runStart = -1;
  for (let i = begun + 1; i < blocks.length; i++) {
    const b = blocks[i] as RawBlock;
    if (!isTitleLike(b)) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    // A teaser card: the same headline twice within a few lines.
    const key = cardKey(b.text);
    for (let k = Math.max(begun + 1, i - CARD_SPAN); k < i && key.split(' ').length >= 4; k++) {
      if (isTitleLike(blocks[k] as RawBlock) && cardKey((blocks[k] as RawBlock).text) === key) return k;
    }
    if (i - runStart + 1 < LIST_RUN) continue;
    // A list the story announces ("The new quotas:") is the story's; one that no prose follows is not.
    const lead = blocks[runStart - 1] as RawBlock;
    if (/:$/.test(lead.text)) continue;
    if (!blocks.slice(i + 1).some(isProse)) return runStart;
  }
  return blocks.length;
}
