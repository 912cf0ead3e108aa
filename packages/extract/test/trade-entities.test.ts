import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const of = (type: string, text: string) =>
  extractFacts({ text, published: '2031-05-05' }).filter((f) => f.type === type).map((f) => [f.text, f.value]);

describe('names in trade stories', () => {
  it('ends a name run at a point after a two-capital unit or acronym', () => {
    expect(of('company', 'Mills there used some 40 MT. Jindal Steel plans a new furnace.')).toEqual([['Jindal Steel', 'Jindal Steel']]);
  });

  it('reads a country written with its accents', () => {
    expect(of('country', "Cocoa arrivals in Côte d'Ivoire slowed.")).toEqual([["Côte d'Ivoire", 'CI']]);
  });
});
