import { logit, sigmoid, type CalibrationFit } from '@newsfacts/core';

/** One labelled fact: its raw confidence, its cues, whether it was right, and how much it counts. */
export interface LabelledCues {
  raw: number;
  cues: readonly string[];
  right: boolean;
  weight?: number;
  /** The site (or article) it comes from, when known: a cue must be seen in `minGroups` of them to get a weight. */
  group?: string;
}

export interface FitOptions {
  /** Strength of the pull of every weight towards the prior (or towards 0 without one). */
  l2: number;
  /** Cues seen on fewer labelled facts get no weight of their own (kept from the prior if it has one). */
  minCount: number;
  /**
   * Cues seen in fewer groups (sites) get no weight of their own either, however many facts show them:
   * a cue that only one or two sites show learns those sites' templates, not the language (default 1).
   */
  minGroups?: number;
  prior?: Pick<CalibrationFit, 'intercept' | 'rawWeight' | 'weights'>;
  iterations?: number;
  /**
   * How much harder a cue is pulled than `l2` says (default 1): a cue refining another, such as a
   * type's own version of a shared cue ("date|sentence:short"), should move only where its data insists.
   */
  l2Scale?: (cue: string) => number;
}

/** Interactions with the fact type ("date|…") are pulled this much harder than the cues they refine. */
export const INTERACTION_L2_SCALE = 4;

/** The default pull of a cue: interactions with the type harder than shared cues. */
export function interactionL2Scale(cue: string): number {
  return cue.includes('|') ? INTERACTION_L2_SCALE : 1;
}

// the gradient below which the fit has stopped moving (weights are stored to 4 decimals)
const TOLERANCE = 1e-6;

export type LogisticWeights = Pick<CalibrationFit, 'intercept' | 'rawWeight' | 'weights'>;

/**
 * L2-regularized logistic regression by full-batch gradient descent with momentum: deterministic, no
 * dependency, and fast enough for tens of thousands of facts. With a prior, weights are pulled towards
 * it rather than towards zero, so a handful of reviews moves the shipped fit only as far as they justify.
 */
export function fitLogistic(samples: readonly LabelledCues[], options: FitOptions): LogisticWeights {
  const counts = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const s of samples) {
    for (const c of new Set(s.cues)) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
      if (s.group === undefined) continue;
      const seen = groups.get(c) ?? new Set<string>();
      // only whether a cue reaches the minimum matters, so a cue's set stops growing there
      if (seen.size < (options.minGroups ?? 1)) seen.add(s.group);
      groups.set(c, seen);
    }
  }
  const spread = (c: string) => (groups.has(c) ? groups.get(c)!.size : Infinity) >= (options.minGroups ?? 1);
  const names = [...counts.entries()].filter(([c, n]) => n >= options.minCount && spread(c)).map(([c]) => c).sort();
  const index = new Map(names.map((c, i) => [c, i]));
  const rows = samples.map((s) => ({
    x: [...new Set(s.cues)].flatMap((c) => (index.has(c) ? [index.get(c)!] : [])),
    r: logit(s.raw),
    // cues without a weight of their own keep the prior's, as a fixed offset
    offset: options.prior ? [...new Set(s.cues)].reduce((z, c) => z + (index.has(c) ? 0 : (options.prior!.weights[c] ?? 0)), 0) : 0,
    y: s.right ? 1 : 0,
    w: s.weight ?? 1,
  }));
  const total = rows.reduce((n, r) => n + r.w, 0) || 1;
  const p0 = names.map((c) => options.prior?.weights[c] ?? 0);
  const scale = names.map((c) => options.l2Scale?.(c) ?? 1);
  const b0 = options.prior?.intercept ?? 0;
  const r0 = options.prior?.rawWeight ?? 0;
  let [b, rw] = [b0, r0];
  const w = [...p0];
  let [vb, vr] = [0, 0];
  const vw = new Array<number>(names.length).fill(0);
  const iterations = options.iterations ?? 3000;
  const lr = 0.5;
  const l2 = options.l2 / total;
  for (let it = 0; it < iterations; it++) {
    let gb = 0;
    let gr = 0;
    const gw = new Array<number>(names.length).fill(0);
    for (const row of rows) {
      let z = b + rw * row.r + row.offset;
      for (const k of row.x) z += w[k]!;
      const e = (sigmoid(z) - row.y) * row.w;
      gb += e;
      gr += e * row.r;
      for (const k of row.x) gw[k]! += e;
    }
    // the intercept is pulled only when there is a prior to pull it to
    gb = gb / total + (options.prior ? l2 * (b - b0) : 0);
    gr = gr / total + l2 * (rw - r0);
    // converged: no weight would move by more than rounding can show
    let largest = Math.max(Math.abs(gb), Math.abs(gr));
    for (let k = 0; k < names.length; k++) largest = Math.max(largest, Math.abs(gw[k]! / total + l2 * scale[k]! * (w[k]! - p0[k]!)));
    if (largest < TOLERANCE) break;
    vb = 0.9 * vb - lr * gb;
    vr = 0.9 * vr - lr * gr;
    b += vb;
    rw += vr;
    for (let k = 0; k < names.length; k++) {
      vw[k] = 0.9 * vw[k]! - lr * (gw[k]! / total + l2 * scale[k]! * (w[k]! - p0[k]!));
      w[k]! += vw[k]!;
    }
  }
  const weights: Record<string, number> = { ...(options.prior?.weights ?? {}) };
  names.forEach((c, k) => (weights[c] = w[k]!));
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    intercept: round(b),
    rawWeight: round(rw),
    weights: Object.fromEntries(Object.entries(weights).filter(([, v]) => Math.abs(v) >= 1e-4).sort(([a], [c]) => a.localeCompare(c)).map(([k, v]) => [k, round(v)])),
  };
}
