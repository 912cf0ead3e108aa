import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeMoney, recognizePercentages, recognizeWeights } from '../src/index.ts';

const w = (text: string) => recognizeWeights(text).map((x) => [x.text, x.value, x.range]);
const m = (text: string) => recognizeMoney(text).map((x) => [x.value, x.currency, x.perUnit]);

describe('a change and the level it leads to', () => {
  it('reads "by A to B" after a verb and its object as a change and a level', () => {
    expect(w('The smelter lowered its 2028 sales target by 40 kt to 610 kt.')).toEqual([
      ['40 kt', 40000, null], ['610 kt', 610000, null],
    ]);
  });

  it('reads a planned change whose second figure is many times the first as a change and a level', () => {
    expect(w('The cooperative will trim its cane crush by 1.5 Mt to 22 Mt.')).toEqual([
      ['1.5 Mt', 1.5e6, null], ['22 Mt', 22e6, null],
    ]);
    expect(recognizePercentages('The board may cut the levy by 0.5% to 6% next spring.').map((p) => [p.value, p.range])).toEqual([
      [0.5, null], [6, null],
    ]);
  });

  it('keeps a planned change of similar figures a range of sizes', () => {
    expect(w('Planters expect to raise the harvest by 20,000 tonnes to 30,000 tonnes.')).toEqual([
      ['20,000 tonnes to 30,000 tonnes', 20000, { min: 20000, max: 30000 }],
    ]);
  });
});

describe('a change in a price per unit', () => {
  it('quotes the change per unit even when a time span sits before "to"', () => {
    expect(m('Feed maize slipped $3 over the fortnight to $190 a tonne.')).toEqual([[3, 'USD', 't'], [190, 'USD', 't']]);
  });

  it('does not carry the unit across other words', () => {
    expect(m('Freight rose $2 after the strike ended to reach $31 a tonne.')).toEqual([[2, 'USD', null], [31, 'USD', 't']]);
  });

  it('gives an amount the unit its bracketed conversion is quoted per', () => {
    expect(m('The levy stands at 2,400 rupees ($28.80) per tonne.')).toEqual([[2400, 'INR', 't'], [28.8, 'USD', 't']]);
    expect(m('The permit costs 900 euros ($970) and lasts a year.')).toEqual([[900, 'EUR', null], [970, 'USD', null]]);
  });
});

describe('tonnages of trade wires', () => {
  const tonnes = (text: string) => extractFacts({ text, published: '2026-03-02' }).filter((f) => f.type === 'tonnage').map((f) => [f.text, f.value]);

  it('reads "ths" as thousands before a tonne unit', () => {
    expect(w('Exporters shipped 240 ths t of rapeseed.')).toEqual([['240 ths t', 240000, null]]);
  });

  it('keeps a hyphened tonnage before a noun of change, and drops one before a machine', () => {
    expect(tonnes('Copper slipped despite a 2,150-tonne drop in warehouse stocks.')).toEqual([['2,150-tonne', 2150]]);
    expect(tonnes('A 60-tonne crane lifted the hull.')).toEqual([]);
  });
});

describe('tables of trade figures', () => {
  const tonnageFacts = (text: string) => extractFacts({ text, published: '2026-03-02' }).filter((f) => f.type === 'tonnage');

  it('takes the unit from the heading over the row labels', () => {
    const text = "Smelter results\n\nIn '000 t unless noted | 2025 | 2024\n\nAlumina refined | 912 | 880";
    expect(tonnageFacts(text).map((f) => [f.text, f.value])).toEqual([['912', 912_000], ['880', 880_000]]);
  });

  it('reads a signed figure in a change column as a change with its direction', () => {
    const text = 'Port stocks, in thousand tonnes\n\nGrade | Stock | Change\n\nLump | 84.0 | -6.5\n\nFines | 120.2 | +3.1';
    expect(tonnageFacts(text).map((f) => [f.text, f.value, f.kind, f.direction])).toEqual([
      ['84.0', 84_000, 'level', null], ['-6.5', 6_500, 'change', 'down'],
      ['120.2', 120_200, 'level', null], ['+3.1', 3_100, 'change', 'up'],
    ]);
  });
});

describe('"kt" as the article uses it', () => {
  const tonnes = (text: string) => extractFacts({ text, published: '2026-03-02' }).filter((f) => f.type === 'tonnage').map((f) => f.text);

  it('keeps a bare "kt" as kilotonnes where the article writes kt of goods elsewhere', () => {
    expect(tonnes('Sales of nickel matte reached 18 kt. The group aims for 20-22 kt next year.')).toEqual(['18 kt', '20-22 kt']);
  });

  it('still drops a bare "kt" in an article that never trades in it', () => {
    expect(tonnes('The glider flew at 45 kt over the ridge.')).toEqual([]);
  });
});

describe('a difference from a price', () => {
  it('is quoted in the unit of the price before it in the sentence', () => {
    expect(m('Offers came in at $412 a tonne, some $9 below the previous round.')).toEqual([[412, 'USD', 't'], [9, 'USD', 't']]);
  });

  it('leaves a larger or scaled amount alone', () => {
    expect(m('Offers came in at $412 a tonne and the buyer spent $3 million more on freight.')).toEqual([[412, 'USD', 't'], [3e6, 'USD', null]]);
  });
});

describe('abbreviated thousands and millions of tonnes', () => {
  it('reads kmt, thsd and pointed scale abbreviations before a tonne unit', () => {
    expect(w('Loadings reached 380 kmt, 75 thsd t, 64 ths. t and 1.5 mln. t.')).toEqual([
      ['380 kmt', 380000, null], ['75 thsd t', 75000, null], ['64 ths. t', 64000, null], ['1.5 mln. t', 1.5e6, null],
    ]);
  });
});

describe('changes of a per-unit price written around it', () => {
  it('carries the unit across "week-on-week" and to a change "by" an amount after the price', () => {
    expect(m('Handy rates firmed $0.80 week-on-week to $19.40/t.')).toEqual([[0.8, 'USD', 't'], [19.4, 'USD', 't']]);
    expect(m('The fee, at 22 euros a tonne, was lowered by 4 euros.')).toEqual([[22, 'EUR', 't'], [4, 'EUR', 't']]);
  });
});
