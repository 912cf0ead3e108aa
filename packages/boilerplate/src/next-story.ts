import type { RawBlock } from './block-sink.ts';
import { isProse, isTitleLike } from './story-tail.ts';

/**
 * "Next story" templates that print the following story flat below this one, in the same container
 * with no <article> of its own: a heading (or a title-like line), a byline "By …", then its
 * paragraphs. Its figures then read as this story's. A heading followed at once by a byline, once
 * the story has run a few paragraphs and with a few paragraphs after it, is where another story
 * begins. A live blog or a round-up by several writers prints that shape entry after entry; a
 * next-story template does it once or twice, so three or more such breaks are left alone.
 */

/** Paragraphs of prose on each side: a story's worth, not an author's note or a closing subhead. */
const PROSE_EACH_SIDE = 2;
/** More headline-and-byline breaks than this are a series of entries, not appended stories. */
const MAX_APPENDED = 2;

/**
 * Where a byline line is dropped, the index of the block that would be another story's headline:
 * the heading held back just before it (`headingHeld`, it would go at blocks.length), or a
 * title-like last line. Null when the byline does not follow a headline or the story has not begun.
 */
export function headlineBeforeByline(blocks: RawBlock[], headingHeld: boolean): number | null {
  const at = headingHeld ? blocks.length : blocks.length - 1;
  if (at < 0) return null;
  if (!headingHeld && !isTitleLike(blocks[at] as RawBlock)) return null;
  return blocks.slice(0, at).filter(isProse).length >= PROSE_EACH_SIDE ? at : null;
}

/** The index where appended stories begin (blocks.length when none does). */
export function nextStoryStart(blocks: RawBlock[], breaks: number[]): number {
  const real = breaks.filter((at) => blocks.slice(at).filter(isProse).length >= PROSE_EACH_SIDE);
  if (real.length === 0 || real.length > MAX_APPENDED) return blocks.length;
  return real[0] as number;
}
