import type { Fact } from '@newsfacts/core';
import { clamp } from './context.ts';

/**
 * Figures of one metric in one article agree in size: a country's monthly output of 80 t does not sit
 * beside outputs of millions of tonnes. A tonnage a thousand times or more away from the median of the
 * article's other tonnages of the same metric is kept, with its confidence lowered and the reason said;
 * a unit read wrongly (kg for t, "MT" for million tonnes) is the usual cause.
 */

/** How far from the others a figure may be before it conflicts (three orders of magnitude). */
const FACTOR = 1000;
/**
 * The same test against all the article's tonnages, when its metric has too few figures and none of
 * them shares its sentence: ore and the concentrate or metal made from it often sit three or four
 * orders apart in one story, so only a gap the size of a misread unit ("MT" taken for million tonnes)
 * counts there. Figures listed in one sentence are taken as like figures.
 */
const ACROSS_METRICS_FACTOR = 100_000;
/** Confidence a conflicting figure keeps at most: it goes to review. */
const CONFLICT_CONFIDENCE = 0.5;
/** Figures compared per metric (the median of the first ones is as good as of all). */
const MAX_PER_METRIC = 200;

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function metricOf(f: Fact): string {
  return f.measurement?.metric ?? '';
}

export function checkMagnitudes(facts: Fact[]): Fact[] {
  const groups = new Map<string, number[]>();
  const all: number[] = [];
  const perSentence = new Map<string, number>();
  for (const f of facts) {
    if (f.type !== 'tonnage' || !(Number(f.value) > 0)) continue;
    const g = groups.get(metricOf(f)) ?? [];
    if (g.length < MAX_PER_METRIC) g.push(Number(f.value));
    if (all.length < MAX_PER_METRIC) all.push(Number(f.value));
    groups.set(metricOf(f), g);
    perSentence.set(f.sentence, (perSentence.get(f.sentence) ?? 0) + 1);
  }
  const othersThan = (values: number[], v: number): number[] => {
    const others = [...values];
    const at = others.indexOf(v);
    if (at >= 0) others.splice(at, 1);
    return others;
  };
  return facts.map((f) => {
    if (f.type !== 'tonnage' || !(Number(f.value) > 0)) return f;
    // the median of the other figures of its metric, else of all the article's tonnages when the metric
    // has too few: it needs at least two figures to speak for the article
    let others = othersThan(groups.get(metricOf(f)) ?? [], Number(f.value));
    let sameMetric = true;
    if (others.length < 2) {
      others = othersThan(all, Number(f.value));
      sameMetric = false;
    }
    if (others.length < 2) return f;
    const m = median(others);
    const v = Number(f.value);
    const listed = (perSentence.get(f.sentence) ?? 0) > 1;
    const factor = sameMetric || listed ? FACTOR : ACROSS_METRICS_FACTOR;
    if (v * factor > m && v < m * factor) return f;
    const what = sameMetric && metricOf(f) ? `'${metricOf(f)}' figures` : 'tonnages';
    return {
      ...f,
      confidence: clamp(Math.min(f.confidence, CONFLICT_CONFIDENCE)),
      reasons: [...f.reasons, `${v} t is over ${factor} times ${v > m ? 'above' : 'below'} the article's other ${what} (median ${m} t)`],
    };
  });
}
