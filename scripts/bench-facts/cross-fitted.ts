import { SHIPPED_FIT, crossFitRefinement, type GroupedLabelled } from '../../packages/extract/src/index.ts';
import type { ArticleScore } from './match.ts';

/**
 * The test split's facts with the confidence a refinement that never saw their site gives them. The
 * shipped fit is refined on the test split's own facts (see calibrate:fit), so its confidences there are
 * in-sample; these are the honest ones for the reliability table. Articles come with their site, in the
 * order calibrate:fit reads them, so the folds are the same. Unchanged when the fit has no refinement.
 */
export function withCrossFittedConfidence(scores: readonly ArticleScore[], sites: readonly string[]): { scores: ArticleScore[]; crossFitted: boolean } {
  const refinement = SHIPPED_FIT.heldOut;
  const copy = scores.map((s) => ({ ...s, labelled: s.labelled.map((l) => ({ ...l })) }));
  if (!refinement) return { scores: copy, crossFitted: false };
  const data: GroupedLabelled[] = [];
  const at: [number, number][] = [];
  copy.forEach((s, a) =>
    s.labelled.forEach((l, j) => {
      if (l.right === null) return;
      data.push({ raw: l.fact.rawConfidence ?? l.fact.confidence, cues: l.fact.cues ?? [], right: l.right, group: sites[a]! });
      at.push([a, j]);
    }),
  );
  const { scored } = crossFitRefinement(refinement.prior, data, refinement);
  at.forEach(([a, j], k) => {
    const l = copy[a]!.labelled[j]!;
    l.fact = { ...l.fact, confidence: scored[k]!.confidence };
  });
  return { scores: copy, crossFitted: true };
}
