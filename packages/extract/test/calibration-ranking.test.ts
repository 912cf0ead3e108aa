import type { Fact } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { closingLinesStart, dateDistanceCues, readsAsEnglish } from '../src/calibration/context-cues.ts';
import { factCues, fitLogistic, reasonFamilyCue, reviewRanking } from '../src/index.ts';

const scored = (confidences: number[], wrongAt: number[]) => confidences.map((confidence, i) => ({ confidence, right: !wrongAt.includes(i) }));

describe('review budget figure', () => {
  it('catches every error when the errors hold the lowest confidences, and none when they hold the highest', () => {
    const conf = Array.from({ length: 20 }, (_, i) => 0.5 + i / 40);
    const good = reviewRanking(scored(conf, [0, 1]), 0.15);
    expect(good.errorsCaught).toBe(1);
    expect(good.acceptedPrecision).toBe(1);
    expect(good.auc).toBe(1);
    const bad = reviewRanking(scored(conf, [18, 19]), 0.15);
    expect(bad.errorsCaught).toBe(0);
    // 17 facts accepted, 2 of them wrong
    expect(bad.acceptedPrecision).toBeCloseTo(15 / 17, 10);
    expect(bad.auc).toBe(0);
  });

  it('splits facts tied at the cut in proportion, so equal confidences rank no better than chance', () => {
    const tied = reviewRanking(scored(new Array(20).fill(0.9), [3, 7, 11, 15]), 0.25);
    expect(tied.errorsCaught).toBeCloseTo(0.25, 10);
    expect(tied.auc).toBe(0.5);
  });

  it('with a group per fact, sends the same share of each group to review', () => {
    // group a holds the two lowest confidences; one cut would review only those
    const items = scored([0.1, 0.2, 0.9, 0.9, 0.5, 0.6, 0.95, 0.95], [4]);
    const group = (i: number) => (i < 4 ? 'a' : 'b');
    expect(reviewRanking(items, 0.25).errorsCaught).toBe(0);
    expect(reviewRanking(items, 0.25, group).errorsCaught).toBe(1);
  });
});

describe('context cues', () => {
  it('gives the detailed reasons of one rule a shared family cue, and a plain reason none', () => {
    expect(reasonFamilyCue('read as a company from context (a harbour pilot works there)')).toBe('reason-family:read as a company from context');
    expect(reasonFamilyCue('read as a company from context (it opened a plant)')).toBe('reason-family:read as a company from context');
    expect(reasonFamilyCue('year not written: read as the coming one (future tense)')).toBe('reason-family:year not written');
    expect(reasonFamilyCue('country named by its demonym')).toBeNull();
  });

  it('tells English prose from prose in another language', () => {
    expect(readsAsEnglish('The harbour board said on Monday that it would widen the northern quay before the winter storms, and the work is expected to take two years. '.repeat(3))).toBe(true);
    expect(readsAsEnglish('Der Hafenverband teilte am Montag mit, dass er den nördlichen Kai vor den Winterstürmen verbreitern werde, und die Arbeiten sollen zwei Jahre dauern. '.repeat(3))).toBe(false);
  });

  it('marks only the last two of enough blocks as closing lines', () => {
    const text = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'].join('\n\n');
    expect(closingLinesStart(text, undefined)).toBe(text.indexOf('Five'));
    expect(closingLinesStart(text, [0, 5, 9, 20, 30, 44, 50].map((start) => ({ start })))).toBe(44);
    expect(closingLinesStart('One.\n\nTwo.\n\nThree.', undefined)).toBe(Infinity);
  });

  it('reads how far a date is from publication, and a relative date inside a quotation', () => {
    const date = (value: string, reasons: string[] = []): Fact => ({
      type: 'date', value, unit: null, qualifier: null, direction: null, kind: null, range: null, measurement: null,
      text: value, sentence: value, start: 0, end: value.length, confidence: 0.9, reasons, extractorVersion: 't',
    });
    const relative = ['relative date resolved against publication date'];
    expect(dateDistanceCues(date('2025-06-10', relative), '2025-06-12', true)).toEqual(['date:relative-in-quote', 'date:within-week']);
    expect(dateDistanceCues(date('2025-07'), '2025-06-12', false)).toEqual(['date:after-publication']);
    expect(dateDistanceCues(date('2022-03-01'), '2025-06-12', false)).toEqual(['date:over-a-year-before']);
    expect(dateDistanceCues(date('2025'), '2025-06-12', false)).toEqual([]);
    expect(dateDistanceCues(date('2025-06-10'), null, false)).toEqual([]);
  });

  it('reads a name the article only ever gives inside a longer one, and a fact alone in its sentence', () => {
    const text = 'Farmers in Upper Freedonia sold wheat. Most of Upper Freedonia is farmland.\n\nTrade with Freedonia and Sylvania grew.';
    const country = (name: string, value: string, start: number, sentence: string): Fact => ({
      type: 'country', value, unit: null, qualifier: null, direction: null, kind: null, range: null, measurement: null,
      text: name, sentence, start, end: start + name.length, confidence: 0.9, reasons: [], extractorVersion: 't',
    });
    const province = 'Farmers in Upper Freedonia sold wheat.';
    const trade = 'Trade with Freedonia and Sylvania grew.';
    const sylvania = 'Sylvania';
    const cues = factCues(
      [country('Freedonia', 'FD', text.indexOf('Freedonia'), province), country(sylvania, 'SY', text.indexOf(sylvania), trade), country('Freedonia', 'FD', text.lastIndexOf('Freedonia'), trade)],
      { text, published: null },
    );
    expect(cues[0]).toContain('name:capitalized-word-before');
    expect(cues[0]).toContain('sentence:lone-fact');
    // the same name also stands alone later in the article
    expect(cues[0]).not.toContain('name:never-alone');
    expect(cues[1]).not.toContain('sentence:lone-fact');
    const onlyInside = factCues([country('Freedonia', 'FD', text.indexOf('Freedonia'), province)], { text: text.slice(0, text.indexOf('\n')), published: null });
    expect(onlyInside[0]).toContain('name:never-alone');
  });
});

describe('cues spread over sites', () => {
  it('gives no weight to a cue that one site alone shows, however often', () => {
    const data = [
      ...Array.from({ length: 60 }, (_, i) => ({ raw: 0.9, cues: ['type:date', 'site-template'], right: i % 2 === 0, group: 'one-site' })),
      ...Array.from({ length: 300 }, (_, i) => ({ raw: 0.9, cues: ['type:date'], right: i % 10 !== 0, group: `site-${i % 30}` })),
    ];
    expect(fitLogistic(data, { l2: 1, minCount: 5 }).weights['site-template']).toBeLessThan(-0.5);
    expect(fitLogistic(data, { l2: 1, minCount: 5, minGroups: 3 }).weights['site-template']).toBeUndefined();
  });
});
