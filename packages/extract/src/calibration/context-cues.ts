import type { Fact } from '@newsfacts/core';

// the commonest English function words: running prose in English is about a quarter of them
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were', 'that', 'this', 'it', 'as', 'be', 'has', 'have', 'had', 'not', 'but', 'he', 'she', 'they', 'its', 'his', 'her', 'their', 'said', 'will', 'would']);
// words read to judge the page's language: enough for a stable share, bounded on any page
const LANGUAGE_SAMPLE_WORDS = 2000;
const ENGLISH_SHARE = 0.12;

/**
 * Whether the body reads as English prose, from the share of English function words. The recognizers'
 * names, month words and cues are English, so on another language they misread more (a German noun
 * before an industry word, a Korean timestamp line).
 */
export function readsAsEnglish(text: string): boolean {
  const words = text.slice(0, LANGUAGE_SAMPLE_WORDS * 12).toLowerCase().match(/\p{L}+/gu)?.slice(0, LANGUAGE_SAMPLE_WORDS) ?? [];
  if (words.length < 30) return true;
  return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length >= ENGLISH_SHARE;
}

/** How many facts, of any type, one sentence holds: a lone fact, or one in a dense run (a list, a table, a schedule). */
export function sentenceLoadCue(factsInSentence: number): string[] {
  if (factsInSentence <= 1) return ['sentence:lone-fact'];
  return factsInSentence >= 6 ? ['sentence:six-facts+'] : [];
}

// bodies shorter than this many blocks have no closing lines distinct from their story
const MIN_BLOCKS_FOR_CLOSING = 6;

/**
 * Where the body's closing lines begin: its last two blocks, where sign-offs, "follow us" lines,
 * affiliate notes and credits end an article that the cleaner kept whole (Infinity when the body is
 * too short to have any). Blocks are the cleaner's when known, else the body's blank-line paragraphs.
 * Read once per document.
 */
export function closingLinesStart(text: string, blocks: readonly { start: number }[] | undefined): number {
  let starts: number[];
  if (blocks?.length) starts = blocks.map((b) => b.start);
  else {
    starts = [0];
    for (const m of text.matchAll(/\n\s*\n/g)) starts.push(m.index + m[0].length);
  }
  return starts.length < MIN_BLOCKS_FOR_CLOSING ? Infinity : starts[starts.length - 2]!;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 15)) / DAY_MS : null;
}

const RELATIVE = /\brelative date resolved\b/;

/**
 * How far a date is from the publication date, for dates of a day or a month: within the week, after
 * it, or more than a year before; and a date read relative to the page (a weekday, "yesterday") inside
 * a quotation, where the speaker's day need not be the day of publication.
 */
export function dateDistanceCues(f: Fact, published: string | null, inQuote: boolean): string[] {
  const cues: string[] = [];
  const relative = f.reasons.some((r) => RELATIVE.test(r));
  if (relative && inQuote) cues.push('date:relative-in-quote');
  const value = String(f.value);
  if (!published || !/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return cues;
  const [d, p] = [dayNumber(value), dayNumber(published)];
  if (d === null || p === null) return cues;
  const days = d - p;
  if (days > 1) cues.push('date:after-publication');
  if (Math.abs(days) <= 7 && value.length === 10) cues.push('date:within-week');
  else if (days < -400) cues.push('date:over-a-year-before');
  return cues;
}
