import { calibratedConfidence, type CalibrationFit } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { crossFitRefinement, refineOnHeldOut } from '../src/index.ts';

const asFit = (w: Omit<CalibrationFit, 'version' | 'source' | 'thresholds'>): CalibrationFit => ({ version: 't', source: 't', ...w, thresholds: [] });

// a development fit that trusts dates as much as their rules claim
const prior = { intercept: 0, rawWeight: 1, weights: { 'type:date': 0.5, 'type:money': 0.5 } };

/** Facts of ten sites where dates are right 7 times in 10 and money 19 in 20, all at raw 0.9. */
function heldOutSites(): { raw: number; cues: string[]; right: boolean; group: string }[] {
  return Array.from({ length: 10 }, (_, s) => [
    ...Array.from({ length: 20 }, (_, i) => ({ raw: 0.9, cues: ['type:date'], right: i % 10 < 7, group: `site-${s}` })),
    ...Array.from({ length: 20 }, (_, i) => ({ raw: 0.9, cues: ['type:money'], right: i < 19, group: `site-${s}` })),
  ]).flat();
}

describe('refining a development fit on sites nobody tuned on', () => {
  it('pulls each type towards how often it is right there, further with a weaker pull', () => {
    const data = heldOutSites();
    const before = calibratedConfidence(asFit(prior), 0.9, ['type:date']);
    const weak = calibratedConfidence(asFit(refineOnHeldOut(prior, data, { strength: 400, minGroups: 3, folds: 5 })), 0.9, ['type:date']);
    const free = calibratedConfidence(asFit(refineOnHeldOut(prior, data, { strength: 5, minGroups: 3, folds: 5 })), 0.9, ['type:date']);
    expect(before).toBeGreaterThan(0.9);
    expect(weak).toBeLessThan(before);
    expect(free).toBeLessThan(weak);
    expect(free).toBeCloseTo(0.7, 1);
    // money was about as right as the prior said: it barely moves
    const money = calibratedConfidence(asFit(refineOnHeldOut(prior, data, { strength: 5, minGroups: 3, folds: 5 })), 0.9, ['type:money']);
    expect(money).toBeGreaterThan(0.9);
  });

  it('moves no cue seen on fewer sites than asked', () => {
    const data = heldOutSites().map((d) => (d.group === 'site-0' && d.cues[0] === 'type:date' ? { ...d, cues: [...d.cues, 'template:odd'], right: false } : d));
    const w = refineOnHeldOut(prior, data, { strength: 5, minGroups: 3, folds: 5 });
    expect(w.weights['template:odd']).toBeUndefined();
    expect(refineOnHeldOut(prior, data, { strength: 5, minGroups: 1, folds: 5 }).weights['template:odd']).toBeLessThan(0);
  });

  it('scores each site by a refinement that never saw it', () => {
    // one site whose dates are all wrong: in-sample, its own facts drag the date weight down; cross-fitted, they cannot
    const data = heldOutSites().map((d) => (d.group === 'site-3' && d.cues[0] === 'type:date' ? { ...d, cues: [...d.cues, 'site-3-only'], right: false } : d));
    const r = { strength: 5, minGroups: 1, folds: 5 };
    const inSample = asFit(refineOnHeldOut(prior, data, r));
    const { scored } = crossFitRefinement(prior, data, r);
    const i = data.findIndex((d) => d.group === 'site-3' && d.cues.includes('site-3-only'));
    expect(calibratedConfidence(inSample, data[i]!.raw, data[i]!.cues)).toBeLessThan(0.5);
    expect(scored[i]!.confidence).toBeGreaterThan(0.5);
    expect(scored).toHaveLength(data.length);
  });

  it('applies to held-out sites the threshold each fold chose on its own sites', () => {
    const { heldOutAtTarget } = crossFitRefinement(prior, heldOutSites(), { strength: 5, minGroups: 3, folds: 5 }, [0.9, 0.999]);
    const [reachable, impossible] = heldOutAtTarget;
    expect(reachable!.facts).toBe(400);
    // money (right 19 in 20) clears a 0.9 target, dates (7 in 10) do not
    expect(reachable!.accepted).toBeGreaterThan(150);
    expect(reachable!.right / reachable!.accepted).toBeGreaterThan(0.9);
    expect(impossible!.accepted).toBe(0);
  });
});
