import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError, parseEntityCsv, parseWikidataJson } from '../src/index.ts';

describe('parseEntityCsv', () => {
  it('loads the sample knowledge base', () => {
    const rows = parseEntityCsv(readFileSync(new URL('../../../fixtures/entities/critical-minerals.csv', import.meta.url), 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const lynas = rows.find((r) => r.name === 'Lynas Rare Earths');
    expect(lynas?.aliases).toContain('Lynas');
    expect(lynas?.tickers).toEqual([{ exchange: 'ASX', symbol: 'LYC' }]);
    expect(rows.find((r) => r.name === 'Arcadium Lithium')?.parent).toBe('Rio Tinto');
    expect(rows.find((r) => r.name === 'Energy Fuels')?.tickers[0]?.exchange).toBe('NYSE AMERICAN');
  });

  it('reads quoted fields and ids', () => {
    const [row] = parseEntityCsv('name,aliases,ids,parent\n"Kestrel, Magnetics","Kestrel|""KM""",qid:Q4242|lei:ABCDEFGHIJ0123456789,\n');
    expect(row).toMatchObject({ name: 'Kestrel, Magnetics', aliases: ['Kestrel', '"KM"'], qid: 'Q4242', lei: 'ABCDEFGHIJ0123456789', parent: null });
  });

  it('lists every bad row and returns nothing', () => {
    const bad = 'name,ids\n ,qid:Q1\nKestrel,lei:short\nFell,isin:US123\n';
    expect(() => parseEntityCsv(bad)).toThrow(ImportFormatError);
    expect(() => parseEntityCsv(bad)).toThrow(/line 2: no name\nline 3: .*not an LEI.*\nline 4/);
    expect(() => parseEntityCsv('alias\nx\n')).toThrow(/no "name" column/);
  });
});

describe('parseWikidataJson', () => {
  it('reads labels, aliases, LEI, tickers and parent', () => {
    const doc = {
      entities: {
        Q4242: {
          id: 'Q4242',
          labels: { en: { value: 'Kestrel Magnetics' } },
          aliases: { en: [{ value: 'Kestrel' }] },
          claims: {
            P1278: [{ mainsnak: { datavalue: { value: 'ABCDEFGHIJ0123456789' } } }],
            P414: [{ mainsnak: { datavalue: { value: { id: 'Q1' } } }, qualifiers: { P249: [{ datavalue: { value: 'kmg' } }] } }],
            P749: [{ mainsnak: { datavalue: { value: { id: 'Q4343' } } } }],
          },
        },
      },
    };
    expect(parseWikidataJson(JSON.stringify(doc))).toEqual([
      { name: 'Kestrel Magnetics', kind: 'company', aliases: ['Kestrel'], qid: 'Q4242', lei: 'ABCDEFGHIJ0123456789', tickers: [{ exchange: null, symbol: 'KMG' }], parent: 'Q4343' },
    ]);
  });

  it('refuses what is not that shape', () => {
    expect(() => parseWikidataJson('{')).toThrow(/not JSON/);
    expect(() => parseWikidataJson('{"x":1}')).toThrow(/no entities/);
    expect(() => parseWikidataJson('[{"id":"Q1"}]')).toThrow(/English label/);
  });
});
