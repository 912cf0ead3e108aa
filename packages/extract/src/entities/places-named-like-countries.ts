import type { Token } from '../text/tokenize.ts';

/**
 * Places whose names hold a country's name but are not that country: a region of another state
 * ("Inner Mongolia" is in China, "New Mexico" in the United States), a part of a state whose other
 * parts we do not count either (Scotland and Wales are not mentions of the UK, so neither is Northern
 * Ireland), a sea or lake, or a city named after its country. Lower-case words, space-joined.
 */
const PLACES = [
  'inner mongolia', 'new mexico', 'gulf of mexico', 'northern ireland', 'new guinea', 'guatemala city', 'panama city',
  'kuwait city', 'luxembourg city', 'djibouti city', 'vatican city', 'lake chad',
];

const BY_FIRST_WORD = new Map<string, string[][]>();
for (const p of PLACES) {
  const words = p.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(words[0]!, list);
}

/** The number of tokens from `i` that spell such a place, written as a name (capitalized words), or 0. */
export function placeNamedLikeCountryAt(tk: readonly Token[], i: number): number {
  const first = tk[i];
  if (!first || first.kind !== 'word') return 0;
  const candidates = BY_FIRST_WORD.get(first.low);
  if (!candidates) return 0;
  for (const words of candidates) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tk[i + k];
      ok = !!t && t.low === words[k] && (k === 0 || t.gap === 1) && (t.low === 'of' || t.raw[0] !== t.low[0]);
    }
    if (ok) return words.length;
  }
  return 0;
}
