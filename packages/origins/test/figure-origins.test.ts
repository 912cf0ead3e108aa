import { describe, expect, it } from 'vitest';
import { corroborationLabel, figureOrigins } from '../src/figure-origins.ts';

const report = (article_id: number, origin_id: number, origin_outlet: string, outlet: string, sentence = 'Exports fell 12% in May.') => ({ article_id, origin_id, origin_outlet, outlet, sentence });

describe('figureOrigins', () => {
  it('counts copies of one story once, and outlets apart', () => {
    const o = figureOrigins([
      report(1, 1, 'Meridian Wire', 'Meridian Wire'),
      report(2, 1, 'Meridian Wire', 'Argus'),
      report(3, 1, 'Meridian Wire', 'Daily Ledger'),
      report(4, 4, 'Coastline Post', 'Coastline Post'),
    ]);
    expect(o.count).toBe(2);
    expect(o.names).toEqual(['Meridian Wire', 'Coastline Post']);
    expect(o.outlets).toBe(4);
  });

  it('counts a report that credits another outlet as that outlet\'s origin', () => {
    const o = figureOrigins([
      report(1, 1, 'Argus', 'Argus'),
      report(2, 2, 'Daily Ledger', 'Daily Ledger', 'Exports fell 12% in May, Argus reported.'),
      report(3, 3, 'Metals Weekly', 'Metals Weekly', 'Exports fell 12% in May, Polar News reported.'),
    ]);
    expect(o.count).toBe(2);
    expect(o.keys[0]).toBe(o.keys[1]);
    expect(o.names).toEqual(['Argus', 'Polar News']);
  });
});

describe('corroborationLabel', () => {
  it('writes outlets and origins with their names', () => {
    expect(corroborationLabel(4, ['Meridian Wire', 'Argus'])).toBe('4 outlets · 2 origins (Meridian Wire, Argus)');
    expect(corroborationLabel(1, ['Argus'])).toBe('1 outlet · 1 origin (Argus)');
    expect(corroborationLabel(1, ['Argus', 'Argus'])).toBe('1 outlet · 2 origins (Argus)');
  });
});
