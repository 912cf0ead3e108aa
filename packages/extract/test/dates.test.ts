import { describe, expect, it } from 'vitest';
import { recognizeDates } from '../src/index.ts';

/** Reference: Monday 20 October 2025. */
const REF = '2025-10-20';
const d = (text: string, ref: string | null = REF) => recognizeDates(text, ref).map((m) => [m.text, m.value]);

describe('recognizeDates', () => {
  it('reads absolute dates at the resolution written', () => {
    expect(d('The rules took effect on Oct. 9, 2025, after a review begun in March 2024 and a plan for Q3 2026.')).toEqual([
      ['Oct. 9, 2025', '2025-10-09'], ['March 2024', '2024-03'], ['Q3 2026', '2026-Q3'],
    ]);
    expect(d('Quotas for 2025 were issued in the 1990s style.')).toEqual([['2025', '2025'], ['the 1990s', '1990/1999']]);
  });

  it('reads a month with no year as the most recent one in past-tense text', () => {
    // an October article: April is the April just gone, not next April
    expect(d('The curbs were imposed in April and tightened in September.')).toEqual([['April', '2025-04'], ['September', '2025-09']]);
    expect(d('Data released on 19 December showed a fall.')).toEqual([['19 December', '2024-12-19']]);
  });

  it('reads weekdays by tense: said on Monday is the day itself, will resume on Thursday is ahead', () => {
    expect(d('The ministry said on Monday that licences were approved.')).toEqual([['Monday', '2025-10-20']]);
    expect(d('Officials met on Thursday.')).toEqual([['Thursday', '2025-10-16']]);
    expect(d('The talks will resume on Thursday.')).toEqual([['Thursday', '2025-10-23']]);
  });

  it('reads relative periods against the reference date', () => {
    expect(d('Shipments recovered last month and rose earlier this year; the U.S. acted last week.')).toEqual([
      ['last month', '2025-09'], ['earlier this year', '2025'], ['last week', '2025-W42'],
    ]);
    expect(d('Exports dipped in late June.')).toEqual([['late June', '2025-06']]);
    expect(d('Two weeks ago prices fell.')).toEqual([['Two weeks ago', '2025-10-06']]);
  });

  it('reads bounds and ranges', () => {
    const [since] = recognizeDates('Prices have risen since February 2023.', REF);
    expect(since).toMatchObject({ value: '2023-02/..', openEnd: true, qualifier: 'since' });
    const [r] = recognizeDates('The truce held from June to August.', REF);
    expect(r).toMatchObject({ from: '2025-06-01', to: '2025-09-01', qualifier: 'range' });
    expect(r!.parts.map((p) => [p.role, p.date.value])).toEqual([['from', '2025-06'], ['until', '2025-08']]);
  });

  it('leaves relative dates out when there is no reference date', () => {
    expect(d('Officials met on Thursday, in April 2024 and last month.', null)).toEqual([['April 2024', '2024-04']]);
  });

  it('does not read counts, versions, phone numbers, scores or may-the-verb as dates', () => {
    expect(d('This may or may not pass; 2000 pieces, version 1.1.3, tel 138-2010-2015 and a 3-1 win.')).toEqual([]);
  });
});
