import { calibratedConfidence, type CalibrationFit, type Fact } from '@newsfacts/core';
import { factCues, type CueDoc } from './fact-cues.ts';

/**
 * Facts from a body the cleaner was unsure of start lower: the fallback took text the content finder
 * did not trust, or the page was kept as an article in doubt. The factor lowers the raw score (so a
 * stored fact re-scored by a newer fit keeps it); the document's doubt is also a cue, so labelled
 * decisions on such documents move it as far as they show.
 */
export const UNSURE_DOCUMENT_FACTOR = 0.8;

/**
 * Keeps each fact's rule-given score as `rawConfidence` (lowered, with the reason recorded, when the
 * document is in doubt), records its cues, and sets `confidence` to the fit's probability that it is
 * right. A fact that already carries a raw score keeps it, so calibrating twice gives the same result.
 */
export function calibrateFacts(facts: readonly Fact[], doc: CueDoc, fit: CalibrationFit): Fact[] {
  const doubt = doc.doubt;
  const scored = facts.map((f) =>
    f.rawConfidence !== undefined ? f : doubt ? { ...f, rawConfidence: f.confidence * UNSURE_DOCUMENT_FACTOR, reasons: [...f.reasons, doubt] } : { ...f, rawConfidence: f.confidence },
  );
  const cues = factCues(scored, doc);
  return scored.map((f, i) => ({ ...f, cues: cues[i]!, confidence: calibratedConfidence(fit, f.rawConfidence!, cues[i]!) }));
}
