import { sigmoid, type CalibrationFit } from '@newsfacts/core';

/** A logistic score and whether its fact was right: the evidence an isotonic map is read from. */
export interface ScoredOutcome {
  score: number;
  right: boolean;
  /** Its share of one independent observation (default 1). */
  weight?: number;
}

interface Block {
  n: number;
  right: number;
  scoreSum: number;
  /** What the logistic itself said, summed: the prior a small block is pulled towards. */
  logisticSum: number;
  value: number;
}

/** Pool adjacent violators: merges neighbouring blocks until their values never decrease. */
function pool(blocks: Block[], valueOf: (b: Block) => number): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    let cur = { ...b, value: valueOf(b) };
    while (out.length && out[out.length - 1]!.value >= cur.value) {
      const prev = out.pop()!;
      const merged = { n: prev.n + cur.n, right: prev.right + cur.right, scoreSum: prev.scoreSum + cur.scoreSum, logisticSum: prev.logisticSum + cur.logisticSum, value: 0 };
      cur = { ...merged, value: valueOf(merged) };
    }
    out.push(cur);
  }
  return out;
}

export interface IsotonicOptions {
  /** Fewest facts per step of the map, so that no step rests on a handful of facts. */
  minBlock: number;
  /** Pseudo-facts pulling each step towards the logistic's own probability (smoothing). */
  priorWeight: number;
}

/**
 * An increasing map from logistic score to probability (isotonic regression by pooling adjacent
 * violators), read from scores the logistic gave facts it was not fitted on. Each step's rate is
 * smoothed towards what the logistic itself predicted there, and steps are at least `minBlock` facts,
 * so that a step of all-right facts is never read as certainty.
 */
export function fitIsotonicMap(points: readonly ScoredOutcome[], options: IsotonicOptions): NonNullable<CalibrationFit['map']> {
  const sorted = [...points].sort((a, b) => a.score - b.score);
  const rate = (b: Block) => (b.right + options.priorWeight * (b.logisticSum / b.n)) / (b.n + options.priorWeight);
  let blocks: Block[] = [];
  let lastScore = NaN;
  for (const p of sorted) {
    // equal scores are one fact shape and share one step
    if (p.score !== lastScore) blocks.push({ n: 0, right: 0, scoreSum: 0, logisticSum: 0, value: 0 });
    lastScore = p.score;
    const b = blocks[blocks.length - 1]!;
    const w = p.weight ?? 1;
    b.n += w;
    b.right += p.right ? w : 0;
    b.scoreSum += w * p.score;
    b.logisticSum += w * sigmoid(p.score);
  }
  blocks = pool(blocks, rate);
  // merge steps too small to stand alone into their nearer neighbour, then restore monotonicity
  for (let guard = 0; guard < points.length && blocks.length > 1; guard++) {
    const i = blocks.findIndex((b) => b.n < options.minBlock);
    if (i < 0) break;
    const j = i === 0 ? 1 : i === blocks.length - 1 ? i - 1 : Math.abs(blocks[i - 1]!.value - blocks[i]!.value) <= Math.abs(blocks[i + 1]!.value - blocks[i]!.value) ? i - 1 : i + 1;
    const [a, b] = [blocks[Math.min(i, j)]!, blocks[Math.max(i, j)]!];
    const merged = { n: a.n + b.n, right: a.right + b.right, scoreSum: a.scoreSum + b.scoreSum, logisticSum: a.logisticSum + b.logisticSum, value: 0 };
    blocks.splice(Math.min(i, j), 2, { ...merged, value: rate(merged) });
    blocks = pool(blocks, rate);
  }
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  return { score: blocks.map((b) => round(b.scoreSum / b.n, 4)), probability: blocks.map((b) => round(b.value, 4)) };
}
