import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { DATE_PROBES, PERCENT_PROBES, TONNAGE_PROBES, type Probe } from './trade-phrasing.cases.ts';
import { checkProbe } from './trade-phrasing.check.ts';

/** A mid-November story: "the first half" and "the third quarter" are this year's, "June" the last one. */
const PUBLISHED = '2025-11-15';

function problems(p: Probe): string[] {
  return checkProbe(p, extractFacts({ text: p.text, published: p.published ?? PUBLISHED }));
}

describe('trade and commodity phrasing, read by the conventions', () => {
  describe('tonnages: abbreviations, scales, rates, ranges, tables, and masses that are no goods', () => {
    it.each(TONNAGE_PROBES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
      expect(problems(p)).toEqual([]);
    });
  });

  describe('trade periods: spans of months, compact quarters and halves, fiscal and marketing years', () => {
    it.each(DATE_PROBES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
      expect(problems(p)).toEqual([]);
    });
  });

  describe('percentages: comparison bases, signed changes, duties and percentage points', () => {
    it.each(PERCENT_PROBES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
      expect(problems(p)).toEqual([]);
    });
  });

  it('keeps "tons" doubtful and "metric tons" sure', () => {
    const [tons] = extractFacts({ text: 'The exporter shipped 40,000 tons of sugar.', published: PUBLISHED }).filter((f) => f.type === 'tonnage');
    const [metric] = extractFacts({ text: 'The exporter shipped 40,000 metric tons of sugar.', published: PUBLISHED }).filter((f) => f.type === 'tonnage');
    expect(tons!.value).toBe(40_000);
    expect(metric!.value).toBe(40_000);
    expect(metric!.rawConfidence!).toBeGreaterThan(tons!.rawConfidence!);
  });

  it('dates a table cell by the month of its row and the year of its column', () => {
    const text = "China's copper cathode imports (kt)\n\nMonth | 2024 | 2025\n\nJan | 310 | 295\n\nFeb | 280 | 301";
    const cells = extractFacts({ text, published: PUBLISHED }).filter((f) => f.type === 'tonnage');
    expect(cells.map((f) => [f.value, f.measurement?.period])).toEqual([[310_000, '2024-01'], [295_000, '2025-01'], [280_000, '2024-02'], [301_000, '2025-02']]);
  });

  it('links a tonnage to a span of months as its period', () => {
    const facts = extractFacts({ text: 'In January-September, China imported 95.3 mln t of soybeans.', published: PUBLISHED });
    const t = facts.find((f) => f.type === 'tonnage')!;
    expect(t.value).toBe(95_300_000);
    expect(t.measurement?.period).toBe('2025-01/2025-09');
  });
});
