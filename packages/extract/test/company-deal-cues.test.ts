import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented names no list holds: takeovers, relations, sites and staff only a business has. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('a firm as the target of a takeover', () => {
  it('takes the name a deal plans to buy or bids for', () => {
    expect(names('Marvent is in talks to acquire Kelsor.')).toEqual(['Kelsor']);
    expect(names('Last week Marvent agreed to buy Kelsor for $2 billion.')).toEqual(['Marvent', 'Kelsor']);
    expect(names('Marvent made a takeover bid for Kelsor.')).toEqual(['Kelsor']);
    expect(names('Marvent made an all-cash offer for Kelsor.')).toEqual(['Kelsor']);
    expect(names('Kelsor rejected a takeover offer from a rival.')).toEqual(['Kelsor']);
  });

  it('leaves a player, a city and a chamber out', () => {
    expect(names('The club made a bid for Anna Berg.')).toEqual([]);
    expect(names('Paris made a bid for the Olympics.')).toEqual([]);
    expect(names('The Senate rejected a takeover offer.')).toEqual([]);
  });
});

describe('a firm beside its own relations', () => {
  it('takes the name before "and its rival" or "and its parent company"', () => {
    expect(names('Dravio and its rival Pellmor raised prices.')).toEqual(['Dravio', 'Pellmor']);
    expect(names('Dravio and its parent company Marvent declined to comment.')).toEqual(['Dravio', 'Marvent']);
    expect(names('Quorvell and its suppliers met in May.')).toEqual(['Quorvell']);
  });

  it('leaves people and their rivals, and a charity and its supporters, out', () => {
    expect(names('Anna Berg and her rival Jane Roe met.')).toEqual([]);
    expect(names('Greenpeace and its supporters marched.')).toEqual([]);
  });
});

describe('a firm by the sites it runs, the staff it counts and the people it employs', () => {
  it('takes the subject that opens, builds or closes factories and stores', () => {
    expect(names('Kelsor opened a new factory in Texas.')).toEqual(['Kelsor']);
    expect(names('Kelsor will build a plant in Ohio.')).toEqual(['Kelsor']);
    expect(names('Kelsor plans to close 40 stores next year.')).toEqual(['Kelsor']);
    expect(names('Kelsor opened a new school in Texas.')).toEqual([]);
    expect(names('Anna Berg grew up in Ohio. Berg opened a store in 1990.')).toEqual([]);
  });

  it('takes the name that counts employees or a market value as its own', () => {
    expect(names('Kelsor has 3,000 employees.')).toEqual(['Kelsor']);
    expect(names('Kelsor has about 300 stores.')).toEqual(['Kelsor']);
    expect(names('Kelsor has a market value of $3 billion.')).toEqual(['Kelsor']);
    expect(names('Ohio has 3,000 workers in steel.')).toEqual([]);
    expect(names('Anna Berg has 3 employees.')).toEqual([]);
  });

  it('takes the employer of staff named after it, behind a determiner', () => {
    expect(names('Anna Berg, a former Kelsor executive, spoke.')).toEqual(['Kelsor']);
    expect(names('Two Kelsor engineers quit.')).toEqual(['Kelsor']);
    expect(names('A former Senate employee spoke.')).toEqual([]);
  });

  it("takes a firm's board of directors and its brands", () => {
    expect(names("Kelsor's board of directors rejected the offer.")).toEqual(['Kelsor']);
    expect(names('Kelsor, whose brands include Vexo, said sales fell.')).toEqual(['Kelsor']);
    expect(names('Anna Berg, whose brand is strong, spoke.')).toEqual([]);
  });

  it('takes a chain named before one of its many shops, not a street, a feast or a town\'s one store', () => {
    expect(names('She worked at a Kelsor store in Ohio.')).toEqual(['Kelsor']);
    expect(names('Two Kelsor restaurants closed.')).toEqual(['Kelsor']);
    expect(names('He bought a Kelsor franchise.')).toEqual(['Kelsor']);
    expect(names('The nearest Kelsor store is an hour away.')).toEqual(['Kelsor']);
    expect(names('She runs a Main Street store.')).toEqual([]);
    expect(names('We met at the Christmas store.')).toEqual([]);
    expect(names('The Belvidere store closed.')).toEqual([]);
  });

  it('takes a name bought for millions, not a house or a bargain', () => {
    expect(names('Danish brewer Skovby buys Lodeham Brewery for £48m')).toEqual(['Skovby', 'Lodeham Brewery']);
    expect(names('Marvent bought Kelsor for 300 million euros.')).toEqual(['Marvent', 'Kelsor']);
    expect(names('She bought Elm Cottage for £2m.')).toEqual([]);
    expect(names('He bought Picasso for $2 million.')).toEqual([]);
  });

  it('reads the clause a relative pronoun opens after the name as the name\'s own', () => {
    expect(names('Kelsor, which has 3,000 employees, said so.')).toEqual(['Kelsor']);
    expect(names('Kelsor, which went public in 2018, said so.')).toEqual(['Kelsor']);
    expect(names('Kelsor, which was acquired by Marvent in 2019, said so.')).toEqual(['Kelsor', 'Marvent']);
    expect(names('Kelsor, which filed for Chapter 11 last year, said so.')).toEqual(['Kelsor']);
    expect(names('Anna Berg, who has 3 employees, said so.')).toEqual([]);
  });

  it('takes a trade named without its article in an apposition, and the company behind a product', () => {
    expect(names('Kelsor, maker of Vexo zippers, said so.')).toEqual(['Kelsor']);
    expect(names('Kelsor, supplier of parts to carmakers, said so.')).toEqual(['Kelsor']);
    expect(names('Kelsor, the company behind the Vexo app, said so.')).toEqual(['Kelsor']);
    expect(names('Anna Berg, maker of fine cakes, said so.')).toEqual([]);
    expect(names('Anna Berg, mother of two, said so.')).toEqual([]);
  });
});

