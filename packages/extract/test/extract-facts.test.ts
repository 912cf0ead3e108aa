import { Fact } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractFacts } from '../src/index.ts';

const ARTICLE = [
  'Shipments of rare earth magnets from China to the United States fell 28.7% in September from August to 420.5 tonnes, customs data showed on Monday.',
  'The volume was nearly 30% lower than a year earlier. Lynas Rare Earths, the largest producer outside China, said it would spend $500 million.',
  'Germany bought 1,020 tons.',
].join('\n\n');

describe('extractFacts: the contract the pipeline relies on', () => {
  const facts = extractFacts({ text: ARTICLE, published: '2025-10-21' });

  it('returns facts that satisfy the core schema, with offsets into the text and the sentence around them', () => {
    expect(facts.length).toBeGreaterThan(10);
    for (const f of facts) {
      expect(() => Fact.parse(f)).not.toThrow();
      expect(ARTICLE.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence).toContain(f.text);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.extractorVersion).toBe(EXTRACTOR_VERSION);
      // a rule that doubts a fact says why; calibration records the cues it weighed
      if (f.rawConfidence! < 0.95) expect(f.reasons.length).toBeGreaterThan(0);
      expect(f.cues).toContain(`type:${f.type}`);
    }
  });

  it('links a figure to what it measures: "U.S."-bound exports ... 28.7% in September ... to 420.5 tonnes', () => {
    const pct = facts.find((f) => f.text === '28.7%')!;
    expect(pct).toMatchObject({ type: 'percentage', value: 28.7, unit: '%', direction: 'down', kind: 'change' });
    expect(pct.measurement).toMatchObject({ metric: 'shipments of rare earth magnets', subject: 'CN', partner: 'US', period: '2025-09' });
    const t = facts.find((f) => f.text === '420.5 tonnes')!;
    expect(t).toMatchObject({ type: 'tonnage', value: 420.5, unit: 't' });
    expect(t.measurement?.period).toBe('2025-09');
  });

  it('doubts ambiguous facts with a reason and keeps clear ones above the threshold', () => {
    const tons = facts.find((f) => f.text === '1,020 tons')!;
    // the rule's own doubt; how far calibration lowers it is for labelled facts to say, but never above an unambiguous unit
    expect(tons.rawConfidence).toBeLessThan(0.8);
    expect(tons.reasons.join(' ')).toMatch(/tons/);
    const tonnes = extractFacts({ text: ARTICLE.replace('1,020 tons', '1,020 tonnes'), published: '2025-10-21' }).find((f) => f.text === '1,020 tonnes')!;
    expect(tons.confidence).toBeLessThan(tonnes.confidence);
    const monday = facts.find((f) => f.text === 'Monday')!;
    expect(monday).toMatchObject({ value: '2025-10-20' });
    expect(monday.reasons).toContain('relative date resolved against publication date');
    expect(facts.find((f) => f.text === '$500 million')!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('is pure: the same input gives the same facts, and only the given dates are used', () => {
    expect(extractFacts({ text: ARTICLE, published: '2025-10-21' })).toEqual(facts);
    const noDate = extractFacts({ text: ARTICLE, published: null });
    expect(noDate.some((f) => f.text === 'Monday')).toBe(false);
    expect(noDate.some((f) => f.text === '420.5 tonnes')).toBe(true);
    const withNow = extractFacts({ text: ARTICLE, published: null }, { now: '2025-10-21T09:00:00Z' });
    const monday = withNow.find((f) => f.text === 'Monday')!;
    expect(monday.value).toBe('2025-10-20');
    expect(monday.confidence).toBeLessThan(0.8);
  });

  it('never joins across a blank line', () => {
    const split = extractFacts({ text: 'Exports reached 4,500\n\ntonnes in\n\n2025.', published: '2025-10-21' });
    expect(split.filter((f) => f.type === 'tonnage')).toEqual([]);
    expect(split.map((f) => f.text)).toEqual(['2025']);
  });

  it('accepts a date-time as the publication date', () => {
    const f = extractFacts({ text: 'Officials met on Monday.', published: '2025-10-21T14:30:00+08:00' });
    expect(f.map((x) => x.value)).toEqual(['2025-10-20']);
  });
});

describe('extractFacts: money written as the two levels of a change', () => {
  it('reports both ends of "rose from X to Y" as amounts, not a range', () => {
    const facts = extractFacts({ text: 'Ticket sales rose from $3 million to $5 million last season.', published: '2024-05-01' }).filter((f) => f.type === 'money');
    expect(facts.map((f) => [f.value, f.range])).toEqual([[3e6, null], [5e6, null]]);
  });
});
