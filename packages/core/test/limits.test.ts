import { describe, expect, it } from 'vitest';
import type { Fact } from '../src/fact.ts';
import { capFacts, sentenceSlots } from '../src/limits.ts';

const SENTENCE = 'Output rose 4% to 120 tonnes in March.';

function fact(start: number, sentence = SENTENCE, type: Fact['type'] = 'percentage'): Fact {
  return { type, value: 4, unit: '%', qualifier: null, direction: 'up', kind: 'change', range: null, measurement: null, text: '4%', sentence, start, end: start + 2, confidence: 0.9, reasons: [], extractorVersion: 't' };
}

/** Facts at these offsets within each copy of SENTENCE, copies one space apart. */
function repeated(copies: number, offsets: number[]): Fact[] {
  const facts: Fact[] = [];
  for (let c = 0; c < copies; c++) for (const o of offsets) facts.push(fact(c * (SENTENCE.length + 1) + o));
  return facts;
}

describe('sentenceSlots', () => {
  it('tells apart identical sentences repeated through a text', () => {
    const slots = sentenceSlots(repeated(3, [12, 18, 34]));
    expect(slots).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('keeps different sentences apart and facts of one sentence together, whatever their order', () => {
    const other = 'Prices fell 2%.';
    const facts = [fact(60, other), fact(12), fact(30), fact(70, other)];
    const slots = sentenceSlots(facts);
    expect(slots[1]).toBe(slots[2]);
    expect(slots[0]).toBe(slots[3]);
    expect(slots[0]).not.toBe(slots[1]);
  });
});

describe('capFacts', () => {
  it('keeps everything, with no reason, under the caps', () => {
    const facts = repeated(2, [12, 18]);
    expect(capFacts(facts)).toEqual({ facts, dropped: 0, reason: null });
  });

  it('keeps the first facts of a sentence and counts the rest', () => {
    const crowded = Array.from({ length: 10 }, (_, i) => fact(i));
    const capped = capFacts(crowded, { perSentence: 4, perArticle: 100 });
    expect(capped.facts.map((f) => f.start)).toEqual([0, 1, 2, 3]);
    expect(capped.dropped).toBe(6);
    expect(capped.reason).toBe('6 over 4 facts per sentence');
  });

  it('caps a repeated sentence per article, not per copy, and says which cap', () => {
    const capped = capFacts(repeated(50, [12, 18, 34]), { perSentence: 64, perArticle: 100 });
    expect(capped.facts).toHaveLength(100);
    expect(capped.facts.at(-1)!.start).toBeLessThan(capped.facts.length * SENTENCE.length);
    expect(capped.dropped).toBe(50);
    expect(capped.reason).toBe('50 over 100 facts per article');
  });

  it('names both caps when both are hit', () => {
    const crowded = Array.from({ length: 10 }, (_, i) => fact(i));
    const capped = capFacts([...crowded, ...repeated(5, [100, 110]).map((f) => ({ ...f, start: f.start + 1000 }))], { perSentence: 3, perArticle: 5 });
    expect(capped.facts).toHaveLength(5);
    expect(capped.dropped).toBe(20 - 5);
    expect(capped.reason).toMatch(/^7 over 3 facts per sentence; 8 over 5 facts per article$/);
  });
});
