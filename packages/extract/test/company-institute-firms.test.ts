import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** The companies read from a text, by the surface form of each mention. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

describe("a firm whose name ends in a body's word", () => {
  it('reads an institute described as a maker as a firm', () => {
    expect(companies("Chile's Kessel Institute, the world's largest syringe maker, said it would expand.")).toEqual(['Kessel Institute']);
  });

  it('leaves institutes, universities and regions described as what they are alone', () => {
    expect(companies('The Kessel Institute, a research body in Valparaiso, said it would expand.')).toEqual([]);
    expect(companies('The Tarrow Institute, a think tank, said so on Monday.')).toEqual([]);
    expect(companies("Oxford University, the world's oldest English-speaking university, said so.")).toEqual([]);
    expect(companies('The Kessel Institute said it would expand its vaccine research.')).toEqual([]);
  });
});
