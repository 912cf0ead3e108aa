import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import * as probes from './fixtures/legal-form-probes.ts';

/** The canonical names of the companies read from a text. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.value)))].sort();

const GROUPS: Record<string, readonly probes.Probe[]> = {
  'English-language forms': probes.ENGLISH_FORMS,
  'Asian and Pacific forms': probes.ASIA_PACIFIC_FORMS,
  'European forms': probes.EUROPE_FORMS,
  'Latin American and Russian forms': probes.AMERICAS_AND_EAST_FORMS,
  'capitals that only look like legal forms': probes.LOOK_ALIKES,
  'legal forms at the end of a sentence': probes.SENTENCE_ENDS,
  'legal forms in lists, possessives and beside titles': probes.IN_RUNNING_TEXT,
};

describe('legal forms: firms named with their legal form, and capitals that are not one', () => {
  for (const [group, cases] of Object.entries(GROUPS)) {
    it(group, () => {
      for (const [text, expected] of cases) expect(companies(text), text).toEqual([...expected].sort());
    });
  }

  it('never lets a legal form take the next sentence in', () => {
    for (const [text] of probes.SENTENCE_ENDS) {
      const facts = extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company');
      for (const f of facts) expect(String(f.text), text).not.toMatch(/\.\s+\S/);
    }
  });
});
