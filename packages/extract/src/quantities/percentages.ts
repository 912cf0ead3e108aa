import type { Numeral } from '../numbers/numeral.ts';
import { gluedToLetters, scanNumerals } from '../numbers/recognize-numbers.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { directionAround, hedgeAfter, hedgeBefore, type Direction, type Qualifier } from './cues.ts';
import { elidedComparison, rangeAfter } from './ranges.ts';

export interface PercentMention {
  text: string;
  start: number;
  end: number;
  /** The number shown (low end of a range); null for a bare mention ("the % of increase"). */
  value: number | null;
  /** Percent, or percentage points (a difference between two percentages). */
  unit: '%' | 'pp';
  range: { min: number; max: number } | null;
  qualifier: Qualifier | null;
  direction: Direction | null;
  /** A share of a whole ("90% of the market"), a change ("rose 158%") or a level ("rates at 0.25%"). */
  kind: 'share' | 'change' | 'level' | null;
  /** Token range, for callers that link figures to sentences. */
  firstToken: number;
  nextToken: number;
}

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/** Words after a spaced lower-case "pc" that make it percent ("rose 7.2 pc in May"), not a count of pieces or computers. */
const AFTER_SPACED_PC = new Set(['in', 'on', 'to', 'from', 'year-on-year', 'yoy', 'y', 'and', 'or', 'stake', 'rise', 'fall', 'increase',
  'decline', 'drop', 'jump', 'gain', 'growth', 'last', 'this', 'a', 'over', 'since', 'after', 'while', 'higher', 'lower', 'of', 'for', 'at', 'year']);

function spacedPcEnds(tk: Token[], j: number): boolean {
  if (tk[j]!.raw !== 'pc') return false;
  const after = tk[j + 1];
  return !after || after.gap >= 2 || (after.kind === 'punct' && after.raw !== '-' && after.raw !== '/') || (after.kind === 'word' && AFTER_SPACED_PC.has(after.low));
}

/** The percent unit starting at token j: "%", "percent", "per cent", "pct", "pc", "percentage point(s)", "pp". */
export function percentUnitAt(tk: Token[], j: number, standalone = false): { unit: '%' | 'pp'; next: number } | null {
  const t0 = tk[j];
  if (!t0 || (!standalone && t0.gap >= 2)) return null;
  const t = standalone ? { ...t0, gap: 1 as const } : t0;
  const points = (k: number) => (word(tk, k) === 'point' || word(tk, k) === 'points' ? k + 1 : -1);
  if (t.raw === '%' && t.gap <= 1) {
    const p = points(j + 1);
    return p > 0 ? { unit: 'pp', next: p } : { unit: '%', next: j + 1 };
  }
  // "10-percent stake", "10-per-cent stake": the unit hyphened to the figure as an adjective
  if (t.raw === '-' && t.gap === 0 && !standalone && tk[j + 1]?.gap === 0 && tk[j + 1]?.kind === 'word') {
    const inner = percentUnitAt(tk, j + 1);
    return inner && inner.unit === '%' ? inner : null;
  }
  if (t.kind !== 'word' || t.gap > 1) return null;
  const w = t.low;
  if (w === 'percentage' || w === 'percent') {
    let k = j + 1;
    if (tk[k]?.raw === '-' && tk[k]!.gap === 0) k++;
    const p = points(k);
    if (p > 0) return { unit: 'pp', next: p };
    return { unit: '%', next: j + 1 };
  }
  if (w === 'pct' || w === 'pc') {
    // "1.5 pct points", "2 pc points": the abbreviation with points is a difference of percentages
    const p = points(j + 1);
    if (p > 0) return { unit: 'pp', next: p };
  }
  if (w === 'percents' || w === 'pct' || w === 'percentages') return { unit: '%', next: j + 1 };
  if (w === 'pc' && (t.gap === 0 || spacedPcEnds(tk, j))) return { unit: '%', next: j + 1 };
  // "8.2 p.c.": the abbreviation with its points, as Indian wire copy writes it
  if (w === 'p' && tk[j + 1]?.raw === '.' && tk[j + 1]!.gap === 0 && tk[j + 2]?.low === 'c' && tk[j + 2]!.gap === 0 && tk[j + 3]?.raw === '.' && tk[j + 3]!.gap === 0) return { unit: '%', next: j + 4 };
  if (w === 'per' && (word(tk, j + 1) === 'cent' || word(tk, j + 1) === 'centum')) {
    const p = points(j + 2);
    return p > 0 ? { unit: 'pp', next: p } : { unit: '%', next: j + 2 };
  }
  if (w === 'per' && tk[j + 1]?.raw === '-' && tk[j + 1]!.gap === 0 && word(tk, j + 2) === 'cent' && tk[j + 2]!.gap === 0) return { unit: '%', next: j + 3 };
  if ((w === 'pp' || w === 'ppt' || w === 'ppts' || w === 'pts') && t.gap <= 1) return { unit: 'pp', next: j + 1 };
  return null;
}

const SHARE_BEFORE = new Set(['accounted', 'accounts', 'account', 'accounting', 'share', 'stake', 'controls', 'control',
  'holds', 'owns', 'supplies', 'supplied', 'produces', 'refines', 'makes', 'made', 'represents', 'represented', 'comprise',
  'comprises', 'dominates', 'covers', 'covered']);

function kindOf(tk: Token[], first: number, next: number, direction: Direction | null): PercentMention['kind'] {
  if (word(tk, next) === 'of' || word(tk, next) === 'share' || word(tk, next) === 'stake') return 'share';
  // "the share rose by 3 pp": the size of a change, whatever it changes
  if (direction && word(tk, first - 1) === 'by') return 'change';
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = word(tk, k);
    if (!w) break;
    if (SHARE_BEFORE.has(w)) return 'share';
  }
  if (direction || word(tk, first - 1) === 'by') return 'change';
  return 'level';
}

/** Percentages over tokens already produced (numerals come from the shared scan). */
export function findPercentages(text: string, tk: Token[], numerals: Numeral[]): PercentMention[] {
  const out: PercentMention[] = [];
  const taken = new Set<number>();
  for (let ni = 0; ni < numerals.length; ni++) {
    const n = numerals[ni]!;
    if (taken.has(ni) || gluedToLetters(tk, n) && !percentUnitAt(tk, n.next)) continue;
    let unit = percentUnitAt(tk, n.next);
    let range: { min: number; max: number } | null = null;
    let firstTok = n.first;
    let lastTok = unit ? unit.next : n.next;
    const r = rangeAfter(tk, numerals, ni, (j) => percentUnitAt(tk, j), (a, b) => a.unit === b.unit);
    if (r && (r.unit || unit)) {
      unit = unit ?? r.unit;
      range = { min: n.value, max: r.other.value };
      firstTok = r.first;
      lastTok = r.next;
      taken.add(r.otherIndex);
    } else if (!unit) {
      // "45 and 50 percent": the unit of the second figure distributes over the first
      const d = distributed(tk, numerals, ni);
      if (!d) continue;
      unit = d;
      lastTok = n.next;
    }
    if (!unit) continue;
    const trailing = hedgeAfter(tk, lastTok);
    const hedge = hedgeBefore(tk, firstTok);
    const spanFirst = hedge && !trailing ? hedge.first : firstTok;
    const direction = directionAround(tk, spanFirst, lastTok);
    if (trailing) lastTok = trailing.next;
    const start = tk[spanFirst]!.start;
    const end = tk[lastTok - 1]!.end;
    const signed = !range && signedChange(tk, n, lastTok);
    out.push({
      text: text.slice(start, end), start, end, value: range ? range.min : signed ? Math.abs(n.value) : n.value, unit: unit.unit, range,
      qualifier: trailing?.qualifier ?? hedge?.qualifier ?? null, direction: signed ? signed : direction,
      kind: signed ? 'change' : kindOf(tk, spanFirst, trailing ? lastTok - 2 : lastTok, direction),
      firstToken: spanFirst, nextToken: lastTok,
    });
    // "rose to 48% from 44": a level compared with an earlier level in the same unit; the size of a change
    // ("fell 3% from 1,200") is compared with a base that is not a percentage
    const level = !signed && (word(tk, spanFirst - 1) === 'to' || word(tk, spanFirst - 1) === 'at' || kindOf(tk, spanFirst, lastTok, direction) !== 'change');
    const cmp = range || !level ? null : elidedComparison(tk, numerals, ni, spanFirst, lastTok, n.value);
    if (cmp && !taken.has(cmp.index)) {
      taken.add(cmp.index);
      const c = numerals[cmp.index]!;
      const cs = tk[c.first]!.start;
      const ce = tk[cmp.next - 1]!.end;
      out.push({ text: text.slice(cs, ce), start: cs, end: ce, value: cmp.value, unit: unit.unit, range: null, qualifier: null, direction: null, kind: 'level', firstToken: c.first, nextToken: cmp.next });
    }
  }
  return out;
}

/** Letters of a comparison basis written with a slash: "y/y", "m/m", "q/q", "w/w". */
const BASIS_LETTERS = new Set(['y', 'm', 'q', 'w']);
const BASIS_WORDS = new Set(['yoy', 'mom', 'qoq', 'wow', 'y-o-y', 'm-o-m']);

/** "y/y", "yoy", "year-on-year", "month on month", "on the year", "from a year earlier" at token j. */
function comparisonBasisAt(tk: Token[], j: number): boolean {
  let k = j;
  if (tk[k]?.raw === '(' || tk[k]?.raw === ',') k++;
  const a = word(tk, k);
  if (BASIS_WORDS.has(a)) return true;
  if (BASIS_LETTERS.has(a) && tk[k + 1]?.raw === '/' && tk[k + 1]!.gap === 0 && BASIS_LETTERS.has(word(tk, k + 2)) && tk[k + 2]!.gap === 0) return true;
  const unit = a === 'year' || a === 'month' || a === 'quarter' || a === 'week';
  const dash = tk[k + 1]?.raw === '-' ? 1 : 0;
  if (unit && word(tk, k + 1 + dash) === 'on') return true;
  if (a === 'on' && word(tk, k + 1) === 'the' && ['year', 'month', 'quarter', 'week'].includes(word(tk, k + 2))) return true;
  return (a === 'from' || a === 'versus' || a === 'vs') && (word(tk, k + 1) === 'a' || word(tk, k + 1) === 'the') && ['year', 'month', 'quarter', 'week'].includes(word(tk, k + 2));
}

/**
 * "-3.2% y/y", "+4.1% m/m": a signed figure against a comparison basis is a change; the conventions
 * carry its direction in its own field and keep the number shown without its sign.
 */
function signedChange(tk: Token[], n: Numeral, next: number): Direction | null {
  const s = tk[n.first];
  if (!s || n.value === 0 || !(s.raw === '-' || s.raw === '+' || s.raw === '−')) return null;
  return comparisonBasisAt(tk, next) ? (n.value < 0 ? 'down' : 'up') : null;
}

function distributed(tk: Token[], numerals: Numeral[], ni: number): { unit: '%' | 'pp'; next: number } | null {
  const n = numerals[ni]!;
  const m = numerals[ni + 1];
  const conj = word(tk, n.next);
  if (!m || (conj !== 'and' && conj !== 'or') || m.first !== n.next + 1) return null;
  return percentUnitAt(tk, m.next);
}

/** "percent of 10", "per cent of twenty-two": the inverted form, only at the start of a clause. */
function invertedPercents(text: string, tk: Token[], numerals: Numeral[], out: PercentMention[]): void {
  const byFirst = new Map(numerals.map((n) => [n.first, n]));
  for (let j = 0; j < tk.length; j++) {
    const prev = tk[j - 1];
    const t = tk[j]!;
    if (!(t.raw === '%' || t.low === 'percent' || t.low === 'percents' || t.low === 'per' || t.low === 'percentage' || t.low === 'pct')) continue;
    if (prev && t.gap < 2 && prev.kind !== 'punct') continue;
    const u = percentUnitAt(tk, j, true);
    if (!u || word(tk, u.next) !== 'of') continue;
    const n = byFirst.get(u.next + 1);
    if (!n) continue;
    const start = tk[j]!.start;
    const end = tk[n.next - 1]!.end;
    out.push({ text: text.slice(start, end), start, end, value: n.value, unit: '%', range: null, qualifier: null, direction: null, kind: 'level', firstToken: j, nextToken: n.next });
  }
}

/** A percent sign or word with no figure: "the % of increase", "a small percent". */
function bareMentions(tk: Token[], out: PercentMention[]): void {
  const covered = (s: number) => out.some((m) => m.start <= s && s < m.end);
  for (let j = 0; j < tk.length; j++) {
    const t = tk[j]!;
    if (t.kind === 'url') continue;
    const singular = t.raw === '%' || (t.kind === 'word' && (t.low === 'percent' || t.low === 'percentage'));
    if (!singular || covered(t.start)) continue;
    const u = percentUnitAt(tk, j, true);
    if (!u || u.unit !== '%') continue;
    const prev = tk[j - 1];
    if (prev && prev.kind === 'num') continue;
    out.push({ text: t.raw, start: t.start, end: t.end, value: null, unit: '%', range: null, qualifier: null, direction: null, kind: null, firstToken: j, nextToken: j + 1 });
  }
}

export function percentagesFromTokens(text: string, tk: Token[], numerals: Numeral[], withBare: boolean): PercentMention[] {
  const out = findPercentages(text, tk, numerals);
  invertedPercents(text, tk, numerals, out);
  if (withBare) bareMentions(tk, out);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Percentages and percentage points in `text`, with range, hedge, direction and share/change/level.
 * Bare mentions with no figure are included with value null.
 */
export function recognizePercentages(text: string): PercentMention[] {
  const tk = tokenize(normalizeText(text));
  return percentagesFromTokens(text, tk, scanNumerals(tk), true);
}
