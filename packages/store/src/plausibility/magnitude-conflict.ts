/**
 * A figure checked against the store: a country's monthly output of 80 t is not plausible beside the
 * millions of tonnes a month other articles gave for the same country and metric. A unit read wrongly
 * (kg for t, "MT" for million tonnes, a thousand read as a unit) is the usual cause. The figure is
 * kept, sent to a reviewer and the reason said; only three orders of magnitude or more count, since
 * series legitimately swing by a factor of ten (a strike, a ban, a record month).
 */

/** How far from the stored median a figure may be before it conflicts (three orders of magnitude). */
export const MAGNITUDE_FACTOR = 1000;
/** Stored figures needed before the store speaks; fewer say too little about what is normal. */
export const MIN_REFERENCES = 3;
/** ... and from at least this many articles, so one article repeating its own figure is not a consensus. */
export const MIN_REFERENCE_ARTICLES = 2;
/** The median of the most recent figures is taken; a hundred hold it steady, more only cost reads. */
export const MAX_REFERENCES = 100;
/** Confidence a conflicting figure keeps at most (it is as likely wrong as right). */
export const CONFLICT_CONFIDENCE = 0.5;
/** The cue a conflicting fact carries, so a refit learns from reviewers and a re-score keeps it in review. */
export const MAGNITUDE_CONFLICT_CUE = 'store:magnitude-conflict';

/** What a figure is compared on: per month, a figure without a period, or a rate (a price per tonne). */
export type Basis = { kind: 'month'; months: number } | { kind: 'no-period' } | { kind: 'rate' };

/** A stored or new figure, as the check reads it. */
export interface FigureRow {
  articleId: number;
  type: string;
  value: number;
  unit: string;
  kind: string | null;
  period: string | null;
}

export interface Series {
  metric: string;
  subject: string;
  partner: string | null;
}

export type MagnitudeVerdict = { conflict: false; references: number } | { conflict: true; references: number; median: number; reason: string };

const HALF_MONTHS: Record<string, [number, number]> = { H1: [0, 5], H2: [6, 11] };

/** First and last month (as year * 12 + month index) a period covers; null for days, weeks and what it cannot read. */
function monthSpan(period: string): [number, number] | null {
  let m = /^(\d{4})$/.exec(period);
  if (m) return [Number(m[1]) * 12, Number(m[1]) * 12 + 11];
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) return [Number(m[1]) * 12 + Number(m[2]) - 1, Number(m[1]) * 12 + Number(m[2]) - 1];
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return [Number(m[1]) * 12 + (Number(m[2]) - 1) * 3, Number(m[1]) * 12 + Number(m[2]) * 3 - 1];
  m = /^(\d{4})-(H[12])$/.exec(period);
  if (m) return [Number(m[1]) * 12 + HALF_MONTHS[m[2]!]![0], Number(m[1]) * 12 + HALF_MONTHS[m[2]!]![1]];
  return null;
}

/**
 * How many months a period covers: a year 12, a quarter 3, a span from its first to its last month.
 * A fiscal or marketing year is twelve months whatever its start. Days and weeks give null: a figure dated to a day
 * is usually a stock on that day or the day of a report, not a flow over it, and is not compared.
 */
export function periodMonths(period: string): number | null {
  // fiscal and marketing years, and the quarters and halves of a fiscal year
  if (/^(?:FY|MY)\d{4}(-\d{2})?$/.test(period)) return 12;
  const part = /^FY\d{4}(?:-\d{2})?-(Q[1-4]|H[12])$/.exec(period);
  if (part) return part[1]!.startsWith('Q') ? 3 : 6;
  const parts = period.split('/');
  if (parts.length === 2) {
    const from = monthSpan(parts[0]!);
    const to = monthSpan(parts[1]!);
    if (!from || !to || to[1] < from[0]) return null;
    return to[1] - from[0] + 1;
  }
  const span = monthSpan(period);
  return span ? span[1] - span[0] + 1 : null;
}

/**
 * The basis a figure compares on, or null when it is not compared. Amounts over a period compare per
 * month (a year's output is divided by twelve); a rate (money per unit: "USD/t") does not grow with
 * its period and compares as it is; a figure without a period compares only with figures without one,
 * since it may be a year's total as well as a single cargo.
 */
export function basisOf(unit: string, period: string | null): Basis | null {
  if (unit.includes('/')) return { kind: 'rate' };
  if (period === null || period === '') return { kind: 'no-period' };
  const months = periodMonths(period);
  return months === null ? null : { kind: 'month', months };
}

/** Figures the check reads: positive amounts, not changes ("rose by 500 t" is no level of the series). */
export function isCheckableFigure(f: Pick<FigureRow, 'type' | 'value' | 'unit' | 'kind'>): boolean {
  if (f.type !== 'tonnage' && f.type !== 'money') return false;
  if (f.type === 'tonnage' && f.unit !== 't') return false;
  return f.kind !== 'change' && Number.isFinite(f.value) && f.value > 0;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A figure as a reason shows it: short, with the exponent for very large or small ones ("6.5e7"). */
export function formatFigure(v: number): string {
  const rounded = Number(v.toPrecision(3));
  if (rounded !== 0 && (Math.abs(rounded) >= 1e7 || Math.abs(rounded) < 0.01)) return Number(v.toPrecision(2)).toExponential().replace('e+', 'e');
  return String(rounded);
}

/**
 * Whether `figure` conflicts with the stored `references` of its series (most recent first). Only
 * references of other articles, on the same basis and unit, count; the median of up to
 * MAX_REFERENCES of them is the figure's expected size.
 */
export function magnitudeConflict(figure: FigureRow, series: Series, references: readonly FigureRow[]): MagnitudeVerdict {
  const basis = isCheckableFigure(figure) ? basisOf(figure.unit, figure.period) : null;
  if (!basis) return { conflict: false, references: 0 };
  const scale = (b: Basis) => (b.kind === 'month' ? b.months : 1);
  const values: number[] = [];
  const articles = new Set<number>();
  for (const r of references) {
    if (values.length >= MAX_REFERENCES) break;
    if (r.articleId === figure.articleId || r.unit !== figure.unit || r.type !== figure.type || !isCheckableFigure(r)) continue;
    const b = basisOf(r.unit, r.period);
    if (!b || b.kind !== basis.kind) continue;
    values.push(r.value / scale(b));
    articles.add(r.articleId);
  }
  if (values.length < MIN_REFERENCES || articles.size < MIN_REFERENCE_ARTICLES) return { conflict: false, references: values.length };
  const m = median(values);
  const v = figure.value / scale(basis);
  if (v * MAGNITUDE_FACTOR > m && v < m * MAGNITUDE_FACTOR) return { conflict: false, references: values.length };
  return { conflict: true, references: values.length, median: m, reason: conflictReason(figure, basis, v, m, values.length, series) };
}

function conflictReason(figure: FigureRow, basis: Basis, perBasis: number, m: number, n: number, series: Series): string {
  const u = figure.unit;
  const who = series.partner ? `${series.subject} to ${series.partner}` : series.subject;
  let shown = `${formatFigure(figure.value)} ${u}`;
  let per = '';
  if (basis.kind === 'month') {
    shown += ` in ${figure.period}`;
    if (basis.months !== 1) shown += ` (${formatFigure(perBasis)} ${u} per month)`;
    per = ' per month';
  } else if (basis.kind === 'no-period') {
    per = ' without a period';
  }
  const side = perBasis > m ? 'above' : 'below';
  return `magnitude-store: ${shown} vs median ${formatFigure(m)} ${u} of ${n} stored ${who} '${series.metric}' figures${per} (${MAGNITUDE_FACTOR} times or more ${side})`;
}

/**
 * The confidence of a conflicting fact: at most CONFLICT_CONFIDENCE and below the review threshold, so
 * it waits for a reviewer whatever the threshold (confidences are kept to three decimals).
 */
export function conflictConfidence(confidence: number, threshold: number): number {
  return Math.max(0, Math.min(confidence, CONFLICT_CONFIDENCE, Math.round((threshold - 0.001) * 1000) / 1000));
}
