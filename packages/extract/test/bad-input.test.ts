import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeCompanies, recognizeDates, recognizeNumbers, recognizePercentages, recognizeWeights } from '../src/index.ts';

/** Input that is empty, huge or strange returns (quickly, measured in the bench, not here) without throwing. */

function check(text: string): void {
  const facts = extractFacts({ text, published: '2025-10-21' });
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
}

describe('bad input', () => {
  it('empty and blank text give no facts', () => {
    expect(extractFacts({ text: '', published: null })).toEqual([]);
    expect(extractFacts({ text: ' \n\n\t ', published: '2025-10-21' })).toEqual([]);
    expect(recognizeNumbers('')).toEqual([]);
    expect(recognizeDates('', null)).toEqual([]);
  });

  it('a malformed publication date is treated as none', () => {
    expect(extractFacts({ text: 'Officials met on Monday in 2024.', published: 'yesterday-ish' }).map((f) => f.text)).toEqual(['2024']);
  });

  it('5 MB of digits', () => {
    check('1234567890'.repeat(500_000));
  });

  it('5 MB of figures separated by spaces, commas, dashes and slashes', () => {
    check('1 2 3 4 5 6 7 8 9 0 '.repeat(250_000));
    check('1,'.repeat(2_500_000));
    check('-1-2'.repeat(1_250_000));
    check('1/2/'.repeat(1_250_000));
  });

  it('long runs of words that could start numbers, dates and names', () => {
    check('one hundred and '.repeat(200_000));
    check('the May '.repeat(300_000));
    check('Lynas Rare Earths Co '.repeat(100_000));
    check('in 2025 '.repeat(300_000));
  });

  // Each of these was quadratic (a figure scanned every date and country of the article, a mention
  // every company name, a capitalized run re-read itself at every "and"): minutes for pages like these.
  it('thousands of short sentences: each figure links to the date and country of its own sentence', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const countries = [['Japan', 'JP'], ['Germany', 'DE'], ['India', 'IN']] as const;
    const n = 30_000;
    const text = Array.from({ length: n }, (_, i) => `Exports to ${countries[i % 3]![0]} rose to ${i + 1} tonnes in ${months[i % 12]} 2024.`).join(' ');
    const tonnages = extractFacts({ text, published: '2025-05-06' }).filter((f) => f.type === 'tonnage');
    expect(tonnages).toHaveLength(n);
    tonnages.forEach((f, i) => {
      expect(f.value).toBe(i + 1);
      expect(f.measurement).toEqual({ metric: 'exports', subject: null, partner: countries[i % 3]![1], period: `2024-${String((i % 12) + 1).padStart(2, '0')}` });
    });
  });

  it('thousands of companies, each with its short form', () => {
    const name = (i: number) => {
      let s = '';
      do {
        s += String.fromCharCode(97 + (i % 26));
        i = Math.floor(i / 26);
      } while (i > 0);
      return `Zen${s}`;
    };
    const n = 8_000;
    const text = Array.from({ length: n }, (_, i) => `Baotou ${name(i)} Magnet Co said output rose. ${name(i)} shipped 12 tonnes.`).join(' ');
    const companies = extractFacts({ text, published: '2025-05-06' }).filter((f) => f.type === 'company');
    expect(companies).toHaveLength(2 * n);
    companies.forEach((f, k) => expect(f.value).toBe(`Baotou ${name(k >> 1)} Magnet Co`));
  });

  it('a capitalized run joined by "and" a hundred thousand times', () => {
    expect(recognizeCompanies(`${'Ministry and Agency and '.repeat(100_000)}.`)).toEqual([]);
  });

  it('unusual Unicode: no-break and thin spaces, full-width digits, right-to-left marks, emoji, lone surrogates', () => {
    const odd = 'Exports fell\u00a028.7\u2009% to \uff14\uff12\uff10.\uff15\u202ftonnes \u200f in September\u200e 2025 \ud83d\ude80 \ud800 and \u0661\u0662%.';
    const facts = extractFacts({ text: odd, published: '2025-10-21' });
    for (const f of facts) expect(odd.slice(f.start, f.end)).toBe(f.text);
    // the invisible mark between "September" and "2025" does not split the date
    expect(facts.map((f) => [f.type, f.value])).toEqual([['percentage', 28.7], ['tonnage', 420.5], ['date', '2025-09'], ['percentage', 12]]);
    check(odd.repeat(20_000));
  });

  it('recognizers survive the same inputs', () => {
    const text = '\u0000\uffff'.repeat(1000) + '12,345.6 kg and 30% on 1/2/2025'.repeat(1000);
    expect(() => [recognizeNumbers(text), recognizePercentages(text), recognizeWeights(text), recognizeDates(text, '2025-10-21')]).not.toThrow();
  });
});
