import type { Scored } from './reliability.ts';

/** What sending a fixed share of the least confident facts to review gives: the product's own trade-off. */
export interface ReviewRanking {
  /** Share of facts sent to review (the lowest confidences). */
  reviewShare: number;
  facts: number;
  wrong: number;
  /** Precision of the facts left to auto-accept. */
  acceptedPrecision: number;
  /** Share of the wrong facts that land in review. */
  errorsCaught: number;
  /** Probability that a wrong fact is ranked below a right one (ties count half): ranking alone, whatever the scale. */
  auc: number;
}

/**
 * Ranks facts by confidence and sends the lowest `reviewShare` to review. Facts tied at the cut are
 * split in proportion, so the figure is what a random order among equals gives, and rounding confidence
 * to a few decimals can neither flatter nor punish it.
 */
export function reviewRanking(items: readonly Scored[], reviewShare: number): ReviewRanking {
  const sorted = [...items].sort((a, b) => a.confidence - b.confidence);
  const n = sorted.length;
  const wrong = sorted.filter((s) => !s.right).length;
  const budget = reviewShare * n;
  let reviewed = 0;
  let caught = 0;
  // tie groups go to review whole below the cut, in part at it, not at all above it
  let wrongBelow = 0;
  let aucSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    let groupWrong = 0;
    while (j < n && sorted[j]!.confidence === sorted[i]!.confidence) groupWrong += sorted[j++]!.right ? 0 : 1;
    const size = j - i;
    const groupRight = size - groupWrong;
    const take = Math.max(0, Math.min(size, budget - reviewed));
    caught += groupWrong * (take / size);
    reviewed += take;
    // each right fact counts the wrong ones ranked below it, and half of those tied with it
    aucSum += groupRight * (wrongBelow + 0.5 * groupWrong);
    wrongBelow += groupWrong;
    i = j;
  }
  const right = n - wrong;
  const accepted = n - reviewed;
  const wrongAccepted = wrong - caught;
  return {
    reviewShare,
    facts: n,
    wrong,
    acceptedPrecision: accepted > 0 ? 1 - wrongAccepted / accepted : NaN,
    errorsCaught: wrong ? caught / wrong : NaN,
    auc: right && wrong ? aucSum / (right * wrong) : NaN,
  };
}

/** One line: what the review share leaves to auto-accept, how many errors it catches, and the AUC. */
export function formatReviewRanking(r: ReviewRanking): string {
  const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');
  const caught = Math.round(r.errorsCaught * r.wrong);
  return `lowest ${Math.round(r.reviewShare * 100)}% to review: auto-accepted precision ${f3(r.acceptedPrecision)}, errors caught ${f3(r.errorsCaught)} (${caught} of ${r.wrong}), AUC ${f3(r.auc)}`;
}
