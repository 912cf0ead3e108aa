import { isPlaceName } from './places.ts';

interface Node {
  next: Map<string, Node>;
  /** Rank of the best full name that goes on past this word (longest first, then first found). */
  best: number;
}

/**
 * Finds the full name a short form stands for: the longest name in the article that starts with
 * the short form's words and goes on ("lynas" -> "Lynas Rare Earths"), or does so after a leading
 * place ("hengda" -> "Ganzhou Hengda Magnet Co"). A trie of the names' words answers each lookup in
 * the length of the short form; testing every name for every mention was quadratic in the number
 * of company mentions (minutes for a page that lists thousands).
 */
export function companyAliases(full: ReadonlyArray<{ name: string; words: string[] }>): (words: readonly string[]) => string | null {
  const root: Node = { next: new Map(), best: Infinity };
  full.forEach((f, rank) => {
    for (const skip of [0, 1]) {
      if (skip === 1 && !isPlaceName(f.words[0] ?? '')) continue;
      let node = root;
      // every word but the last: a short form must leave at least one word of the full name out
      for (let k = skip; k < f.words.length - 1; k++) {
        const word = f.words[k]!;
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map(), best: Infinity }));
        child.best = Math.min(child.best, rank);
        node = child;
      }
    }
  });
  return (words) => {
    if (words.length === 0) return null;
    let node: Node | undefined = root;
    for (const word of words) {
      node = node.next.get(word);
      if (!node) return null;
    }
    return full[node.best]?.name ?? null;
  };
}
