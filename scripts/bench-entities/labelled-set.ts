/** A labelled company mention: where it is in its article and which company it names ("?" = no single one). */
export interface LabelledMention {
  id: string;
  article: number;
  text: string;
  cluster: string;
  start: number;
  end: number;
}

export interface LabelledArticle {
  index: number;
  text: string;
  mentions: LabelledMention[];
}

const MARK = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;

/** Articles of a labelled file: `---` between articles, `[[as written|cluster]]` around each mention. */
export function parseLabelled(source: string, part: string): LabelledArticle[] {
  return source
    .split(/^---$/m)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk, index) => {
      const mentions: LabelledMention[] = [];
      let text = '';
      let last = 0;
      for (const m of chunk.matchAll(MARK)) {
        text += chunk.slice(last, m.index);
        const start = text.length;
        text += m[1]!;
        mentions.push({ id: `${part}:${index}:${mentions.length}`, article: index, text: m[1]!, cluster: m[2]!.trim(), start, end: text.length });
        last = m.index! + m[0].length;
      }
      text += chunk.slice(last);
      return { index, text, mentions };
    });
}

export interface PairScore {
  precision: number;
  recall: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

/**
 * Pairwise scores over the mentions that name one company: every pair predicted together (same
 * entity id) is right when the labels agree; unresolved mentions are alone.
 */
export function pairwise(items: readonly { cluster: string; entity: number | null }[]): PairScore {
  const named = items.filter((i) => i.cluster !== '?');
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i]!;
      const b = named[j]!;
      const same = a.cluster === b.cluster;
      const together = a.entity !== null && a.entity === b.entity;
      if (same) truePairs++;
      if (together) predictedPairs++;
      if (same && together) correctPairs++;
    }
  }
  return { precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs, recall: truePairs === 0 ? 1 : correctPairs / truePairs, truePairs, predictedPairs, correctPairs };
}
