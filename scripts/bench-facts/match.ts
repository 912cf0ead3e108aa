/**
 * The strict matcher of pnpm bench:facts. An article's facts are compared as sets of distinct values per
 * type, because the pipeline reads the page through its own cleaner (offsets differ from the annotated
 * text) and a researcher counts a figure once per article, not once per repetition:
 * - country: the ISO code; company: the name folded (case, accents, punctuation, legal suffix), matched
 *   against the gold canonical name and every surface form annotated for it;
 * - date: the ISO value (a span as "min/max", a span of whole months that is a quarter or half as that period); percentage: value and unit (% or pp), a range by both ends;
 * - tonnage and money: value within 0.5% (money also by currency and, for a price, its per-unit), a range by both ends.
 * A prediction equal to an optional gold value is neither right nor wrong; an optional value missed is
 * not a miss.
 */
import type { GoldFact } from './gold.ts';

export type FactKind = GoldFact['type'];
export const FACT_TYPES: FactKind[] = ['tonnage', 'percentage', 'money', 'date', 'company', 'country'];

export interface PredictedFact {
  type: FactKind;
  value: number | string;
  unit: string | null;
  range: { min: number; max: number } | null;
  confidence: number;
  reasons?: string[];
  /** What calibration reads (the rule's own score and the named cues), for a benchmark that re-scores facts. */
  rawConfidence?: number;
  cues?: string[];
}

const LEGAL_SUFFIX = /\b(incorporated|inc|corporation|corp|company|co|limited|ltd|plc|llc|ag|se|sa|nv|bv|gmbh|holdings?|group)\b\.?/g;

export function foldCompany(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/\./g, '');
  const stripped = base.replace(LEGAL_SUFFIX, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
  return stripped || base.replace(/[^\p{L}\p{N}]+/gu, '');
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/**
 * A span of whole months that is exactly a quarter or a half is that period: "July-September" and "Q3"
 * name the same three months, and writers (and annotators) use both.
 */
export function periodOfMonths(date: string): string {
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(date);
  if (!m || m[1] !== m[3]) return date;
  const [from, to] = [Number(m[2]), Number(m[4])];
  if (to - from === 2 && from % 3 === 1) return `${m[1]}-Q${(from + 2) / 3}`;
  if (to - from === 5 && from % 6 === 1) return `${m[1]}-H${(from + 5) / 6}`;
  return date;
}

/** A fact's comparable form: a key for exact types, numbers for tolerant ones. */
interface Key {
  exact?: string;
  nums?: number[];
  tag?: string;
}

// the gold writes a price's unit apart ("USD" per "barrel"); the extractor writes "USD/bbl"; a square foot is
// "ft2" by its symbol (as a square metre is "m2") or "sqft" as property pages abbreviate it
const PER_ALIASES: Record<string, string> = { barrel: 'bbl', barrels: 'bbl', tonne: 't', tonnes: 't', ton: 't', tons: 't', ounce: 'oz', ounces: 'oz', shares: 'share', ft2: 'sqft' };

/** A money unit with its per-unit, if any, in one spelling for both sides. */
export function moneyTag(unit: string | null | undefined, per?: string | null): string {
  const [currency, ownPer] = (unit ?? '').split('/');
  const p = per ?? ownPer;
  return p ? `${currency}/${PER_ALIASES[p.toLowerCase()] ?? p.toLowerCase()}` : (currency ?? '');
}

function keyOf(type: FactKind, value: number | string, unit: string | null | undefined, range: { min: number | string; max: number | string } | null | undefined, per?: string | null): Key {
  switch (type) {
    case 'country':
      return { exact: String(value).toUpperCase() };
    case 'company':
      return { exact: foldCompany(String(value)) };
    case 'date':
      return { exact: periodOfMonths(range ? `${range.min}/${range.max}` : String(value)) };
    case 'percentage':
      return { nums: range ? [Number(range.min), Number(range.max)] : [Number(value)], tag: unit === 'pp' ? 'pp' : '%' };
    case 'money':
      return { nums: range ? [Number(range.min), Number(range.max)] : [Number(value)], tag: moneyTag(unit, per) };
    case 'tonnage':
      return { nums: range ? [Number(range.min), Number(range.max)] : [Number(value)], tag: 't' };
  }
}

function sameKey(a: Key, b: Key, type: FactKind): boolean {
  if (a.exact !== undefined || b.exact !== undefined) return a.exact === b.exact;
  if (a.tag !== b.tag || a.nums!.length !== b.nums!.length) return false;
  const exactNumbers = type === 'percentage';
  return a.nums!.every((n, i) => (exactNumbers ? Math.abs(n - b.nums![i]!) < 1e-9 : close(n, b.nums![i]!)));
}

/** A gold value of one article: its key, the keys of its aliases, and whether every mention of it is optional. */
interface GoldValue {
  keys: Key[];
  /** Where its first required (else first) mention is, for reports. */
  at: { start: number; end: number };
  optional: boolean;
  matched: boolean;
  /** Every annotated mention of it, required or not. */
  mentions: { start: number; end: number }[];
}

export function goldValues(type: FactKind, facts: GoldFact[], body: string): GoldValue[] {
  const values: GoldValue[] = [];
  const byExact = new Map<string, GoldValue>();
  for (const f of facts) {
    if (f.type !== type) continue;
    const key = keyOf(type, f.value, f.unit, f.range, f.per);
    const existing = key.exact !== undefined ? byExact.get(key.exact) : values.find((v) => sameKey(v.keys[0]!, key, type));
    const value = existing ?? { keys: [key], at: { start: f.start, end: f.end }, optional: true, matched: false, mentions: [] };
    if (!existing) {
      values.push(value);
      if (key.exact !== undefined) byExact.set(key.exact, value);
    }
    value.mentions.push({ start: f.start, end: f.end });
    if (!f.optional && value.optional) {
      value.optional = false;
      value.at = { start: f.start, end: f.end };
    }
    if (type === 'company') value.keys.push({ exact: foldCompany(body.slice(f.start, f.end)) });
  }
  return values;
}

export interface Labelled {
  fact: PredictedFact;
  /** true: its value is in the gold; false: it is not; null: it matches only an optional gold value. */
  right: boolean | null;
}

export interface ArticleScore {
  tp: Record<FactKind, number>;
  fp: Record<FactKind, number>;
  fn: Record<FactKind, number>;
  labelled: Labelled[];
  /** Required gold values not found (type and where in the annotated text), and values found that are not in the gold. */
  missed: { type: FactKind; start: number; end: number }[];
  spurious: PredictedFact[];
}

const zero = (): Record<FactKind, number> => ({ tonnage: 0, percentage: 0, money: 0, date: 0, company: 0, country: 0 });

/** Scores one article: distinct predicted values per type against the gold values; labels every predicted fact. */
export function scoreArticle(predicted: PredictedFact[], gold: GoldFact[], goldBody: string): ArticleScore {
  const score: ArticleScore = { tp: zero(), fp: zero(), fn: zero(), labelled: [], missed: [], spurious: [] };
  for (const type of FACT_TYPES) {
    const values = goldValues(type, gold, goldBody);
    const seen: { key: Key; right: boolean | null }[] = [];
    for (const fact of predicted.filter((p) => p.type === type)) {
      const key = keyOf(type, fact.value, fact.unit, fact.range);
      let verdict = seen.find((s) => sameKey(s.key, key, type));
      if (!verdict) {
        const hit = values.find((v) => v.keys.some((k) => sameKey(k, key, type)));
        verdict = { key, right: hit ? (hit.optional ? null : true) : false };
        if (hit) hit.matched = true;
        seen.push(verdict);
        if (verdict.right === true) score.tp[type]++;
        else if (verdict.right === false) {
          score.fp[type]++;
          score.spurious.push(fact);
        }
      }
      score.labelled.push({ fact, right: verdict.right });
    }
    const missed = values.filter((v) => !v.optional && !v.matched);
    score.fn[type] += missed.length;
    score.missed.push(...missed.map((v) => ({ type, ...v.at })));
  }
  return score;
}
