import { describe, expect, it } from 'vitest';
import {
  basisOf,
  conflictConfidence,
  type FigureRow,
  formatFigure,
  MAX_REFERENCES,
  magnitudeConflict,
  periodMonths,
} from '../src/plausibility/magnitude-conflict.ts';

const series = { metric: 'steel output', subject: 'CN', partner: null };
const fig = (value: number, period: string | null, articleId = 100, over: Partial<FigureRow> = {}): FigureRow => ({ articleId, type: 'tonnage', value, unit: 't', kind: 'level', period, ...over });
/** Monthly output of about 80 million tonnes, from three articles. */
const monthly = [fig(8.1e7, '2025-07', 1), fig(7.9e7, '2025-08', 2), fig(8.4e7, '2025-09', 3), fig(8e7, '2025-06', 3)];

describe('periodMonths', () => {
  it('reads years, halves, quarters, months, fiscal years and spans', () => {
    expect(periodMonths('2025')).toBe(12);
    expect(periodMonths('2025-H2')).toBe(6);
    expect(periodMonths('2025-Q3')).toBe(3);
    expect(periodMonths('2025-09')).toBe(1);
    expect(periodMonths('FY2023-24')).toBe(12);
    expect(periodMonths('MY2024-25')).toBe(12);
    expect(periodMonths('FY2025-Q3')).toBe(3);
    expect(periodMonths('FY2024-H2')).toBe(6);
    expect(periodMonths('2014/2018')).toBe(60);
    expect(periodMonths('2026-01/2026-02')).toBe(2);
    expect(periodMonths('2025-Q1/2025-09')).toBe(9);
  });

  it('gives no length for days, weeks, open or reversed spans', () => {
    for (const p of ['2025-09-15', '2025-W38', '../2025', '2025/..', '2020/2018', 'last year']) expect(periodMonths(p)).toBeNull();
  });
});

describe('basisOf', () => {
  it('compares amounts per month, rates as they are, figures without a period apart', () => {
    expect(basisOf('t', '2025')).toEqual({ kind: 'month', months: 12 });
    expect(basisOf('USD/t', '2025')).toEqual({ kind: 'rate' });
    expect(basisOf('t', null)).toEqual({ kind: 'no-period' });
    expect(basisOf('t', '2025-09-15')).toBeNull();
  });
});

describe('magnitudeConflict', () => {
  it('flags a monthly figure three orders of magnitude below the stored median, and says why', () => {
    const v = magnitudeConflict(fig(80, '2025-10'), series, monthly);
    expect(v).toMatchObject({ conflict: true, references: 4, median: 8.05e7 });
    expect(v.conflict && v.reason).toBe("magnitude-store: 80 t in 2025-10 vs median 8.1e7 t of 4 stored CN 'steel output' figures per month (1000 times or more below)");
  });

  it('divides a year by its months before comparing', () => {
    // a year of a billion tonnes is about 83 million a month: in line with the monthly figures
    expect(magnitudeConflict(fig(1e9, '2025'), series, monthly).conflict).toBe(false);
    const v = magnitudeConflict(fig(960, '2024'), series, monthly);
    expect(v.conflict && v.reason).toMatch(/^magnitude-store: 960 t in 2024 \(80 t per month\) vs median 8\.1e7 t/);
  });

  it('flags a figure far above the median too', () => {
    const v = magnitudeConflict(fig(9e10, '2025-10'), series, monthly);
    expect(v.conflict && v.reason).toMatch(/1000 times or more above\)$/);
  });

  it('lets figures within three orders of magnitude pass', () => {
    expect(magnitudeConflict(fig(8.1e4 + 1, '2025-10'), series, monthly).conflict).toBe(false);
    expect(magnitudeConflict(fig(8e9, '2025-10'), series, monthly).conflict).toBe(false);
  });

  it('needs three figures from two other articles before it speaks', () => {
    expect(magnitudeConflict(fig(80, '2025-10'), series, monthly.slice(0, 2))).toEqual({ conflict: false, references: 2 });
    const oneArticle = monthly.map((r) => ({ ...r, articleId: 7 }));
    expect(magnitudeConflict(fig(80, '2025-10'), series, oneArticle).conflict).toBe(false);
  });

  it('never compares a figure with its own article', () => {
    const own = monthly.map((r) => ({ ...r, articleId: 100 }));
    expect(magnitudeConflict(fig(80, '2025-10', 100), series, own)).toEqual({ conflict: false, references: 0 });
  });

  it('compares a figure without a period only with figures without one', () => {
    expect(magnitudeConflict(fig(80, null), series, monthly)).toEqual({ conflict: false, references: 0 });
    const undated = monthly.map((r) => ({ ...r, period: null }));
    const v = magnitudeConflict(fig(80, null), series, undated);
    expect(v.conflict && v.reason).toContain("of 4 stored CN 'steel output' figures without a period");
  });

  it('skips figures dated to a day, changes, and references of another unit or type', () => {
    expect(magnitudeConflict(fig(80, '2025-10-03'), series, monthly).conflict).toBe(false);
    expect(magnitudeConflict(fig(80, '2025-10', 100, { kind: 'change' }), series, monthly).conflict).toBe(false);
    const money = monthly.map((r) => ({ ...r, type: 'money', unit: 'USD' }));
    expect(magnitudeConflict(fig(80, '2025-10'), series, money).references).toBe(0);
    const changes = monthly.map((r) => ({ ...r, kind: 'change' }));
    expect(magnitudeConflict(fig(80, '2025-10'), series, changes).references).toBe(0);
  });

  it('compares prices per unit as they are, whatever their periods, and names the partner', () => {
    const price = (value: number, period: string | null, articleId: number) => fig(value, period, articleId, { type: 'money', unit: 'USD/t', kind: 'level' });
    const prices = [price(650, '2025', 1), price(700, '2025-09', 2), price(680, null, 3)];
    const exports = { metric: 'steel export price', subject: 'CN', partner: 'VN' };
    expect(magnitudeConflict(price(690, '2025-Q3', 100), exports, prices).conflict).toBe(false);
    const v = magnitudeConflict(price(690_000, '2025-Q3', 100), exports, prices);
    expect(v.conflict && v.reason).toBe("magnitude-store: 690000 USD/t vs median 680 USD/t of 3 stored CN to VN 'steel export price' figures (1000 times or more above)");
  });

  it('takes the median of the most recent figures only', () => {
    // the newest MAX_REFERENCES say about 80 Mt a month; older ones, read wrongly, said 80 t
    const recent = Array.from({ length: MAX_REFERENCES }, (_, i) => fig(8e7, '2025-09', i + 1000));
    const old = Array.from({ length: MAX_REFERENCES + 50 }, (_, i) => fig(80, '2020-09', i + 5000));
    expect(magnitudeConflict(fig(8e7, '2025-10'), series, [...recent, ...old])).toEqual({ conflict: false, references: MAX_REFERENCES });
    expect(magnitudeConflict(fig(80, '2025-10'), series, [...recent, ...old]).conflict).toBe(true);
  });
});

describe('conflictConfidence', () => {
  it('puts the fact below the review threshold and at most at one half', () => {
    expect(conflictConfidence(0.95, 0.8)).toBe(0.5);
    expect(conflictConfidence(0.3, 0.8)).toBe(0.3);
    expect(conflictConfidence(0.95, 0.4)).toBe(0.399);
    expect(conflictConfidence(0.95, 0)).toBe(0);
  });
});

describe('formatFigure', () => {
  it('writes large and tiny figures with an exponent, others as numbers', () => {
    expect(formatFigure(65_000_000)).toBe('6.5e7');
    expect(formatFigure(1_234_567)).toBe('1230000');
    expect(formatFigure(80)).toBe('80');
    expect(formatFigure(0.0012)).toBe('1.2e-3');
  });
});
