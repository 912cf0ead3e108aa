import { SHIPPED_FIT, crossFitRefinement } from '../../packages/extract/src/index.ts';
import { labelledFromScores, type ScoredArticle } from '../calibrate/labelled-facts.ts';

/**
 * The held-out articles (the real news test split, then the trade set's test publishers, as
 * calibrate:fit reads them) with the confidence a refinement that never saw their site gives each fact.
 * The shipped fit is refined on exactly these facts, so its own confidences there are in-sample; these
 * are the honest ones for a reliability table. Unchanged when the fit has no refinement.
 */
export function withCrossFittedConfidence(articles: readonly ScoredArticle[]): { articles: ScoredArticle[]; crossFitted: boolean } {
  const copy = articles.map((a) => ({ ...a, score: { ...a.score, labelled: a.score.labelled.map((l) => ({ ...l })) } }));
  const refinement = SHIPPED_FIT.heldOut;
  if (!refinement) return { articles: copy, crossFitted: false };
  const { scored } = crossFitRefinement(refinement.prior, labelledFromScores(copy), refinement);
  // the same walk as labelledFromScores: articles in order, their facts that are right or wrong
  let k = 0;
  for (const a of copy)
    for (const l of a.score.labelled) {
      if (l.right === null) continue;
      l.fact = { ...l.fact, confidence: scored[k++]!.confidence };
    }
  return { articles: copy, crossFitted: true };
}
