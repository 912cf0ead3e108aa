import { describe, expect, it } from 'vitest';
import { extractFacts, recognizePercentages } from '../src/index.ts';

const one = (text: string) => recognizePercentages(text).filter((m) => m.value !== null);

describe('recognizePercentages', () => {
  it('keeps direction and kind: a change, a share, a level', () => {
    const [fall] = one('Antimony exports fell 28.7% in March.');
    expect(fall).toMatchObject({ text: '28.7%', value: 28.7, unit: '%', direction: 'down', kind: 'change' });
    const [share] = one('China refines about 90 per cent of the world’s gallium.');
    expect(share).toMatchObject({ value: 90, qualifier: 'approx', kind: 'share' });
    const [rise] = one('Prices posted a 158% rise on the year.');
    expect(rise).toMatchObject({ value: 158, direction: 'up', kind: 'change' });
    const [level] = one('The benchmark rate stood at 3.25%.');
    expect(level).toMatchObject({ value: 3.25, direction: null, kind: 'level' });
  });

  it('keeps hedges and bounds as qualifiers', () => {
    expect(one('Output dropped nearly 30% and shares slid more than 7%.').map((m) => [m.text, m.qualifier])).toEqual([
      ['nearly 30%', 'approx_below'], ['more than 7%', 'above'],
    ]);
    expect(one('Costs could rise by up to 12 pct, or at least 5% at worst.').map((m) => m.qualifier)).toEqual(['at_most', 'at_least']);
  });

  it('reads ranges as a range with the low end as value', () => {
    const [r] = one('Exports made up between 18% and 50% of revenue.');
    expect(r).toMatchObject({ text: 'between 18% and 50%', value: 18, range: { min: 18, max: 50 }, kind: 'share' });
    const [d] = one('Margins of 12-15% are typical.');
    expect(d).toMatchObject({ value: 12, range: { min: 12, max: 15 } });
  });

  it('tells percentage points from percents', () => {
    expect(one('Its share fell 2.5 percentage points to 41%.').map((m) => [m.value, m.unit])).toEqual([[2.5, 'pp'], [41, '%']]);
  });

  it('finds no percentage in scores, votes or encoded URLs', () => {
    expect(one('A 3-1 vote and a 50-50 split; see https://example.com/q?x=30%25 now.')).toEqual([]);
  });
});

describe('percentages: ranges and the levels of a change', () => {
  const pcts = (text: string) => extractFacts({ text, published: '2024-02-01' }).filter((f) => f.type === 'percentage').map((f) => (f.range ? `${f.range.min}..${f.range.max}` : String(f.value)));

  it('reads "40%-45%" as a range, not a negative figure', () => {
    expect(pcts('Turnout usually sits at 40%–45% in these races.')).toEqual(['40..45']);
  });

  it('reports both levels of a change even when the verb stands a clause earlier', () => {
    expect(pcts('Late payments climbed by 20 percent, from 1.5 percent to 1.8 percent, over the winter.')).toEqual(['20', '1.5', '1.8']);
    expect(pcts('Fees are set between 2% and 4%, as in past years.')).toEqual(['2..4']);
  });
});
