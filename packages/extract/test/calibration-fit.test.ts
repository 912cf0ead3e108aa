import { calibratedConfidence, scoreToProbability, sigmoid, thresholdForPrecision, wilsonLowerBound, type CalibrationFit, type Fact } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { crossValidateCalibration, factCues, fitCalibration, fitIsotonicMap, fitLogistic, groupFolds, logLoss, poolThresholdEstimates, thresholdEstimates, type GroupedLabelled } from '../src/index.ts';

/** A small deterministic generator, so every run draws the same synthetic facts. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// three kinds of fact whose raw score says nothing, right 99.5%, 90% and 50% of the time
const KINDS = [
  { cue: 'kind:sure', rate: 0.995, share: 0.6 },
  { cue: 'kind:usual', rate: 0.9, share: 0.3 },
  { cue: 'kind:shaky', rate: 0.5, share: 0.1 },
];

function synthetic(n: number, seed: number, sites = 30): GroupedLabelled[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const u = r();
    const kind = u < KINDS[0]!.share ? KINDS[0]! : u < KINDS[0]!.share + KINDS[1]!.share ? KINDS[1]! : KINDS[2]!;
    const cues = ['type:date', kind.cue, ...(r() < 0.5 ? ['noise:flag'] : [])];
    return { raw: 0.9, cues, right: r() < kind.rate, group: `site-${i % sites}` };
  });
}

const asFit = (c: ReturnType<typeof fitCalibration>): CalibrationFit => ({ version: 't', source: 't', intercept: c.intercept, rawWeight: c.rawWeight, weights: c.weights, ...(c.map ? { map: c.map } : {}), thresholds: c.thresholds });
const IDENTITY = { intercept: 0, rawWeight: 1, weights: {} };

describe('isotonic map', () => {
  it('is increasing and reads a steeper truth than the logistic score claims', () => {
    // the truth is sigmoid(2z): a score of 1 is right 88% of the time, not 73%
    const r = rng(7);
    const points = Array.from({ length: 4000 }, () => {
      const score = r() * 6 - 3;
      return { score, right: r() < sigmoid(2 * score) };
    });
    const map = fitIsotonicMap(points, { minBlock: 40, priorWeight: 4 });
    for (let i = 1; i < map.score.length; i++) {
      expect(map.score[i]!).toBeGreaterThan(map.score[i - 1]!);
      expect(map.probability[i]!).toBeGreaterThanOrEqual(map.probability[i - 1]!);
    }
    const fit = { map };
    const r2 = rng(8);
    const heldOut = Array.from({ length: 4000 }, () => {
      const score = r2() * 6 - 3;
      return { score, right: r2() < sigmoid(2 * score) };
    });
    const mapped = logLoss(heldOut.map((p) => ({ confidence: scoreToProbability(fit, p.score), right: p.right })));
    const plain = logLoss(heldOut.map((p) => ({ confidence: sigmoid(p.score), right: p.right })));
    expect(mapped).toBeLessThan(plain);
    expect(scoreToProbability(fit, 1)).toBeGreaterThan(0.8);
  });

  it('keeps every step at least minBlock facts and never claims certainty from all-right steps', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ score: i / 50, right: i >= 10 }));
    const map = fitIsotonicMap(points, { minBlock: 30, priorWeight: 4 });
    expect(map.probability.at(-1)!).toBeLessThan(1);
    expect(map.score.length).toBeLessThanOrEqual(Math.floor(100 / 30));
  });

  it('follows the logistic slope beyond its ends, so a score pushed far down keeps falling', () => {
    const fit = { map: { score: [-1, 0, 1], probability: [0.5, 0.7, 0.9] } };
    expect(scoreToProbability(fit, -1)).toBeCloseTo(0.5, 9);
    expect(scoreToProbability(fit, -4)).toBeLessThan(scoreToProbability(fit, -2));
    expect(scoreToProbability(fit, -4)).toBeCloseTo(sigmoid(-3), 9);
    expect(scoreToProbability(fit, 3)).toBeGreaterThan(0.9);
    expect(scoreToProbability(fit, 0.5)).toBeCloseTo(0.8, 9);
  });
});

describe('threshold for a target precision', () => {
  it('the lower bound widens with fewer facts and tightens towards the observed rate with more', () => {
    expect(wilsonLowerBound(49, 50)).toBeLessThan(wilsonLowerBound(980, 1000));
    expect(wilsonLowerBound(980, 1000)).toBeLessThan(0.98);
    expect(wilsonLowerBound(98000, 100000)).toBeGreaterThan(0.979);
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it('counts repeated mentions as one observation in the bound', () => {
    const single = thresholdEstimates(Array.from({ length: 100 }, () => ({ confidence: 0.99, right: true })));
    const repeated = thresholdEstimates(Array.from({ length: 100 }, () => ({ confidence: 0.99, right: true, weight: 0.1 })));
    const at = (rows: typeof single) => rows.find((r) => r.threshold === 0.9)!;
    expect(at(single).precision).toBe(1);
    expect(at(repeated).precision).toBe(1);
    expect(at(repeated).precisionLow!).toBeLessThan(at(single).precisionLow!);
  });

  it('chosen from out-of-site facts, meets the target on facts drawn afresh', () => {
    const train = synthetic(3000, 1);
    const fitted = fitCalibration(train, { l2: 1, minCount: 5, isotonic: true, innerFolds: 5, prior: IDENTITY });
    const fit = asFit(fitted);
    const threshold = thresholdForPrecision(fit, 0.98);
    expect(threshold).toBeLessThan(1);
    const test = synthetic(6000, 2);
    const accepted = test.filter((d) => calibratedConfidence(fit, d.raw, d.cues) >= threshold);
    const precision = accepted.filter((d) => d.right).length / accepted.length;
    expect(precision).toBeGreaterThanOrEqual(0.98);
    // what it sends to review is wrong far more often than what it accepts
    const review = test.filter((d) => calibratedConfidence(fit, d.raw, d.cues) < threshold);
    expect(1 - review.filter((d) => d.right).length / review.length).toBeGreaterThan(5 * (1 - precision));
    // and the table's expected review share is what the fresh facts show
    const row = fit.thresholds.find((r) => r.threshold === threshold)!;
    expect(Math.abs(row.reviewShare - review.length / test.length)).toBeLessThan(0.05);
  });

  it('sends everything to review when no threshold has the evidence for the target', () => {
    const fitted = fitCalibration(synthetic(200, 3), { l2: 1, minCount: 5, isotonic: false, innerFolds: 5, prior: IDENTITY });
    expect(thresholdForPrecision(asFit(fitted), 0.999)).toBe(1);
  });

  it('nested cross-validation: thresholds picked inside each fold hold on the held-out sites', () => {
    const cv = crossValidateCalibration(synthetic(2400, 4), 4, { l2: 1, minCount: 5, isotonic: false, innerFolds: 4, prior: IDENTITY }, [0.97]);
    const [t] = cv.heldOutAtTarget;
    expect(t!.accepted).toBeGreaterThan(0);
    expect(t!.right / t!.accepted).toBeGreaterThanOrEqual(0.97);
    expect(cv.scored).toHaveLength(2400);
  });

  it('pools the evidence of two tables and takes the review share from the population', () => {
    const a = thresholdEstimates(Array.from({ length: 50 }, (_, i) => ({ confidence: 0.95, right: i > 0 })));
    const b = thresholdEstimates(Array.from({ length: 150 }, () => ({ confidence: 0.95, right: true })));
    const pooled = poolThresholdEstimates(a, b, [0.5, 0.6, 0.95, 0.97]);
    const row = pooled.find((r) => r.threshold === 0.9)!;
    expect(row.accepted).toBe(200);
    expect(row.right).toBe(199);
    expect(row.reviewShare).toBe(0.5);
    expect(row.precisionLow!).toBeGreaterThan(a.find((r) => r.threshold === 0.9)!.precisionLow!);
  });
});

describe('fitting whatever cues exist', () => {
  it('keeps whole groups in one fold and balances the folds', () => {
    const data = Array.from({ length: 300 }, (_, i) => ({ group: `g${i % 12}` }));
    const folds = groupFolds(data, 4);
    const foldOfGroup = new Map<string, number>();
    data.forEach((d, i) => {
      expect(foldOfGroup.get(d.group) ?? folds[i]).toBe(folds[i]);
      foldOfGroup.set(d.group, folds[i]!);
    });
    const sizes = [0, 1, 2, 3].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(25);
  });

  it('learns a cue it was never told about, and gives an unseen non-reason cue no weight', () => {
    const data = Array.from({ length: 400 }, (_, i) => ({ raw: 0.9, cues: ['type:company', ...(i % 2 ? ['brand-new:cue'] : [])], right: i % 2 ? i % 10 < 5 : true }));
    const w = fitLogistic(data, { l2: 1, minCount: 5, prior: IDENTITY });
    expect(w.weights['brand-new:cue']!).toBeLessThan(-1);
    const fit: CalibrationFit = { version: 't', source: 't', ...w, thresholds: [] };
    expect(calibratedConfidence(fit, 0.9, ['type:company', 'another:cue'])).toBe(calibratedConfidence(fit, 0.9, ['type:company']));
  });
});

describe('name cues', () => {
  it('reads a one-word name that the article elsewhere gives a first name and initial, or a title, as inside a longer name', () => {
    const text = 'Novelist Jane Q. Harrow wrote six books. Later, Harrow moved north.\n\nMs. Pell agreed. Pell Logistics said nothing.';
    const fact = (value: string, start: number, sentence: string): Fact => ({
      type: 'company', value, unit: null, qualifier: null, direction: null, kind: null, range: null, measurement: null,
      text: value, sentence, start, end: start + value.length, confidence: 0.9, reasons: [], extractorVersion: 't',
    });
    const later = text.indexOf('Harrow moved');
    const pell = text.indexOf('Pell agreed');
    const cues = factCues([fact('Harrow', later, 'Later, Harrow moved north.'), fact('Pell', pell, 'Ms. Pell agreed.')], { text, published: null });
    expect(cues[0]).toContain('name:in-longer-name-elsewhere');
    expect(cues[0]).toContain('name:person-elsewhere');
    expect(cues[0]).not.toContain('name:inside-longer-name');
    expect(cues[1]).toContain('name:inside-longer-name');
  });
});
