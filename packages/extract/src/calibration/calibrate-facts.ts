import { calibratedConfidence, type CalibrationFit, type Fact } from '@newsfacts/core';
import { factCues, type CueDoc } from './fact-cues.ts';

/**
 * Keeps each fact's rule-given score as `rawConfidence`, records its cues, and sets `confidence` to the
 * fit's probability that it is right. A fact that already carries a raw score keeps it, so calibrating
 * twice gives the same result.
 */
export function calibrateFacts(facts: readonly Fact[], doc: CueDoc, fit: CalibrationFit): Fact[] {
  const cues = factCues(facts, doc);
  return facts.map((f, i) => {
    const raw = f.rawConfidence ?? f.confidence;
    return { ...f, rawConfidence: raw, cues: cues[i]!, confidence: calibratedConfidence(fit, raw, cues[i]!) };
  });
}
