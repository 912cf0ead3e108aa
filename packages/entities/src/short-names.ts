import { COMMON_WORDS, COUNTRY_WORDS, DESCRIPTOR_WORDS, REGION_WORDS } from './lexicon.ts';

/**
 * Why a short form cannot stand for one company on its own, or null when it can: a country word
 * ("China"), a province or city ("Jiangxi"), a common word ("Northern"), a run of them ("North
 * American"), or a single letter.
 */
export function shortRefusal(key: string): string | null {
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0) return 'empty name';
  if (words.length === 1 && words[0]!.length < 2) return 'a single letter';
  if (words.every((w) => COUNTRY_WORDS.has(w))) return 'a country word';
  if (words.every((w) => COUNTRY_WORDS.has(w) || REGION_WORDS.has(w))) return 'a place name';
  const common = (w: string) => COMMON_WORDS.has(w) || DESCRIPTOR_WORDS.has(w);
  // "North American" says nothing alone; "China Northern" mixes a place with a word and is a name.
  if (words.every(common) || (words.length === 1 && COUNTRY_WORDS.has(words[0]!))) return 'a common word';
  return null;
}

const isPlace = (w: string) => COUNTRY_WORDS.has(w) || REGION_WORDS.has(w);

/** Cuts of one run of words: from the word before its first descriptor on, and its first word. */
function cuts(words: readonly string[], out: Set<string>): void {
  if (words.length < 2) return;
  const firstDescriptor = words.findIndex((w, i) => i > 0 && DESCRIPTOR_WORDS.has(w));
  // Dropping words from the end, down to the words before the first descriptor: "china northern rare
  // earth group high tech" is also written "china northern rare earth" and "china northern".
  if (firstDescriptor > 0) for (let n = firstDescriptor; n < words.length; n++) out.add(words.slice(0, n).join(' '));
  out.add(words[0]!);
}

/**
 * The shorter forms a multi-word name is written as after its first mention: the name cut after any
 * word from the one before its first descriptor on ("lynas rare earths" -> "lynas", "vulcan energy
 * resources" -> "vulcan energy", "vulcan") and its first word ("rio tinto" -> "rio"). A name led by
 * the place it is registered in is also written without it, and cut the same way ("zhejiang huayou
 * cobalt" -> "huayou cobalt", "huayou"). Forms that are places or common words are left out.
 */
export function shortKeys(key: string): string[] {
  return shortForms(key).filter((s) => shortRefusal(s) === null);
}

/**
 * Every shorter form of a name, the refused ones too: "core lithium" -> "core". A reader still
 * takes "Core" after "Core Lithium" for that company, so such a form may not be given to another.
 */
export function shortForms(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const out = new Set<string>();
  cuts(words, out);
  for (let lead = 1; lead < words.length && isPlace(words[lead - 1]!); lead++) {
    const rest = words.slice(lead);
    out.add(rest.join(' '));
    cuts(rest, out);
  }
  return [...out].filter((s) => s !== key);
}

/** True when `short` is one of the shorter forms of `full` (both keys). */
export function isShortOf(short: string, full: string): boolean {
  return shortKeys(full).includes(short);
}
