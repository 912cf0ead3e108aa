import type { BenchCase, BenchExpected } from './bench-data.ts';

/**
 * How a prediction is matched to an expected item (documented here because the peers' conventions differ):
 * - every expected item needs a prediction whose span overlaps the expected text (when that text is found
 *   in the input) and whose value matches; a prediction overlapping no expected span fails the case, so a
 *   negative case (expected []) passes only with no prediction at all;
 * - numbers: relative tolerance 1e-9 (the suites round to 15 significant digits);
 * - percent: value, or [min, max] for ranges; hedge and direction when the case states them; "pp"
 *   (percentage points) is a different unit and is not offered as a percent;
 * - weight: compared in kg; "ton" (ambiguous) is taken as the metric tonne, as the README says; a range
 *   prediction matches a single expected value at its midpoint (quantulum3 reports ranges by their mean);
 * - date: a "date" value matches the first day of the predicted period (chrono's values are instants, not
 *   periods: "next week" is "one week from now" there, so a chrono value matches a period that contains it);
 *   a "daterange" matches start and end,
 *   where end may be the exclusive end, the first day of the closing period ("from March to May" ends
 *   2018-05-01 in Recognizers-Text) or the last day (chrono); None is an open or unknown bound; a range
 *   given as alternatives (past and future readings) matches if any alternative does.
 */

export interface Span {
  start: number;
  end: number;
}

export interface PredictedNumber extends Span {
  value: number | null;
  range?: { min: number; max: number } | null;
  qualifier?: string | null;
  direction?: string | null;
}

export interface PredictedDate extends Span {
  from: string | null;
  to: string | null;
  lastFrom: string | null;
  openStart: boolean;
  openEnd: boolean;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every place the expected text occurs in the input (case-insensitive). */
function occurrences(input: string, e: BenchExpected): Span[] {
  if (!e.text) return [];
  const hay = input.toLowerCase();
  const needle = e.text.toLowerCase();
  const out: Span[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const KG: Record<string, number> = {
  kg: 1, g: 1e-3, mg: 1e-6, ug: 1e-9, lb: 0.45359237, oz: 0.028349523125, t: 1000, ton: 1000,
  short_ton: 907.18474, long_ton: 1016.0469088, dram: 0.0017718451953125,
};

export function toKg(value: number, unit: string): number {
  const f = KG[unit];
  if (f === undefined) throw new Error(`unknown weight unit ${unit}`);
  return value * f;
}

export type Matcher<P> = (e: BenchExpected, p: P) => boolean;

export function judge<P extends Span>(c: BenchCase, preds: P[], match: Matcher<P>): { pass: boolean; why: string } {
  const claimed = new Set<number>();
  const matched: Span[] = [];
  let anyUnknown = false;
  for (const e of c.expected) {
    const occ = occurrences(c.input, e);
    if (occ.length === 0) anyUnknown = true;
    // an expected text written twice in the input may be meant at either place
    const hit = preds.findIndex((p, pi) => !claimed.has(pi) && (occ.length === 0 || occ.some((s) => overlaps(s, p))) && match(e, p));
    if (hit < 0) return { pass: false, why: `missed ${JSON.stringify(e.text)}` };
    claimed.add(hit);
    const p = preds[hit]!;
    const s = occ.find((o) => overlaps(o, p));
    if (s) matched.push(s);
  }
  for (let pi = 0; pi < preds.length; pi++) {
    if (claimed.has(pi)) continue;
    const p = preds[pi]!;
    if (anyUnknown && c.expected.length > 0) continue;
    if (!matched.some((s) => overlaps(s, p))) return { pass: false, why: `extra ${JSON.stringify(c.input.slice(p.start, p.end))}` };
  }
  return { pass: true, why: '' };
}

export const matchNumber: Matcher<PredictedNumber> = (e, p) => typeof e.value === 'number' && p.value !== null && close(e.value, p.value);

export const matchPercent: Matcher<PredictedNumber> = (e, p) => {
  if (e.range) {
    if (!p.range || !close(p.range.min, e.range[0]) || !close(p.range.max, e.range[1])) return false;
  } else if (e.value === 'null' || e.value === null) {
    if (p.value !== null || p.range) return false;
  } else if (typeof e.value === 'number') {
    if (p.value === null || !close(p.value, e.value)) return false;
  }
  if (e.hedge && p.qualifier !== e.hedge) return false;
  if (e.direction && p.direction !== e.direction) return false;
  return true;
};

export function matchWeight(e: BenchExpected, p: PredictedNumber & { unit: string }): boolean {
  if (typeof e.value !== 'number' || !e.unit) return false;
  const want = toKg(e.value, e.unit);
  if (p.range) return close(toKg((p.range.min + p.range.max) / 2, p.unit), want);
  return p.value !== null && close(toKg(p.value, p.unit), want);
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function matchDateIn(src: string): Matcher<PredictedDate> {
  return (e, p) => {
    if (src === 'chrono' && e.type === 'date' && !e.end) {
      const v = e.values?.[0];
      return typeof v === 'string' && p.from !== null && v >= p.from && (p.to === null || v < p.to || (p.from === p.to && v === p.from));
    }
    return matchDate(e, p);
  };
}

export const matchDate: Matcher<PredictedDate> = (e, p) => {
  const values = e.values ?? [];
  if (values.length === 1 && values[0] === 'not resolved') return false;
  if (e.type === 'date') {
    const end = e.end;
    return values.some((v) => typeof v === 'string' && v === p.from && (!end || endMatches(end, p)));
  }
  return values.some((v) => {
    if (typeof v === 'string') return false;
    if (v.start === null && v.end === null) return true;
    const startOk = v.start === null ? p.openStart || p.from === null : v.start === p.from && !p.openStart;
    const endOk = v.end === null ? p.openEnd || p.to === null : !p.openEnd && endMatches(v.end, p);
    return startOk && endOk;
  });
};

function endMatches(end: string, p: PredictedDate): boolean {
  if (p.to === null) return false;
  return end === p.to || end === p.lastFrom || end === dayBefore(p.to);
}

/** Cases whose only expectation is an unresolvable mention ("feb 30") pass when nothing is claimed there. */
export function notResolvedOnly(c: BenchCase): boolean {
  return c.expected.length > 0 && c.expected.every((e) => (e.values ?? []).length === 1 && e.values![0] === 'not resolved');
}
