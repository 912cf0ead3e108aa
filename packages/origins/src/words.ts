/** The most words of a body that are read: a limit no page can move. */
export const MAX_WORDS = 20_000;

/**
 * Function words and spellings that copy editors change freely ("said on Monday" -> "said Monday",
 * "5%" -> "5 per cent"): left out, so that an edited copy keeps the shingles of its original.
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'to', 'and', 'or', 'for', 'at', 'by', 'with', 'from', 'as', 'is', 'was', 'were', 'are',
  'be', 'been', 'that', 'this', 'it', 'its', 'per', 'cent', 'percent', 'pct', 'metric', 'has', 'had', 'have', 'will', 'would',
]);

/** Unit spellings that mean one thing ("tonnes", "tons", "t"). */
const SAME_UNIT: Record<string, string> = { tonnes: 't', tonne: 't', tons: 't', ton: 't', kilograms: 'kg', kilogram: 'kg', kilo: 'kg', kilos: 'kg' };

/**
 * The content words of a text, lower-cased, without punctuation, numbers kept with their decimal
 * point ("1,200.5" -> "1200.5"). Layout does not survive: paragraph breaks, quotes and dashes
 * that one site's template changes are not words, so a re-paragraphed copy reads the same.
 */
export function words(text: string, limit = MAX_WORDS): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
  for (const m of text.matchAll(re)) {
    const w = m[0].toLowerCase().replace(/(?<=\d),(?=\d)/g, '').replace(/[’']/g, '');
    if (FUNCTION_WORDS.has(w)) continue;
    for (const part of w.split('-')) if (part && !FUNCTION_WORDS.has(part)) out.push(SAME_UNIT[part] ?? part);
    if (out.length >= limit) break;
  }
  return out;
}
