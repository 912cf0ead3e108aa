import type { ArticleReading, GoldCompany } from './labelled-names.ts';

/** Company counts of one article, as the facts bench counts them (one per gold value; optional ones neither right nor wrong). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function scoreKeys(gold: readonly GoldCompany[], predicted: ReadonlySet<string>): Counts {
  const hit = new Set<GoldCompany>();
  let fp = 0;
  for (const key of predicted) {
    const g = gold.find((v) => v.keys.includes(key));
    if (g) hit.add(g);
    else fp++;
  }
  const required = gold.filter((g) => !g.optional);
  const tp = required.filter((g) => hit.has(g)).length;
  return { tp, fp, fn: required.length - tp };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The model alone: every name it gives at least `t`. */
export function modelAlone(r: ArticleReading, p: readonly number[], t: number): Set<string> {
  return new Set(r.candidates.filter((_, i) => p[i]! >= t).map((c) => c.key));
}

export function rulesAlone(r: ArticleReading): Set<string> {
  return new Set(r.rules.map((x) => x.key));
}

/** The rules, plus names the model is sure of (at least `hi`) that the rules passed over (no rule company on any of their mentions). */
export function rulesPlusModel(r: ArticleReading, p: readonly number[], hi: number): Set<string> {
  const out = rulesAlone(r);
  r.candidates.forEach((c, i) => {
    if (p[i]! < hi || out.has(c.key)) return;
    if (c.spans.some((s) => r.rules.some((x) => x.spans.some((y) => overlaps(s, y))))) return;
    out.add(c.key);
  });
  return out;
}

/** The rules, less companies every mention of which is a name the model is sure is none (below `lo`). */
export function rulesMinusModel(r: ArticleReading, p: readonly number[], lo: number): Set<string> {
  const out = new Set<string>();
  for (const x of r.rules) {
    const verdicts = x.spans.map((s) => {
      const under = r.candidates.flatMap((c, i) => (c.spans.some((cs) => overlaps(cs, s)) ? [p[i]!] : []));
      return under.length === 0 ? 1 : Math.max(...under);
    });
    if (Math.max(...verdicts) >= lo) out.add(x.key);
  }
  return out;
}
