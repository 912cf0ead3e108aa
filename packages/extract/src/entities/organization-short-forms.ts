/** Short forms clipped from the words of a name that is no company's ("StatsCan"): that body again, not a company. */

const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * `name` is written in pieces, each starting with a capital, and each piece abbreviates the matching
 * content word of one of `organizations` (names read as no company, their words in small letters), in order.
 */
export function clippedFromOrganization(name: string, organizations: ReadonlyArray<readonly string[]>): boolean {
  if (!/^[A-Za-z]+$/.test(name)) return false;
  const pieces = name.split(/(?=[A-Z])/).map((p) => p.toLowerCase());
  // "StatsCan" has two pieces of two letters or more; an acronym ("IBM") is a matter for definitions
  if (pieces.length < 2 || pieces.some((p) => p.length < 2)) return false;
  return organizations.some((words) => {
    const content = words.filter((w) => !LINKING_WORDS.has(w));
    return content.length === pieces.length && content.every((w, k) => abbreviates(pieces[k]!, w));
  });
}

/** "stats" for "statistics": the piece opens like the word and its letters follow in the word's order. */
function abbreviates(piece: string, word: string): boolean {
  if (piece === word || !word.startsWith(piece.slice(0, 2))) return false;
  let at = 0;
  for (const ch of piece) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
