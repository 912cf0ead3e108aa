import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { MONEY_PROBES, PERCENT_PROBES, TONNAGE_PROBES, type ProbeCase } from './fixtures/money-probe.cases.ts';

/** The money, percentage and tonnage facts of a text, written as the probe corpus writes them. */
function written(text: string): string[] {
  const out: string[] = [];
  for (const f of extractFacts({ text, published: '2025-06-02' })) {
    if (f.type !== 'money' && f.type !== 'percentage' && f.type !== 'tonnage') continue;
    const value = Number(Number(f.value).toPrecision(12));
    const shown = f.range ? `${Number(f.range.min.toPrecision(12))}..${Number(f.range.max.toPrecision(12))}` : String(value);
    out.push(`${shown} ${f.unit}`);
  }
  return out;
}

/** What the case expects that was not found, and what was found that it does not allow. */
export function probeDiff(c: ProbeCase): { missed: string[]; extra: string[] } {
  const found = written(c.text);
  const wanted = [...(c.money ?? []), ...(c.pct ?? []), ...(c.tons ?? [])];
  const allowed = new Set([...wanted, ...(c.optional ?? [])]);
  return { missed: wanted.filter((w) => !found.includes(w)), extra: found.filter((f) => !allowed.has(f)) };
}

describe.each([
  ['money', MONEY_PROBES], ['percentage', PERCENT_PROBES], ['tonnage', TONNAGE_PROBES],
] as const)('probe corpus: %s forms', (_name, cases) => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(probeDiff(c)).toEqual({ missed: [], extra: [] });
  });
});
