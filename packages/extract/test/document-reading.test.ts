import { describe, expect, it } from 'vitest';
import type { Fact } from '@newsfacts/core';
import { extractFacts } from '../src/index.ts';

/** Facts of one type as [surface text, value] pairs, in text order. */
function pairs(facts: Fact[], type: Fact['type']): Array<[string, Fact['value']]> {
  return facts.filter((f) => f.type === type).map((f) => [f.text, f.value]);
}

// 2031-04-16 is a Wednesday
const WEDNESDAY = '2031-04-16';

describe('dates read with their sentence', () => {
  it('a weekday is the publication day when it names it, the coming one for a scheduled event, else the last one', () => {
    const text = [
      'The board will vote on the plan later on Wednesday.',
      'The trade fair opens to visitors on Friday.',
      'The company cut its forecast on Monday.',
      'Talks ended without a deal on Saturday night.',
    ].join('\n\n');
    expect(pairs(extractFacts({ text, published: WEDNESDAY }), 'date')).toEqual([
      ['Wednesday', '2031-04-16'],
      ['Friday', '2031-04-18'],
      ['Monday', '2031-04-14'],
      ['Saturday night', '2031-04-12'],
    ]);
  });

  it('a month without a year is the nearest one when the sentence has no tense, the coming one after "come"', () => {
    const text = 'The new ferry goes into service in late January.\n\nCome May 2, the old fares end.';
    expect(pairs(extractFacts({ text, published: '2030-11-20' }), 'date')).toEqual([
      ['late January', '2031-01'],
      ['May 2', '2031-05-02'],
    ]);
  });

  it('leaves out loose periods, durations, ordinals and names that only look like dates', () => {
    const text = [
      'Orders slowed last week and have been weak this year, the firm said four years ago and again over the weekend.',
      'The car reaches 100 km/h in five seconds and came third, a reporter for Town Today wrote.',
      'Mix 1/2 cup of flour at an altitude above 1000 feet.',
    ].join('\n\n');
    expect(pairs(extractFacts({ text, published: WEDNESDAY }), 'date')).toEqual([]);
  });

  it('reports a span as one dated fact with both ends', () => {
    const text = 'The probe mapped the moon from 2009 to 2016, and the survey ran from March to May 2020.';
    expect(pairs(extractFacts({ text, published: WEDNESDAY }), 'date')).toEqual([
      ['from 2009 to 2016', '2009/2016'],
      ['from March to May 2020', '2020-03/2020-05'],
    ]);
  });

  it('keeps fiscal years as fiscal years', () => {
    const text = 'Profit doubled in FY 2029-30, after a loss in fiscal 2028 and a flat FY27.';
    const dates = extractFacts({ text, published: WEDNESDAY }).filter((f) => f.type === 'date');
    expect(dates.map((f) => [f.text, f.value, f.qualifier])).toEqual([
      ['FY 2029-30', 'FY2029-30', 'fiscal'],
      ['fiscal 2028', 'FY2028', 'fiscal'],
      ['FY27', 'FY2027', 'fiscal'],
    ]);
  });

  it('takes the publication day from the dateline when no metadata carries it', () => {
    const text = 'OSLO, March 3, 2031 – The shipyard said on Monday it had won two orders.';
    const monday = extractFacts({ text, published: null }).find((f) => f.text === 'Monday');
    expect(monday?.value).toBe('2031-03-03');
  });
});

describe('companies named without a legal form', () => {
  const names = (text: string) => [...new Set(extractFacts({ text, published: WEDNESDAY }).filter((f) => f.type === 'company').map((f) => f.value))];

  it('knows large companies by name, but not a common word opening a sentence or a planet', () => {
    expect(names('Shoppers compared prices at Walmart and on Amazon before the holidays.')).toEqual(['Walmart', 'Amazon']);
    expect(names('Target prices rose. The probe will reach Mars in 2033.')).toEqual([]);
  });

  it('reads a business from the words around it', () => {
    expect(names('Dana Roe, the founder of Quillbrook, left in May.')).toEqual(['Quillbrook']);
    expect(names('Pension funds bought shares in Tessaly after it announced a buyback.')).toEqual(['Tessaly']);
    expect(names('Brightwell unveiled a cheaper scooter on Tuesday.')).toEqual(['Brightwell']);
  });

  it('takes camel-case brands and names listed beside a known company', () => {
    expect(names('Couriers work for FleetNest and other apps.')).toEqual(['FleetNest']);
    expect(names('Drivers juggle Uber, Corvana, Hollis and Lyft on the same night.')).toEqual(['Uber', 'Corvana', 'Hollis', 'Lyft']);
  });

  it('links a short name in brackets to the legal name before it', () => {
    const facts = extractFacts({ text: 'Northwind Fibre Holdings Ltd (NFH) raised prices. NFH said demand was strong.', published: WEDNESDAY });
    const values = facts.filter((f) => f.type === 'company').map((f) => [f.text, f.value]);
    expect(values).toEqual([
      ['Northwind Fibre Holdings Ltd', 'Northwind Fibre Holdings Ltd'],
      ['NFH', 'Northwind Fibre Holdings Ltd'],
      ['NFH', 'Northwind Fibre Holdings Ltd'],
    ]);
  });

  it('does not take people, job titles or hashtags for companies', () => {
    expect(names('Marta Kessel scored twice. Kessel announced her retirement after the match.')).toEqual([]);
    expect(names('Ask any bank CEO about it. #SpringSale starts now.')).toEqual([]);
  });
});

describe('tonnages read with the whole document', () => {
  it('reads an abbreviation the way the article defines it', () => {
    const text = 'The country mined 40 million tonnes (MT) of coal last year. It aims for 55 MT by 2033 and exported 2 MT.';
    expect(pairs(extractFacts({ text, published: WEDNESDAY }), 'tonnage')).toEqual([
      ['40 million tonnes', 40e6],
      ['55 MT', 55e6],
      ['2 MT', 2e6],
    ]);
  });

  it('keeps an undefined "MT" a metric tonne', () => {
    const text = 'The port handled 900 MT of copper cathode.';
    expect(pairs(extractFacts({ text, published: WEDNESDAY }), 'tonnage')).toEqual([['900 MT', 900]]);
  });

  it('scales table figures by a thousand when the caption says so', () => {
    const text = "Grain harvest by region (in '000 tonnes)\n\nRegion | 2029 | 2030\n\nNorth | 1,250 | 1,310";
    expect(pairs(extractFacts({ text, published: WEDNESDAY }), 'tonnage')).toEqual([
      ['1,250', 1_250_000],
      ['1,310', 1_310_000],
    ]);
  });

  it('lowers the confidence of a figure a thousand times off the article\'s others, and says why', () => {
    const text = 'Cement output was 2.1 million tonnes in June, 2.3 million tonnes in July and 2.2 million tonnes in August, but 95 tonnes in September.';
    const tonnages = extractFacts({ text, published: WEDNESDAY }).filter((f) => f.type === 'tonnage');
    const odd = tonnages.find((f) => f.value === 95)!;
    expect(odd.confidence).toBeLessThanOrEqual(0.5);
    expect(odd.reasons.join(' ')).toMatch(/1000 times below/);
    for (const f of tonnages.filter((t) => t !== odd)) expect(f.reasons.join(' ')).not.toMatch(/times/);
  });

  it('does not set the ore of a story against the metal made from it', () => {
    const text = 'The mine moved 4.5 million tonnes of ore last year. The concentrator recovered 2,600 tonnes of oxide. The buyer has 4.8 million tonnes under contract.';
    const tonnages = extractFacts({ text, published: WEDNESDAY }).filter((f) => f.type === 'tonnage');
    expect(tonnages.map((f) => f.value).sort((a, b) => Number(a) - Number(b))).toEqual([2600, 4_500_000, 4_800_000]);
    for (const f of tonnages) expect(f.reasons.join(' ')).not.toMatch(/times (above|below)/);
  });

  it('still flags a figure a misread unit put a million times off', () => {
    const text = 'The mine moved 4.5 million tonnes of ore last year. The concentrator recovered 3 tonnes of oxide. The buyer has 4.8 million tonnes under contract.';
    const odd = extractFacts({ text, published: WEDNESDAY }).find((f) => f.type === 'tonnage' && f.value === 3)!;
    expect(odd.confidence).toBeLessThanOrEqual(0.5);
    expect(odd.reasons.join(' ')).toMatch(/times below the article's other tonnages/);
  });
});
