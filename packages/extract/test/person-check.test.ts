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

describe('the exporter of a figure that names only its destination', () => {
  it('is taken from the article when one country is the subject of its other trade figures', () => {
    const text = [
      "China's magnet exports fell 6.1% in September to 5,774 tonnes.",
      "China's exports to Japan rose to 612 tonnes in September.",
      'Exports to the US came to 421 tonnes last month.',
    ].join('\n\n');
    const facts = extractFacts({ text, published: '2025-10-20' });
    const us = facts.find((f) => f.type === 'tonnage' && f.value === 421);
    expect(us?.measurement).toMatchObject({ subject: 'CN', partner: 'US', period: '2025-09' });
    expect(us?.reasons.join(' ')).toContain('taken from the article');
  });

  it('is left unknown when the article reports several exporters', () => {
    const text = ["Japan's exports fell to 300 tonnes in September.", "China's exports rose to 900 tonnes in September.", 'Exports to the US came to 421 tonnes last month.'].join('\n\n');
    const us = extractFacts({ text, published: '2025-10-20' }).find((f) => f.type === 'tonnage' && f.value === 421);
    expect(us?.measurement?.subject ?? null).toBeNull();
  });
});
