/** The most words of a body that are read: a limit no page can move. */
export const MAX_WORDS = 20_000;

/**
 * The words of a text, lower-cased, without punctuation, digits kept with their decimal point
 * ("1,200.5" -> "1200.5"). Layout does not survive: paragraph breaks, quotes and dashes that one
 * site's template changes are not words, so a re-paragraphed copy reads the same.
 */
export function words(text: string, limit = MAX_WORDS): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
  for (const m of text.matchAll(re)) {
    out.push(m[0].toLowerCase().replace(/(?<=\d),(?=\d)/g, '').replace(/[’']/g, ''));
    if (out.length >= limit) break;
  }
  return out;
}
