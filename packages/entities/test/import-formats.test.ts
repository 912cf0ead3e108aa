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
            P414: [{ mainsnak: { datavalue: { value: { id: 'Q82059' } } }, qualifiers: { P249: [{ datavalue: { value: 'kmg' } }] } }],
            P749: [{ mainsnak: { datavalue: { value: { id: 'Q4343' } } } }],
          },
        },
      },
    };
    expect(parseWikidataJson(JSON.stringify(doc))).toEqual([
      { name: 'Kestrel Magnetics', kind: 'company', aliases: ['Kestrel'], qid: 'Q4242', lei: 'ABCDEFGHIJ0123456789', tickers: [{ exchange: 'NASDAQ', symbol: 'KMG' }], parent: 'Q4343' },
    ]);
  });

  it('gives each ticker the exchange it is listed on (P414), from our table, the file, or its QID', () => {
    const rows = parseWikidataJson(readFileSync(new URL('../../../fixtures/entities/wikidata-sample.json', import.meta.url), 'utf8'));
    // The exchange described in the file is read as an exchange, not imported as a company.
    expect(rows.map((r) => r.name)).toEqual(['Kestrel Magnetics', 'Tasman Ridge Resources', 'Bluestone Lithium']);
    const [kestrel, tasman, bluestone] = rows;
    // Preferred listing first; a deprecated one is dropped.
    expect(kestrel!.tickers).toEqual([
      { exchange: 'ASX', symbol: 'KMG' },
      { exchange: 'NYSE', symbol: 'KSTM' },
    ]);
    expect(kestrel).toMatchObject({ qid: 'Q90000001', lei: 'KESTRELMAG0000000042', parent: 'Q90000002', aliases: ['Kestrel', 'Kestrel Magnetics Pty Ltd'] });
    // An exchange nobody describes keeps its QID; the same symbol given alone is not listed twice.
    expect(tasman!.tickers).toEqual([{ exchange: 'Q90000077', symbol: 'TRR' }]);
    expect(bluestone!.tickers).toEqual([{ exchange: null, symbol: 'BSL' }]);
  });

  it('refuses what is not that shape', () => {
    expect(() => parseWikidataJson('{')).toThrow(/not JSON/);
    expect(() => parseWikidataJson('{"x":1}')).toThrow(/no entities/);
    expect(() => parseWikidataJson('[{"id":"Q1"}]')).toThrow(/English label/);
  });
});
