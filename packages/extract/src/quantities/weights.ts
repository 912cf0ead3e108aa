import type { Numeral } from '../numbers/numeral.ts';
import { scanNumerals } from '../numbers/recognize-numbers.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { directionAround, hedgeAfter, hedgeBefore, type Direction, type Qualifier } from './cues.ts';
import { poundsAreMoney } from './currency-after-figure.ts';
import { elidedComparison, rangeAfter } from './ranges.ts';
import { KG_PER_UNIT, weightUnitAt, type UnitMatch, type WeightUnit } from './weight-units.ts';

export interface WeightMention {
  text: string;
  start: number;
  end: number;
  /** In `unit` (low end of a range). */
  value: number;
  unit: WeightUnit;
  /** The value in kilograms ("ton" taken as the metric tonne). */
  kg: number;
  range: { min: number; max: number } | null;
  qualifier: Qualifier | null;
  direction: Direction | null;
  /** "a ton", "a kilogram": an amount given by an article, not a figure. */
  article: boolean;
  /** The unit as written ("metric tons", "kt"). */
  unitText: string;
  firstToken: number;
  nextToken: number;
}

const SCALE_PRICE = new Set(['million', 'billion', 'thousand', 'hundred', 'bn', 'm', 'k']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'equals', 'equal', 'weighs', 'means']);
const CURRENCY_WORDS = new Set(['$', '£', '€', '¥', 'yuan', 'dollars', 'euros', 'usd', 'rmb', 'cents', 'pence', 'per']);

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' ? t.low : '';
}

function isTitle(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.raw.charCodeAt(0);
  return c >= 65 && c <= 90 && t.raw !== t.raw.toUpperCase();
}

/** A unit word that is part of a name ("the 2025 Tons of Fun festival"). */
function inProperName(tk: Token[], u: UnitMatch): boolean {
  const t = tk[u.first];
  if (!isTitle(t)) return false;
  const n1 = tk[u.next];
  if (isTitle(n1)) return true;
  return word(tk, u.next) === 'of' && isTitle(tk[u.next + 1]);
}

/** "five million pounds", "£30 pounds", "pounds sterling", "fined 20,000 pounds": money, not mass. */
function poundsAsMoney(tk: Token[], n: Numeral, u: UnitMatch): boolean {
  return u.unit === 'lb' && poundsAreMoney(tk, n, u.first, u.next);
}

function unitText(tk: Token[], u: UnitMatch): string {
  return tk.slice(u.first, u.next).map((t) => t.raw).join(' ').replace(/^[-([{<] ?| ?[)\]}>]$/g, '');
}

export function findWeights(text: string, tk: Token[], numerals: Numeral[]): WeightMention[] {
  const out: WeightMention[] = [];
  const taken = new Set<number>();
  const sameUnit = (a: UnitMatch, b: UnitMatch) => a.unit === b.unit && a.mult === b.mult;
  for (let ni = 0; ni < numerals.length; ni++) {
    if (taken.has(ni)) continue;
    const n = numerals[ni]!;
    const before = tk[n.first - 1];
    if (before && tk[n.first]!.gap === 0 && before.kind === 'word') continue;
    let u = weightUnitAt(tk, n.next) ?? hyphenedScaleUnit(tk, n);
    let firstTok = n.first;
    let nextTok = u ? u.next : n.next;
    let range: { min: number; max: number } | null = null;
    const r = rangeAfter(tk, numerals, ni, (j) => weightUnitAt(tk, j), sameUnit);
    if (r && (r.unit || u)) {
      u = u ?? r.unit;
      range = { min: lowEndScaled(n, r.other), max: r.other.value };
      firstTok = r.first;
      nextTok = r.next;
      taken.add(r.otherIndex);
    } else if (!u) {
      // "45 and 50 mg": the unit of the second figure distributes over the first
      const m = numerals[ni + 1];
      const conj = word(tk, n.next);
      if (!m || (conj !== 'and' && conj !== 'or') || m.first !== n.next + 1) continue;
      const u2 = weightUnitAt(tk, m.next);
      if (!u2) continue;
      u = u2;
    }
    if (!u || inProperName(tk, u) || poundsAsMoney(tk, n, u)) continue;
    // "exports in 2025 (tonnes)": a unit label in brackets after a year heads a table, it weighs nothing
    if (tk[u.first]!.raw === '(' && n.plain && n.value >= 1900 && n.value <= 2100) continue;
    // a unit glued to more letters is another word ("5tons" is fine, "5tonnesque" is not)
    const after = tk[u.next];
    if (after && after.gap === 0 && after.kind === 'word') continue;
    out.push(mention(text, tk, firstTok, nextTok, u, range ? range.min * u.mult : n.value * u.mult, range && { min: range.min * u.mult, max: range.max * u.mult }, false));
    // "2.3 million tonnes, down from 2.1 million": the compared figure weighs in the same unit
    const cmp = range ? null : elidedComparison(tk, numerals, ni, firstTok, nextTok, n.value);
    if (cmp && !taken.has(cmp.index)) {
      taken.add(cmp.index);
      out.push(mention(text, tk, numerals[cmp.index]!.first, cmp.next, u, cmp.value * u.mult, null, false));
    }
  }
  articleAmounts(text, tk, out);
  return out.sort((a, b) => a.start - b.start);
}

const HYPHEN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** "a 1.8-million-tonne plant": a scale hyphened between the figure and the unit scales the unit. */
function hyphenedScaleUnit(tk: Token[], n: Numeral): UnitMatch | null {
  const dash = tk[n.next];
  const scale = tk[n.next + 1];
  if (n.scale !== 1 || !dash || dash.raw !== '-' || dash.gap !== 0 || !scale || scale.gap !== 0 || scale.kind !== 'word') return null;
  const k = HYPHEN_SCALES[scale.low];
  if (k === undefined || tk[n.next + 2]?.raw !== '-') return null;
  const u = weightUnitAt(tk, n.next + 2);
  return u ? { ...u, mult: u.mult * k, first: n.next } : null;
}

/**
 * "1.2-1.5 million tonnes", "between 5 and 10 million tonnes": a scale written once, after the high end,
 * applies to the low end too, when the low figure is smaller than the high one before its scale.
 */
export function lowEndScaled(low: Numeral, high: Numeral): number {
  if (low.scale !== 1 || low.words || high.scale <= 1) return low.value;
  return low.value < high.value / high.scale ? low.value * high.scale : low.value;
}

function mention(text: string, tk: Token[], firstTok: number, nextTok0: number, u: UnitMatch, value: number, range: { min: number; max: number } | null, article: boolean): WeightMention {
  const trailing = article ? null : hedgeAfter(tk, nextTok0);
  const nextTok = trailing ? trailing.next : nextTok0;
  const hedge = article ? null : trailing ?? hedgeBefore(tk, firstTok);
  const spanFirst = hedge && 'first' in hedge ? hedge.first : firstTok;
  const start = tk[spanFirst]!.start;
  const end = tk[nextTok - 1]!.end;
  return {
    text: text.slice(start, end), start, end, value, unit: u.unit, kg: value * KG_PER_UNIT[u.unit], range,
    qualifier: hedge?.qualifier ?? null, direction: article ? null : directionAround(tk, spanFirst, nextTok0), article,
    unitText: unitText(tk, u), firstToken: spanFirst, nextToken: nextTok,
  };
}

/** "a kilogram", "a ton of rice"; not "$500 a ton" (a price) nor "a metric ton is 2,204.62 pounds" (a definition). */
function articleAmounts(text: string, tk: Token[], out: WeightMention[]): void {
  for (let j = 0; j < tk.length - 1; j++) {
    const w = word(tk, j);
    if (w !== 'a' && w !== 'an' && w !== 'one') continue;
    const u = weightUnitAt(tk, j + 1);
    if (!u || tk[j + 1]!.gap !== 1 || u.first !== j + 1) continue;
    if (w === 'one' || inProperName(tk, u)) continue;
    const prev = tk[j - 1];
    if (prev && (prev.kind === 'num' || CURRENCY_WORDS.has(prev.low) || SCALE_PRICE.has(prev.low))) continue;
    if (COPULA.has(word(tk, u.next)) || tk[u.next]?.raw === '=') continue;
    if (out.some((m) => m.start <= tk[j]!.start && tk[j]!.start < m.end)) continue;
    out.push(mention(text, tk, j, u.next, u, 1, null, true));
  }
}


export function recognizeWeights(text: string): WeightMention[] {
  const tk = tokenize(normalizeText(text));
  return findWeights(text, tk, scanNumerals(tk));
}
