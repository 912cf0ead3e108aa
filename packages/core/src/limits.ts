import type { Fact } from './fact.ts';

/**
 * The pipeline's per-article bounds, in one place. A page cannot move them: a paragraph that repeats a
 * figure-rich sentence thousands of times (a "fact bomb"), a statistical table of ten thousand rows or
 * a list page would otherwise yield facts, links and bytes without end, and the store's single
 * transaction would grow with them. What a limit drops is counted and written on the article row
 * (`facts_dropped`, `facts_dropped_reason`), never dropped in silence.
 */

/** Facts kept from one sentence; a real sentence states a handful, a table row a dozen. */
export const MAX_FACTS_PER_SENTENCE = 64;
/** Facts kept from one article, after the per-sentence cap; the longest real reports state a few hundred. */
export const MAX_FACTS_PER_ARTICLE = 2_000;

export interface CappedFacts {
  facts: Fact[];
  /** How many facts the caps dropped (0 when none). */
  dropped: number;
  /** Which caps were hit, for the article row; null when none. */
  reason: string | null;
}

/**
 * Tells apart the sentences facts come from. Identical sentences repeated through a page are distinct
 * sentences: a fact opens a new one when it starts a whole sentence length or more after the first
 * fact seen in the current one (two copies of a sentence put their facts exactly that far apart).
 * Returns one small integer per fact, in the facts' order. Linear after a sort by offset.
 */
export function sentenceSlots(facts: readonly Pick<Fact, 'sentence' | 'start'>[]): number[] {
  const order = facts.map((_, i) => i).sort((a, b) => facts[a]!.start - facts[b]!.start);
  const open = new Map<string, { slot: number; firstStart: number }>();
  const slots = new Array<number>(facts.length);
  let next = 0;
  for (const i of order) {
    const { sentence, start } = facts[i]!;
    let current = open.get(sentence);
    if (!current || start - current.firstStart >= Math.max(1, sentence.length)) {
      current = { slot: next++, firstStart: start };
      open.set(sentence, current);
    }
    slots[i] = current.slot;
  }
  return slots;
}

/** Keeps the first facts (in text order) of each sentence and of the article, counting the rest. */
export function capFacts(
  facts: readonly Fact[],
  limits: { perSentence: number; perArticle: number } = { perSentence: MAX_FACTS_PER_SENTENCE, perArticle: MAX_FACTS_PER_ARTICLE },
): CappedFacts {
  const slots = sentenceSlots(facts);
  const perSlot = new Map<number, number>();
  const order = facts.map((_, i) => i).sort((a, b) => facts[a]!.start - facts[b]!.start || a - b);
  const keep = new Uint8Array(facts.length);
  let kept = 0;
  let droppedBySentence = 0;
  let droppedByArticle = 0;
  for (const i of order) {
    const slot = slots[i]!;
    const inSlot = perSlot.get(slot) ?? 0;
    if (inSlot >= limits.perSentence) {
      droppedBySentence++;
      continue;
    }
    perSlot.set(slot, inSlot + 1);
    if (kept >= limits.perArticle) {
      droppedByArticle++;
      continue;
    }
    keep[i] = 1;
    kept++;
  }
  const dropped = droppedBySentence + droppedByArticle;
  if (dropped === 0) return { facts: [...facts], dropped: 0, reason: null };
  const reasons = [
    ...(droppedBySentence ? [`${droppedBySentence} over ${limits.perSentence} facts per sentence`] : []),
    ...(droppedByArticle ? [`${droppedByArticle} over ${limits.perArticle} facts per article`] : []),
  ];
  return { facts: facts.filter((_, i) => keep[i] === 1), dropped, reason: reasons.join('; ') };
}
