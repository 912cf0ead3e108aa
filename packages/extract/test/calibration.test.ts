import { calibratedConfidence, thresholdForPrecision, type CalibrationFit, type Fact } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { calibrateFacts, extractFacts, factCues, fitLogistic, reliability } from '../src/index.ts';

const asFit = (w: ReturnType<typeof fitLogistic>): CalibrationFit => ({ version: 't', source: 't', ...w, thresholds: [] });

describe('calibration', () => {
  it('fits the observed rate of each cue', () => {
    // facts with cue "risky" are right 2 times in 10, the others 9 in 10, at the same raw score
    const data = [
      ...Array.from({ length: 200 }, (_, i) => ({ raw: 0.9, cues: ['type:date', 'risky'], right: i % 10 < 2 })),
      ...Array.from({ length: 200 }, (_, i) => ({ raw: 0.9, cues: ['type:date'], right: i % 10 < 9 })),
    ];
    const fit = asFit(fitLogistic(data, { l2: 0.1, minCount: 1 }));
    expect(calibratedConfidence(fit, 0.9, ['type:date', 'risky'])).toBeCloseTo(0.2, 1);
    expect(calibratedConfidence(fit, 0.9, ['type:date'])).toBeCloseTo(0.9, 1);
  });

  it('keeps the prior where there is no data and moves it only as far as the data shows', () => {
    const prior = { intercept: 0.5, rawWeight: 1, weights: { 'type:company': -1 } };
    expect(fitLogistic([], { l2: 5, minCount: 1, prior })).toEqual(prior);
    const rejected = Array.from({ length: 20 }, () => ({ raw: 0.9, cues: ['type:company'], right: false }));
    const weak = fitLogistic(rejected, { l2: 50, minCount: 1, prior });
    const strong = fitLogistic(rejected, { l2: 1, minCount: 1, prior });
    expect(weak.weights['type:company']!).toBeLessThan(-1);
    expect(strong.weights['type:company']!).toBeLessThan(weak.weights['type:company']!);
  });

  it('measures calibration: a bin right as often as it claims has no error', () => {
    const fair = Array.from({ length: 10 }, (_, i) => ({ confidence: 0.9, right: i < 9 }));
    expect(reliability(fair, 0.8).ece).toBeCloseTo(0, 9);
    const coin = Array.from({ length: 10 }, (_, i) => ({ confidence: 0.9, right: i < 5 }));
    const r = reliability([...coin, { confidence: 0.3, right: false }], 0.8);
    expect(r.ece).toBeCloseTo((10 / 11) * 0.4 + (1 / 11) * 0.3, 9);
    expect(r.accepted).toBe(10);
    expect(r.acceptedPrecision).toBeCloseTo(0.5, 9);
    expect(r.reviewShare).toBeCloseTo(1 / 11, 9);
    expect(r.reviewPrecision).toBe(0);
  });

  it('turns a target precision into the lowest threshold whose lower bound meets it, or reviews everything', () => {
    const table = [
      { threshold: 0.7, precision: 0.97, precisionLow: 0.9, reviewShare: 0.1 },
      { threshold: 0.8, precision: 0.98, precisionLow: 0.96, reviewShare: 0.2 },
      { threshold: 0.9, precision: 0.99, precisionLow: 0.975, reviewShare: 0.4 },
      // a fit made before lower bounds were kept falls back on its point estimate
      { threshold: 0.95, precision: 0.995, reviewShare: 0.6 },
    ];
    const fit: CalibrationFit = { version: 't', source: 't', intercept: 0, rawWeight: 1, weights: {}, thresholds: table };
    expect(thresholdForPrecision(fit, 0.95)).toBe(0.8);
    expect(thresholdForPrecision(fit, 0.97)).toBe(0.9);
    expect(thresholdForPrecision(fit, 0.99)).toBe(0.95);
    expect(thresholdForPrecision(fit, 0.999)).toBe(1);
  });

  it('keeps the raw score and cues on every fact, and calibrating twice changes nothing', () => {
    const text = 'Harbor Valve Industries Inc. said on Tuesday that exports to Brazil rose 12% to $40 million in May 2025.';
    const facts = extractFacts({ text, published: '2025-06-12' });
    expect(facts.length).toBeGreaterThan(3);
    for (const f of facts) {
      expect(f.rawConfidence).toBeGreaterThan(0);
      expect(f.cues).toContain(`type:${f.type}`);
    }
    const fit: CalibrationFit = { version: 't', source: 't', intercept: -1, rawWeight: 1, weights: { 'type:country': -2 }, thresholds: [] };
    const once = calibrateFacts(facts, { text, published: '2025-06-12' }, fit);
    expect(calibrateFacts(once, { text, published: '2025-06-12' }, fit)).toEqual(once);
    const country = once.find((f) => f.type === 'country')!;
    expect(country.confidence).toBeLessThan(country.rawConfidence!);
  });

  it('reads repetitions, credit lines and names inside longer names as cues', () => {
    const text = 'Exports to Freedonia rose. Freedonia agreed. Freedonia signed.\n\nLocal officials in Upper Freedonia disagreed.\n\nReporting by Ann Lee in Freedonia.';
    const at = (word: string, from = 0) => text.indexOf(word, from);
    const fact = (start: number, sentence: string): Fact => ({
      type: 'country', value: 'FD', unit: null, qualifier: null, direction: null, kind: null, range: null, measurement: null,
      text: 'Freedonia', sentence, start, end: start + 9, confidence: 0.97, reasons: [], extractorVersion: 't',
    });
    const inner = at('Upper Freedonia') + 6;
    const credit = at('Freedonia.', at('Reporting'));
    const cues = factCues([fact(at('Freedonia'), 'Exports to Freedonia rose.'), fact(inner, 'Local officials in Upper Freedonia disagreed.'), fact(credit, 'Reporting by Ann Lee in Freedonia.')], { text, published: null });
    expect(cues[0]).toContain('country:repeated-3+');
    expect(cues[0]).toContain('doc:no-publication-date');
    expect(cues[0]).not.toContain('name:inside-longer-name');
    expect(cues[1]).toContain('name:inside-longer-name');
    expect(cues[2]).toContain('sentence:credit');
  });

  it('keeps the doubt of a reason the fit has never seen', () => {
    const fit: CalibrationFit = { version: 't', source: 't', intercept: 2, rawWeight: 1, weights: { 'reason:known': 0.5 }, thresholds: [] };
    expect(calibratedConfidence(fit, 0.4, ['type:tonnage', 'reason:new rule'])).toBe(0.4);
    expect(calibratedConfidence(fit, 0.4, ['type:tonnage', 'reason:known'])).toBeGreaterThan(0.4);
  });
});

