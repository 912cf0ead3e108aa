import type { RawBlock } from './block-sink.ts';

/**
 * Pull quotes, "key points" bullets and summary boxes print again, apart from the paragraphs, a
 * sentence the story already holds in full. Kept, they read as a second mention of the story's own
 * figures, and a box of them at the top pushes the story's opening down. A short block whose words
 * all stand, in order, inside a longer block of the story is that repetition; a block repeated whole
 * (two equal paragraphs) is left to the page.
 */

/** Shorter lines ("Key points", "He said no.") repeat by chance. */
const MIN_REPEAT = 40;
/** A repeat is a line or two, never a paragraph of its own. */
const MAX_REPEAT = 300;
/** Past this many blocks the page is a listing or a dump, and the pairwise reading is not worth it. */
const MAX_BLOCKS = 400;

const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

export function dropRepeatedBlocks(blocks: RawBlock[]): RawBlock[] {
  if (blocks.length < 2 || blocks.length > MAX_BLOCKS) return blocks;
  const words = blocks.map((b) => wordsOf(b.text));
  return blocks.filter((b, i) => {
    const own = words[i] as string;
    if (b.kind === 'table-row' || b.kind === 'preformatted' || own.length < MIN_REPEAT || b.text.length > MAX_REPEAT) return true;
    return !words.some((other, j) => j !== i && other.length > own.length && other.includes(own));
  });
}
