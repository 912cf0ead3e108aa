import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const countries = (text: string) => extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'country').map((f) => f.value);

describe('a country name that is also a given name', () => {
  it('is not a country when the person speaks', () => {
    expect(countries('Jordan said the licences would be issued within weeks.')).toEqual([]);
    expect(countries('Chad told reporters that the smelter would restart.')).toEqual([]);
  });

  it('is still the country where it is one', () => {
    expect(countries('Phosphate exports from Jordan rose 12% in September.')).toContain('JO');
    expect(countries('Exports to Chad rose sharply.')).toContain('TD');
  });
});
