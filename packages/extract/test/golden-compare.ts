import type { Fact } from '@newsfacts/core';

/**
 * The recognizers' own doubt, which these hand-written fixtures pin down. The calibrated `confidence`
 * is a probability fitted on real articles and is measured there (pnpm bench:facts, held-out sites),
 * not against fixtures written to exercise the rules.
 */
export function ruleScore(f: { confidence: number; rawConfidence?: number }): number {
  return f.rawConfidence ?? f.confidence;
}

/** Hand-written expectations for one fixture article (fixtures/extract/<case>.expected.json). */
export interface ExpectedFact {
  type: Fact['type'];
  text: string;
  value: number | string;
  unit?: string;
  qualifier?: string;
  direction?: string;
  kind?: string;
  range?: { min: number; max: number };
  measurement?: Partial<NonNullable<Fact['measurement']>>;
  /** The fact must go to review (confidence below this). */
  maxConfidence?: number;
}

export interface NotFact {
  text: string;
  type?: Fact['type'];
  /** A wrong reading the extractor may propose, but only for review (confidence below 0.8). */
  belowReview?: boolean;
  why: string;
}

export interface ExpectedFile {
  published: string | null;
  facts: ExpectedFact[];
  notFacts?: NotFact[];
}

function sameValue(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/** Attribute differences between an expected fact and the extracted fact it was paired with. */
function differences(e: ExpectedFact, f: Fact): string[] {
  const out: string[] = [];
  const check = (name: string, want: unknown, got: unknown) => {
    if (want !== undefined && JSON.stringify(want) !== JSON.stringify(got)) out.push(`${name}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  check('unit', e.unit, f.unit);
  check('qualifier', e.qualifier, f.qualifier);
  check('direction', e.direction, f.direction);
  check('kind', e.kind, f.kind);
  check('range', e.range, f.range);
  if (e.measurement) {
    for (const [k, v] of Object.entries(e.measurement)) check(`measurement.${k}`, v, f.measurement?.[k as keyof typeof e.measurement] ?? null);
  }
  if (e.maxConfidence !== undefined && ruleScore(f) > e.maxConfidence) out.push(`confidence ${ruleScore(f)} should be at most ${e.maxConfidence}`);
  return out;
}

export interface Comparison {
  matched: Array<{ expected: ExpectedFact; fact: Fact; differences: string[] }>;
  missed: ExpectedFact[];
  extra: Fact[];
}

/** Pairs expected and extracted facts by type, surface text and value, in text order. */
export function compareFacts(facts: Fact[], expected: ExpectedFact[]): Comparison {
  const used = new Set<number>();
  const matched: Comparison['matched'] = [];
  const missed: ExpectedFact[] = [];
  for (const e of expected) {
    const k = facts.findIndex((f, i) => !used.has(i) && f.type === e.type && f.text === e.text && sameValue(f.value, e.value));
    if (k < 0) {
      missed.push(e);
      continue;
    }
    used.add(k);
    matched.push({ expected: e, fact: facts[k]!, differences: differences(e, facts[k]!) });
  }
  const extra = facts.filter((_, i) => !used.has(i));
  return { matched, missed, extra };
}

/** Facts that overlap a text the fixture says is not a fact (first occurrence, of the given type if any). */
export function notFactViolations(text: string, facts: Fact[], notFacts: NotFact[]): string[] {
  const out: string[] = [];
  for (const n of notFacts) {
    const at = text.indexOf(n.text);
    if (at < 0) {
      out.push(`notFact text not found in the article: ${JSON.stringify(n.text)}`);
      continue;
    }
    const end = at + n.text.length;
    for (const f of facts) {
      if ((n.type === undefined || f.type === n.type) && f.start < end && at < f.end && !(n.belowReview && ruleScore(f) < 0.8)) {
        out.push(`${f.type} ${JSON.stringify(f.text)} (${f.confidence}) overlaps ${JSON.stringify(n.text)} (${n.why})`);
      }
    }
  }
  return out;
}

export function describe(f: Pick<Fact, 'type' | 'text' | 'value'>): string {
  return `${f.type} ${JSON.stringify(f.text)} = ${JSON.stringify(f.value)}`;
}

/** Extracted facts that a fixture allows only for review, and that stayed below the review threshold. */
export function reviewOnly(text: string, facts: Fact[], notFacts: NotFact[]): Set<Fact> {
  const out = new Set<Fact>();
  for (const n of notFacts) {
    if (!n.belowReview) continue;
    const at = text.indexOf(n.text);
    if (at < 0) continue;
    for (const f of facts) if ((n.type === undefined || f.type === n.type) && f.start < at + n.text.length && at < f.end && ruleScore(f) < 0.8) out.add(f);
  }
  return out;
}
