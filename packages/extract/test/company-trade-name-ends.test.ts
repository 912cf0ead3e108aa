import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Firms named for their trade ("X Textiles", "X Breweries"), in invented sentences. */
const names = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company').map((f) => f.value))];

describe('a name ending in a trade that firms are named for', () => {
  it('is a firm mid-sentence', () => {
    expect(names('Loans to Hatton Textiles were rescheduled in June.')).toEqual(['Hatton Textiles']);
    expect(names('Workers at Kirra Breweries walked out on Friday.')).toEqual(['Kirra Breweries']);
    expect(names('A strike hit Ogun Tyres last week.')).toEqual(['Ogun Tyres']);
    expect(names('Shares of Marlowe Packaging rose after the results.')).toEqual(['Marlowe Packaging']);
    expect(names('Sales at Lotus Jewellers doubled over the festival.')).toEqual(['Lotus Jewellers']);
  });

  it('is not a ministry, department, board or museum named for that trade', () => {
    expect(names('The Ministry of Textiles set a new quota.')).toEqual([]);
    expect(names('The Department of Fisheries closed the bay.')).toEqual([]);
    expect(names('The National Poultry Board met on Monday.')).toEqual([]);
    expect(names('Visitors to the Hatton Textiles Museum rose by a third.')).toEqual([]);
  });
});
