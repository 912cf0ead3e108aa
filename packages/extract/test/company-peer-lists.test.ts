import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** The companies read from a text, by the surface form of each mention. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

describe('members of a list of peers beside a firm', () => {
  it('reads the other members of a peer list with one firm in it as firms', () => {
    expect(companies('Higher pulp costs could help rivals such as Boeing and Marrowfield raise prices.')).toEqual(['Boeing', 'Marrowfield']);
    expect(companies('The tariff may hurt competitors including Airbus and Quellwater-Brandt next year.')).toEqual(['Airbus', 'Quellwater-Brandt']);
    expect(companies('Suppliers such as Bosch, Continental and Tarrow Gears cut output.')).toEqual(['Bosch', 'Continental', 'Tarrow Gears']);
  });

  it('leaves people, places and institutions in such lists alone', () => {
    expect(companies('Rivals such as Jane Roe and Boeing spoke at the hearing.')).toEqual(['Boeing']);
    expect(companies('Rivals such as Boeing and Oxford University bid for the grant.')).toEqual(['Boeing']);
    expect(companies('Rivals such as Boeing and the Fraunhofer Institute bid for the grant.')).toEqual(['Boeing']);
    expect(companies('Rivals such as China and Boeing want the same minerals.')).toEqual(['Boeing']);
  });

  it('needs a firm in the list and a noun of peers before it', () => {
    expect(companies('Rivals such as Marrowfield and Tessaly raised prices.')).toEqual([]);
    expect(companies('Cities such as Leeds and Boeing were named.')).toEqual(['Boeing']);
    expect(companies('Players such as Boeing and Halloran were praised by the coach.')).toEqual(['Boeing']);
  });
});
