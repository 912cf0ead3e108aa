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

interface Cut {
  reviewed: number;
  caught: number;
}

/**
 * Sends the lowest `share` of `items` to review. Facts tied at the cut are split in proportion, so the
 * figure is what a random order among equals gives, and rounding confidence to a few decimals can
 * neither flatter nor punish it.
 */
function cutLowest(items: readonly Scored[], share: number): Cut {
  const sorted = [...items].sort((a, b) => a.confidence - b.confidence);
  const budget = share * sorted.length;
  const cut = { reviewed: 0, caught: 0 };
  for (let i = 0; i < sorted.length && cut.reviewed < budget; ) {
    let j = i;
    let groupWrong = 0;
    while (j < sorted.length && sorted[j]!.confidence === sorted[i]!.confidence) groupWrong += sorted[j++]!.right ? 0 : 1;
    const take = Math.min(j - i, budget - cut.reviewed);
    cut.caught += groupWrong * (take / (j - i));
    cut.reviewed += take;
    i = j;
  }
  return cut;
}

/** Probability that a right fact is ranked above a wrong one, ties counting half (Mann–Whitney). */
function rankingAuc(items: readonly Scored[]): number {
  const sorted = [...items].sort((a, b) => a.confidence - b.confidence);
  const wrong = sorted.filter((s) => !s.right).length;
  const right = sorted.length - wrong;
  let wrongBelow = 0;
  let sum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let groupWrong = 0;
    while (j < sorted.length && sorted[j]!.confidence === sorted[i]!.confidence) groupWrong += sorted[j++]!.right ? 0 : 1;
    sum += (j - i - groupWrong) * (wrongBelow + 0.5 * groupWrong);
    wrongBelow += groupWrong;
    i = j;
  }
  return right && wrong ? sum / (right * wrong) : NaN;
}

/**
 * Ranks facts by confidence and sends the lowest `reviewShare` to review: one cut over all facts, or,
 * with `groupOf` (a fact's type), the same share of each group (a threshold of its own per group).
 */
export function reviewRanking(items: readonly Scored[], reviewShare: number, groupOf?: (index: number) => string): ReviewRanking {
  const groups = new Map<string, Scored[]>();
  items.forEach((s, i) => {
    const g = groupOf?.(i) ?? '';
    const members = groups.get(g) ?? [];
    members.push(s);
    groups.set(g, members);
  });
  let [reviewed, caught] = [0, 0];
  for (const members of groups.values()) {
    const cut = cutLowest(members, reviewShare);
    reviewed += cut.reviewed;
    caught += cut.caught;
  }
  const wrong = items.filter((s) => !s.right).length;
  const accepted = items.length - reviewed;
  return {
    reviewShare,
    facts: items.length,
    wrong,
    acceptedPrecision: accepted > 0 ? 1 - (wrong - caught) / accepted : NaN,
    errorsCaught: wrong ? caught / wrong : NaN,
    auc: rankingAuc(items),
  };
}

/** One line: what the review share leaves to auto-accept, how many errors it catches, and the AUC. */
export function formatReviewRanking(r: ReviewRanking): string {
  const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');
  const caught = Math.round(r.errorsCaught * r.wrong);
  return `lowest ${Math.round(r.reviewShare * 100)}% to review: auto-accepted precision ${f3(r.acceptedPrecision)}, errors caught ${f3(r.errorsCaught)} (${caught} of ${r.wrong}), AUC ${f3(r.auc)}`;
}
