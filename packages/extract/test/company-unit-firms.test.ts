import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** The companies read from a text, by the surface form of each mention. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

describe("a well-known firm's named unit acting as a firm", () => {
  it('reads the unit as a firm of its own when it makes a deal, speaks or stands beside another firm', () => {
    expect(companies('BP Volta to buy a rival network of 400 chargers for £60m.')).toEqual(['BP Volta']);
    expect(companies('Shell Current and Tesla remain the largest networks in the country.')).toEqual(['Shell Current', 'Tesla']);
    expect(companies('Amazon Prime, the subscription arm of Amazon, said it would raise prices.')).toEqual(['Amazon', 'Amazon Prime']);
  });

  it('reads every later mention of such a unit the same way', () => {
    expect(companies('BP Volta acquired two depots last year. BP Volta charges 79p a unit.')).toEqual(['BP Volta']);
  });

  it('keeps products, places and people with a firm in their name as before', () => {
    expect(companies('Google Pixel phones are cheaper this year.')).toEqual(['Google']);
    expect(companies('Apple Watch, the smartwatch line of Apple, sold well.')).toEqual(['Apple']);
    expect(companies('Shell Beach said it would close the car park.')).toEqual([]);
    expect(companies('Nikola Tesla said little about money.')).toEqual([]);
  });
});
