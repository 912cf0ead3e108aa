import type { Fact } from '@newsfacts/core';
import type { Probe, WantFact } from './trade-phrasing.cases.ts';

/** Numbers agree to one part in ten thousand: converted units give long decimals that the cases round. */
function sameValue(a: number | string, b: number | string): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-4 * Math.abs(b) : a === b;
}

function describeFact(f: Fact): string {
  return `${f.type} ${JSON.stringify(f.text)}=${JSON.stringify(f.value)}${f.range ? ` range ${f.range.min}-${f.range.max}` : ''}`;
}

function wantProblems(w: WantFact, facts: Fact[]): string[] {
  const same = facts.filter((f) => f.type === w.type && f.text === w.text);
  if (same.length === 0) {
    const near = facts.filter((f) => f.type === w.type).map(describeFact).join('; ');
    return [`missing ${w.type} "${w.text}" = ${w.value} (got: ${near || 'nothing'})`];
  }
  const f = same[0]!;
  const out: string[] = [];
  if (!sameValue(f.value, w.value)) out.push(`"${w.text}": value ${JSON.stringify(f.value)}, want ${JSON.stringify(w.value)}`);
  for (const key of ['unit', 'qualifier', 'direction', 'kind'] as const) {
    if (w[key] !== undefined && f[key] !== w[key]) out.push(`"${w.text}": ${key} ${JSON.stringify(f[key])}, want ${JSON.stringify(w[key])}`);
  }
  if (w.range !== undefined) {
    const ok = w.range === null ? f.range === null : f.range !== null && sameValue(f.range.min, w.range.min) && sameValue(f.range.max, w.range.max);
    if (!ok) out.push(`"${w.text}": range ${JSON.stringify(f.range)}, want ${JSON.stringify(w.range)}`);
  }
  return out;
}

/** Every way the facts read from a probe differ from its reading under the conventions (empty: none). */
export function checkProbe(p: Probe, facts: Fact[]): string[] {
  const out: string[] = [];
  for (const w of p.want ?? []) out.push(...wantProblems(w, facts));
  for (const n of p.none ?? []) {
    const bad = facts.filter((f) => f.type === n.type && f.text.includes(n.text));
    if (bad.length > 0) out.push(`unexpected ${bad.map(describeFact).join('; ')}`);
  }
  if (p.within) {
    const w = p.within;
    const bad = facts.filter((f) => f.type === w.type && !(Number(f.value) >= w.min && Number(f.value) <= w.max));
    if (bad.length > 0) out.push(`vague amount read wrongly: ${bad.map(describeFact).join('; ')}`);
  }
  if (p.optionalDate) {
    const o = p.optionalDate;
    const bad = facts.filter((f) => f.type === 'date' && f.text.includes(o.text) && !o.values.includes(String(f.value)));
    if (bad.length > 0) out.push(`optional date read wrongly: ${bad.map(describeFact).join('; ')}`);
  }
  return out;
}
