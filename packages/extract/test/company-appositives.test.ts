import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented firms described by an apposition of who owns them or where they sit, and a business's partners. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('an apposition that says who owns a firm or where it sits', () => {
  it('reads hyphenated ownership and seat adjectives before a business noun', () => {
    expect(names('Greyholt Dairy, the farmer-owned cooperative, cut its milk price.')).toEqual(['Greyholt Dairy']);
    expect(names('Quennell, the family-owned chain, closed a branch.')).toEqual(['Quennell']);
    expect(names('Havrin, a Lagos-based start-up, hired staff.')).toEqual(['Havrin']);
    expect(names('Tarrow Coaches, the family-owned operator, said fares would rise.')).toEqual(['Tarrow Coaches']);
    expect(names('Dovecrest, the employee-owned supplier, grew.')).toEqual(['Dovecrest']);
  });

  it('reads an adverb before the participle, as an adjective or as the start of a clause', () => {
    expect(names('Pellworth, a privately owned retailer, opened two stores.')).toEqual(['Pellworth']);
    expect(names('Vastreme, a firm recently listed in Oslo, fell.')).toEqual(['Vastreme']);
    expect(names('Corbel, a company wholly owned by Danton, grew.')).toContain('Corbel');
  });

  it('takes a cooperative that trades, and leaves a housing one out', () => {
    expect(names('Brackley Co-op, a dairy cooperative, raised prices.')).toEqual(['Brackley Co-op']);
    expect(names('Mellow Street, a housing cooperative, held a vote.')).toEqual([]);
  });

  it('leaves out a person, a public body, a club and a charity described the same way', () => {
    expect(names("Jane Roe, the family-owned firm's founder, retired.")).toEqual([]);
    expect(names('Kelby Ward, the state-owned regulator, fined the bank.')).toEqual([]);
    expect(names('Rovers, the fan-owned club, won again.')).toEqual([]);
    expect(names('Fenmoor, a Leeds-based charity, gave grants.')).toEqual([]);
    expect(names('Ardent Lane, a state-owned agency, audits firms.')).toEqual([]);
    expect(names('Lunfield, a non-profit, helps farmers.')).toEqual([]);
  });
});

describe('the partner of a business', () => {
  it('takes the name after "its partner", "their partner" and "its technology partner"', () => {
    expect(names('The deal was signed with its partner Telvara last week.')).toEqual(['Telvara']);
    expect(names('The bank sold its stake to its partner, Telvara.')).toEqual(['Telvara']);
    expect(names('The carrier and its technology partner Quorsa won the tender.')).toEqual(['Quorsa']);
    expect(names('The two insurers signed the lease with their partner Corvane in Oslo.')).toEqual(['Corvane']);
  });

  it('leaves a person\'s partner and a fund\'s partner (a person) out', () => {
    expect(names('Its partner Nomvula Dube said the fund would back two more start-ups.')).toEqual([]);
    expect(names('The fund has backed four firms. Its partner, Sipho Tembe, said so.')).toEqual([]);
    expect(names('She thanked her partner Tom Reed for support.')).toEqual([]);
    expect(names('He and his partner Ana Silva run the farm.')).toEqual([]);
    expect(names('Their partner Tom Reed joined them at the table.')).toEqual([]);
  });
});
