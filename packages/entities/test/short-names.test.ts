import { describe, expect, it } from 'vitest';
import { definitionAfter, initialsMatch, shortKeys, shortRefusal } from '../src/index.ts';

describe('shortKeys', () => {
  it('cuts a name before its descriptors and keeps its first word', () => {
    expect(shortKeys('lynas rare earths').sort()).toEqual(['lynas', 'lynas rare']);
    expect(shortKeys('vulcan energy resources').sort()).toEqual(['vulcan', 'vulcan energy']);
  });

  it('never offers a country or common word alone', () => {
    expect(shortKeys('korea zinc')).toEqual([]);
    expect(shortKeys('northern minerals')).toEqual([]);
    expect(shortKeys('china northern rare earth')).toContain('china northern');
    expect(shortKeys('china northern rare earth')).not.toContain('china');
  });

  it('also cuts a name without the place that leads it', () => {
    expect(shortKeys('zhejiang huayou cobalt').sort()).toEqual(['huayou', 'huayou cobalt', 'zhejiang huayou']);
    expect(shortKeys('inner mongolia baotou steel')).toContain('baotou steel');
    expect(shortKeys('inner mongolia baotou steel')).not.toContain('baotou');
    expect(shortKeys('jiangxi copper')).toEqual([]);
  });

  it('gives reasons for refused forms', () => {
    expect(shortRefusal('sichuan')).toBe('a place name');
    expect(shortRefusal('china')).toBe('a country word');
    expect(shortRefusal('energy')).toBe('a common word');
    expect(shortRefusal('north american')).toBe('a common word');
    expect(shortRefusal('tianqi')).toBeNull();
  });
});

describe('definitionAfter', () => {
  it('reads an acronym whose letters are the initials of the name', () => {
    const text = 'Contemporary Amperex Technology Co. Limited (CATL) said';
    expect(definitionAfter(text, 43, 'Contemporary Amperex Technology Co. Limited')).toEqual({ acronym: 'CATL', tickers: [] });
  });

  it('reads one or more listings', () => {
    const text = 'Kestrel Magnetics (ASX: KMG; OTC: KSTMF) said';
    expect(definitionAfter(text, 17, 'Kestrel Magnetics')?.tickers).toEqual([
      { exchange: 'ASX', symbol: 'KMG' },
      { exchange: 'OTC', symbol: 'KSTMF' },
    ]);
    expect(definitionAfter('Energy Fuels (NYSE American: UUUU) rose', 12, 'Energy Fuels')?.tickers).toEqual([{ exchange: 'NYSE AMERICAN', symbol: 'UUUU' }]);
  });

  it("reads a short name made of the name's own words, quoted or not", () => {
    const text = 'Zhejiang Huayou Cobalt Co., Ltd. ("Huayou") said';
    expect(definitionAfter(text, 32, 'Zhejiang Huayou Cobalt Co., Ltd.')).toEqual({ acronym: null, shortName: 'Huayou', tickers: [] });
    expect(definitionAfter('Kestrel Magnetics (Kestrel; ASX: KMG) said', 17, 'Kestrel Magnetics')).toEqual({ acronym: null, shortName: 'Kestrel', tickers: [{ exchange: 'ASX', symbol: 'KMG' }] });
    expect(definitionAfter('Kestrel Magnetics (Kalgoorlie) said', 17, 'Kestrel Magnetics')).toBeNull();
  });

  it('ignores brackets that define nothing', () => {
    expect(definitionAfter('Kestrel Magnetics (pictured) said', 17, 'Kestrel Magnetics')).toBeNull();
    expect(definitionAfter('Kestrel Magnetics (2024) said', 17, 'Kestrel Magnetics')).toBeNull();
    expect(definitionAfter('Kestrel Magnetics (UN) said', 17, 'Kestrel Magnetics')).toBeNull();
    expect(definitionAfter('Kestrel Magnetics said (KM)', 17, 'Kestrel Magnetics')).toBeNull();
  });

  it('matches initials in order only', () => {
    expect(initialsMatch('LGES', 'LG Energy Solution')).toBe(true);
    expect(initialsMatch('ASM', 'Australian Strategic Materials')).toBe(true);
    expect(initialsMatch('SMA', 'Australian Strategic Materials')).toBe(false);
  });
});
