import { describe, expect, it } from 'vitest';
import type { GoldFact } from '../bench-facts/gold.ts';
import { goldCompanyNames } from '../bench-facts/unseen-names.ts';
import { extractFacts } from '../../packages/extract/src/index.ts';

const body = 'Shares of Glencore fell on Tuesday. Glencore\'s rival Kestrel Mining Ltd said output rose in Chile.';
const at = (s: string, from = 0) => ({ start: body.indexOf(s, from), end: body.indexOf(s, from) + s.length });

describe('goldCompanyNames', () => {
  it('gives the canonical names and the surfaces of company facts only', () => {
    const facts: GoldFact[] = [
      { type: 'company', value: 'Glencore plc', ...at('Glencore') },
      { type: 'company', value: 'Glencore plc', ...at("Glencore's") },
      { type: 'company', value: 'Kestrel Mining Ltd', ...at('Kestrel Mining Ltd') },
      { type: 'country', value: 'CL', ...at('Chile') },
    ];
    expect(new Set(goldCompanyNames(facts, body))).toEqual(new Set(['Glencore', "Glencore's", 'Glencore plc', 'Kestrel Mining Ltd']));
  });
});

describe('unseen company names in the extractor', () => {
  const companies = (unseen?: string[]) =>
    extractFacts({ text: 'The weather report mentioned Vale twice this year.', published: '2025-05-02' }, unseen ? { unseenCompanyNames: unseen } : {})
      .filter((f) => f.type === 'company')
      .map((f) => f.value);

  it('finds a listed name normally, and not once it is hidden and nothing else says it is a firm', () => {
    expect(companies()).toContain('Vale');
    expect(companies(['Vale S.A.'])).not.toContain('Vale');
  });

  it('hides nothing for the next article', () => {
    companies(['Vale']);
    expect(companies()).toContain('Vale');
  });
});
