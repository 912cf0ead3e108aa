import { describe, expect, it } from 'vitest';
import type { GoldFact } from '../bench-facts/gold.ts';
import { foldCompany, periodOfMonths, scoreArticle, type PredictedFact } from '../bench-facts/match.ts';

// A made-up annotated text: gold offsets point into it, as they point into the benchmark's bodies.
const body = 'Orecrest Mining Ltd. said on Friday its Norwegian unit shipped 1,200 tonnes; Orecrest shares rose about 4%.';
const at = (text: string, nth = 0) => {
  let start = body.indexOf(text);
  for (let n = 0; n < nth; n++) start = body.indexOf(text, start + 1);
  return { start, end: start + text.length };
};
const gold: GoldFact[] = [
  { type: 'company', value: 'Orecrest Mining', ...at('Orecrest Mining Ltd.') },
  { type: 'company', value: 'Orecrest Mining', ...at('Orecrest', 1) },
  { type: 'date', value: '2026-11-27', ...at('Friday') },
  { type: 'country', value: 'NO', ...at('Norwegian') },
  { type: 'tonnage', value: 1200, unit: 't', ...at('1,200 tonnes') },
  { type: 'percentage', value: 4, unit: '%', qualifier: 'about', optional: true, ...at('4%') },
];
const fact = (type: PredictedFact['type'], value: number | string, unit: string | null = null): PredictedFact => ({ type, value, unit, range: null, confidence: 0.9 });

describe('facts bench matcher', () => {
  it('folds case, accents, punctuation and legal suffixes of company names', () => {
    expect(foldCompany('Orecrest Mining Ltd.')).toBe(foldCompany('orecrest mining'));
    expect(foldCompany('Nestlé S.A.')).toBe(foldCompany('Nestle'));
    expect(foldCompany('Orecrest')).not.toBe(foldCompany('Orecrest Mining'));
  });

  it('counts a value once per article and accepts any annotated surface form of a company', () => {
    const s = scoreArticle([fact('company', 'Orecrest'), fact('company', 'Orecrest Mining'), fact('country', 'NO'), fact('country', 'NO')], gold, body);
    expect(s.tp.company).toBe(2);
    expect(s.tp.country).toBe(1);
    expect(s.labelled.map((l) => l.right)).toEqual([true, true, true, true]);
  });

  it('matches tonnage within half a percent and dates exactly', () => {
    const s = scoreArticle([fact('tonnage', 1203, 't'), fact('date', '2026-11'), fact('tonnage', 1300, 't')], gold, body);
    expect(s.tp.tonnage).toBe(1);
    expect(s.fp.tonnage).toBe(1);
    expect(s.fp.date).toBe(1);
    expect(s.fn.date).toBe(1);
    expect(s.missed.map((m) => body.slice(m.start, m.end))).toContain('Friday');
  });

  it('neither rewards nor penalises optional gold, and tells % from pp', () => {
    const found = scoreArticle([fact('percentage', 4, '%')], gold, body);
    expect([found.tp.percentage, found.fp.percentage, found.fn.percentage]).toEqual([0, 0, 0]);
    expect(found.labelled[0]!.right).toBeNull();
    const points = scoreArticle([fact('percentage', 4, 'pp')], gold, body);
    expect(points.fp.percentage).toBe(1);
    expect(scoreArticle([], gold, body).fn.percentage).toBe(0);
  });

  it('compares a price with its per-unit: the gold writes it apart, the extractor as CUR/unit', () => {
    const text = 'Cobalt sold at $33,000 a tonne, and the fund raised $2 million.';
    const where = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length });
    const prices: GoldFact[] = [
      { type: 'money', value: 33000, unit: 'USD', per: 'tonne', ...where('$33,000 a tonne') },
      { type: 'money', value: 2e6, unit: 'USD', ...where('$2 million') },
    ];
    const right = scoreArticle([fact('money', 33000, 'USD/t'), fact('money', 2e6, 'USD')], prices, text);
    expect([right.tp.money, right.fp.money, right.fn.money]).toEqual([2, 0, 0]);
    // a price read as an amount is not the price
    const amount = scoreArticle([fact('money', 33000, 'USD')], prices, text);
    expect([amount.tp.money, amount.fp.money]).toEqual([0, 1]);
  });
});

describe('periodOfMonths', () => {
  it('reads a span of whole months that is a quarter or a half as that period', () => {
    expect(periodOfMonths('2026-07/2026-09')).toBe('2026-Q3');
    expect(periodOfMonths('2025-01/2025-06')).toBe('2025-H1');
    expect(periodOfMonths('2025-07/2025-12')).toBe('2025-H2');
  });

  it('leaves other spans alone', () => {
    expect(periodOfMonths('2026-08/2026-10')).toBe('2026-08/2026-10');
    expect(periodOfMonths('2025-11/2026-01')).toBe('2025-11/2026-01');
    expect(periodOfMonths('2026-03-01/2026-03-31')).toBe('2026-03-01/2026-03-31');
  });
});
