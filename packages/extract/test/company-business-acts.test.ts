import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** The companies read from a text, by the surface form of each mention. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

describe('what only a business does, for names that look like people or are unknown', () => {
  it('reads a name that shuts or opens "its" branch or store as a firm', () => {
    expect(companies('The high street lost its bakery this spring. Henry Alder shut its branch in nearby Wexcombe in 2021.')).toEqual(['Henry Alder']);
    expect(companies('The council said Ryan Price opened its first store in Leeds.')).toEqual(['Ryan Price']);
  });

  it('leaves people who shut their own shop, and bodies that close a branch, alone', () => {
    expect(companies('Mary Evans shut her shop in 2020.')).toEqual([]);
    expect(companies('Oxford University closed its branch campus in 2019.')).toEqual([]);
  });

  it("reads the other side of a team's kit deal as a firm", () => {
    expect(companies('The club said its kit deal with Harlowby was renewed in March.')).toEqual(['Harlowby']);
    expect(companies("The club's shirt deal with Tarrowin runs until 2028.")).toEqual(['Tarrowin']);
  });

  it("leaves a maker's deal with a team, and a deal with a person, alone", () => {
    expect(companies("Nike's kit deal with Chelsea ended in May.")).toEqual(['Nike']);
    expect(companies('Her kit deal with Leeds United ended.')).toEqual([]);
    expect(companies('Its shirt deal with Jane Roe ended.')).toEqual([]);
  });
});

describe('names ending in a transport trade', () => {
  it('reads ferry and air operators by the last word of their names', () => {
    expect(companies('Wexcombe Ferries keeps its island route after a review.')).toEqual(['Wexcombe Ferries']);
    expect(companies('Tarrow Airways cut fares on Monday.')).toEqual(['Tarrow Airways']);
  });

  it('leaves the same words as plain nouns, in bodies and in names of people alone', () => {
    expect(companies('Ferries were cancelled across the strait on Monday.')).toEqual([]);
    expect(companies('The Department of Ferries said the route would stay.')).toEqual([]);
  });
});
