import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeWeights } from '../src/index.ts';

const w = (text: string) => recognizeWeights(text).map((m) => [m.text, m.value, m.unit]);

describe('recognizeWeights', () => {
  it('reads tonnes, metric tons, kilotonnes and million tonnes', () => {
    expect(w('Quotas rose to 270,000 tonnes, or 270 kt, after 5,000 metric tons and 1.2 million tonnes earlier.')).toEqual([
      ['270,000 tonnes', 270000, 't'], ['270 kt', 270000, 't'], ['5,000 metric tons', 5000, 't'], ['1.2 million tonnes', 1200000, 't'],
    ]);
  });

  it('reads capacity and rate units as the mass they state', () => {
    expect(w('A 2.5 mtpa concentrator, a 10,000 tpy refinery and a 40 kt/y line feed a 1.2 Mtpa port that loads 300 t/d.')).toEqual([
      ['2.5 mtpa', 2500000, 't'], ['10,000 tpy', 10000, 't'], ['40 kt/y', 40000, 't'], ['1.2 Mtpa', 1200000, 't'], ['300 t/d', 300, 't'],
    ]);
    expect(w('Output was 3 Mt/yr and the smelter took 60 ktpa.')).toEqual([['3 Mt/yr', 3000000, 't'], ['60 ktpa', 60000, 't']]);
  });

  it('keeps "tons" as its own, ambiguous unit', () => {
    expect(w('Imports dropped to 46 tons.')).toEqual([['46 tons', 46, 'ton']]);
  });

  it('reads kilograms, pounds, ounces and compound adjectives', () => {
    expect(w('A 10-ton truck carried 2,200 pounds and 350 kg of gallium, plus a 68-ounce sample.')).toEqual([
      ['10-ton', 10, 'ton'], ['2,200 pounds', 2200, 'lb'], ['350 kg', 350, 'kg'], ['68-ounce', 68, 'oz'],
    ]);
    const [lb] = recognizeWeights('a 2,200 pounds shipment');
    expect(lb!.kg).toBeCloseTo(997.903214, 6);
  });

  it('does not read prices per ton, money in pounds or names as weights', () => {
    expect(w('Tungsten sold for $500 a ton while the deal was worth five million pounds.')).toEqual([]);
    expect(w('The 2025 Tons of Fun festival sold out.')).toEqual([]);
  });

  it('reads ranges and trailing bounds', () => {
    const [r, b] = recognizeWeights('Buyers want between 5,000 and 5,500 tonnes, or 50 tonnes or more a month.');
    expect(r).toMatchObject({ value: 5000, range: { min: 5000, max: 5500 } });
    expect(b).toMatchObject({ text: '50 tonnes or more', value: 50, qualifier: 'at_least' });
  });
});

describe('tonnage facts are masses of goods', () => {
  const tonnages = (text: string) => extractFacts({ text, published: '2024-06-01' }).filter((f) => f.type === 'tonnage').map((f) => f.value);

  it('leaves out the weight of a person, an animal or a thing', () => {
    expect(tonnages('The new center weighs 260 pounds.')).toEqual([]);
    expect(tonnages('Over the summer she lost 30 pounds.')).toEqual([]);
    expect(tonnages('A 400-pound moose wandered into the yard.')).toEqual([]);
    expect(tonnages('The 60-ton crane tipped over.')).toEqual([]);
    expect(tonnages('At his last check-up he came in at 198 pounds.')).toEqual([]);
  });

  it('keeps masses of goods, named after "of" or moved, made or traded in the sentence', () => {
    expect(tonnages('Customs officers found 2 tons of cannabis in the truck.')).toEqual([2]);
    expect(tonnages('The mill produced 40,000 tonnes last quarter.')).toEqual([40000]);
    expect(tonnages('A 30,000-tonne shipment left the port.')).toEqual([30000]);
  });

  it('keeps a bare tonnage with no goods named, with its doubt said', () => {
    const [f] = extractFacts({ text: 'The new bridge is rated for 44 tonnes.', published: '2024-06-01' }).filter((x) => x.type === 'tonnage');
    expect(f!.value).toBe(44);
    expect(f!.reasons).toContain('no goods named and no trade word in the sentence');
  });
});

describe('tonnes that weigh no goods', () => {
  const tonnages = (text: string) => extractFacts({ text, published: '2024-06-01' }).filter((f) => f.type === 'tonnage').map((f) => f.value);

  it('leaves out knots, explosive yields and forces', () => {
    expect(tonnages('Gusts of 70 kt hit the island overnight.')).toEqual([]);
    expect(tonnages('The test bomb had a yield of 20 kilotons.')).toEqual([]);
    expect(tonnages('Each engine gives 90 tonnes of thrust.')).toEqual([]);
    expect(tonnages('Refinery throughput rose to 40 kt in May.')).toEqual([40000]);
  });
});

describe('a letter symbol hyphened to a word', () => {
  it('is the start of a compound, not a unit', () => {
    expect(w('The mill sewed 38 million T-shirts last year.')).toEqual([]);
    expect(w('Riders pulled 4 g-forces on the loop.')).toEqual([]);
    expect(w('Orders for 2 million t-shirts came with 400 t of cotton.')).toEqual([['400 t', 400, 't']]);
  });

  it('still reads a rate written with hyphens', () => {
    expect(w('a 3,000-t-per-day mill').map((m) => m[1])).toEqual([3000]);
  });
});
