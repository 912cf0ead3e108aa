import { createHash } from 'node:crypto';
import type { Fact } from '@newsfacts/core';

/**
 * A fact's natural key within its article. Built from what the fact says, not from offsets, so a
 * re-extraction that shifts text around keeps the same key and the reviewer's decision with it.
 * `occurrence` tells apart the same figure stated twice in one sentence.
 */
export function factKey(fact: Fact, occurrence: number): string {
  return createHash('sha1')
    .update(JSON.stringify([fact.type, fact.value, fact.unit, fact.text, fact.sentence, occurrence]))
    .digest('hex');
}

export function keyFacts(facts: readonly Fact[]): { fact: Fact; key: string }[] {
  const seen = new Map<string, number>();
  return facts.map((fact) => {
    const base = factKey(fact, 0);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { fact, key: occurrence === 0 ? base : factKey(fact, occurrence) };
  });
}
