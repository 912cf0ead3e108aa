import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Company names no list knows, introduced by the trade news gives them; invented sentences. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('a firm introduced by a determiner and its trade', () => {
  it('takes a name after a trade people share, once a determiner makes it a noun phrase', () => {
    expect(names('The club signed a sponsorship with the online car dealer Zoomcar, worth a lot, this year.')).toEqual(['Zoomcar']);
    expect(names('Volterra, owned by the French fund Quintaris, said last week it had installed chargers.')).toContain('Quintaris');
    expect(names('The network is backed by the Dutch infrastructure fund Veldmark Green and a bank.')).toEqual(['Veldmark Green']);
    expect(names('The used-car dealer Autovia cut prices.')).toEqual(['Autovia']);
    expect(names('The property developer Orlanza built the tower.')).toEqual(['Orlanza']);
  });

  it('leaves the verb "fund" and the people a trade describes', () => {
    expect(names('The government plans to fund Quintaris projects.')).toEqual([]);
    expect(names('The new budget would fund Orvanta programmes.')).toEqual([]);
    expect(names('The art dealer John Smith sold the painting.')).toEqual([]);
    expect(names('The fund manager John Smith said returns were weak.')).toEqual([]);
    expect(names('The billionaire investor Warren Buffett bought shares.')).toEqual([]);
  });

  it('takes a group only when a trade of business qualifies it', () => {
    expect(names('The French mining group Vorlex cut output.')).toEqual(['Vorlex']);
    expect(names('A private equity group, Holtbridge, bought it.')).toEqual(['Holtbridge']);
    expect(names('The rock group Velvet Morning toured.')).toEqual([]);
    expect(names('The pressure group Clean Rivers protested.')).toEqual([]);
  });

  it('takes a newcomer set off by commas only among words of a market', () => {
    expect(names('A Norwegian newcomer, Kvistr TV, bid for the package but fell short.')).toEqual(['Kvistr TV']);
    expect(names('A streaming newcomer, Halvex, bid for the rights.')).toEqual(['Halvex']);
    expect(names('A political newcomer, Jane Holt, won the seat.')).toEqual([]);
    expect(names('A newcomer, Halvard, won the race.')).toEqual([]);
  });

  it('does not read a place or a body after a trade', () => {
    expect(names('The utility in Cork raised prices.')).toEqual([]);
    expect(names('The sovereign wealth fund of Norway sold shares.')).toEqual([]);
    expect(names('The Nordic sovereign wealth fund Fjellkap sold shares.')).toEqual([]);
  });
});

describe('a name an ampersand alone made a firm', () => {
  it('is the outlet a source speaks to when it is told something, and a firm elsewhere', () => {
    expect(names('Chief executive Jane Roe told Bolt & Wire that the cell would cost less.')).toEqual([]);
    expect(names('The lawyers at Dalton & Pryce advised the buyer.')).toEqual(['Dalton & Pryce']);
    expect(names('According to Harlow & Finch, prices will rise.')).toEqual(['Harlow & Finch']);
  });
});
