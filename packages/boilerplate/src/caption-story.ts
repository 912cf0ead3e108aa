import type { RawBlock } from './block-sink.ts';
import { isProse } from './story-tail.ts';

/**
 * A gallery or slideshow story tells its news in the slides' captions: the page's own paragraphs are
 * an intro line or two, and each slide carries a paragraph of the story under its photo. Kept apart as
 * captions, the story is lost. Where three or more captions read as paragraphs (long, ended like a
 * sentence) and together hold more prose than the body, they are the story, and follow the body in
 * page order. An ordinary story's photo captions are a line each and never outweigh its paragraphs.
 */

/** Slides enough to be a gallery's text rather than a story's few long captions. */
const MIN_SLIDES = 3;

const asParagraph = (text: string): RawBlock => ({ kind: 'paragraph', text });

/** A slide prints its counter and photo credit after its text ("… last year. 3 / 5 Jo Bell / Herald"): a short unsentenced tail. */
const SLIDE_TAIL = /^([\s\S]*[.!?…]["”’»)]?)\s*([^.!?…]{0,80})$/;

/** The paragraph a caption holds, less a slide's counter and credit; null when it holds none. */
function slideText(caption: string): string | null {
  const text = SLIDE_TAIL.exec(caption)?.[1]?.trim() ?? caption;
  return isProse(asParagraph(text)) ? text : null;
}

/** The body with the captions' story appended, and the captions left; null when the captions are captions. */
export function captionStory(blocks: RawBlock[], captions: string[]): { blocks: RawBlock[]; captions: string[] } | null {
  const texts = captions.map(slideText);
  const slides = texts.filter((t): t is string => t !== null);
  if (slides.length < MIN_SLIDES) return null;
  const bodyProse = blocks.reduce((a, b) => a + (b.kind === 'heading' ? 0 : b.text.length), 0);
  const slideProse = slides.reduce((a, c) => a + c.length, 0);
  if (slideProse <= bodyProse) return null;
  const inBody = new Set(blocks.map((b) => b.text));
  return {
    blocks: [...blocks, ...slides.filter((c) => !inBody.has(c)).map(asParagraph)],
    captions: captions.filter((_, i) => texts[i] === null),
  };
}
