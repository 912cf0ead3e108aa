import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const names = (text: string) => [
  ...new Set(extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company').map((f) => f.value)),
];

describe('well-known companies of the region and sector lists', () => {
  it('knows large firms of many countries by the short names news gives them', () => {
    const text = 'Profits fell at Wesfarmers and Vonovia last quarter, while Hoa Phat and Ambev said demand held up.';
    expect(names(text)).toEqual(expect.arrayContaining(['Wesfarmers', 'Vonovia', 'Hoa Phat', 'Ambev']));
  });

  it('reads a listed name that is also a word as the word without a cue, and as the firm with one', () => {
    expect(names('The Huntsman rode out at dawn with his hounds.')).toEqual([]);
    expect(names('The chemical maker Huntsman cut its sales forecast for the year.')).toEqual(['Huntsman']);
  });

  it('needs a cue for a chain named with one word and a possessive', () => {
    expect(names("The council praised Portillo's report on the flood.")).toEqual([]);
  });
});

describe('market index codes', () => {
  it('are not the company that shares their letters', () => {
    expect(names('On Wall Street the index .DJI slipped 0.4% by noon.')).toEqual([]);
    expect(names('The drone maker DJI raised its prices in Europe.')).toEqual(['DJI']);
  });
});
