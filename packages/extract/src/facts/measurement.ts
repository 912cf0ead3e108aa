import type { Measurement } from '@newsfacts/core';
import type { CountryMention } from '../entities/countries.ts';
import type { Token } from '../text/tokenize.ts';
import type { ArticleCtx } from './context.ts';

/**
 * Links a figure to what it measures when its sentence says so: "U.S.-bound exports fell 28.7% in
 * September from August to 420.5 tonnes" -> metric "exports", partner US, period 2025-09.
 */

const HEADS = new Set([
  'exports', 'export', 'imports', 'import', 'shipments', 'shipment', 'output', 'production', 'sales', 'revenue', 'revenues',
  'prices', 'price', 'demand', 'supply', 'supplies', 'quota', 'quotas', 'inventory', 'inventories', 'stocks', 'stockpiles',
  'stockpile', 'reserves', 'capacity', 'consumption', 'share', 'profit', 'profits', 'earnings', 'volumes', 'volume',
  'deliveries', 'purchases', 'investment', 'investments', 'tariffs', 'tariff', 'duties', 'duty', 'deficit', 'surplus',
  'value', 'costs', 'cost', 'spending', 'orders', 'loss', 'losses', 'income', 'imports', 'market', 'mining', 'refining', 'processing', 'trade', 'funding',
  'deal', 'contract', 'loan', 'grant', 'inflation', 'rates', 'rate', 'margin', 'margins', 'valuation', 'stake', 'workforce',
  'staff', 'jobs', 'emissions', 'reserve', 'tax', 'taxes', 'allocation', 'allocations', 'permits', 'licences', 'licenses',
  'shares', 'sales', 'shipments', 'output', 'yield',
]);
/** Nouns a figure can describe when they follow it: "a $258 million supply agreement", "a 5,000-tonne plant". */
const AFTER_HEADS = new Set(['agreement', 'deal', 'contract', 'project', 'plant', 'facility', 'order', 'package', 'programme',
  'program', 'acquisition', 'purchase', 'bid', 'offer', 'fine', 'penalty', 'subsidy', 'subsidies', 'budget', 'fund', 'investment',
  'loan', 'grant', 'stake', 'quota', 'tariff', 'tariffs', 'duty', 'duties', 'expansion', 'refinery', 'mine', 'partnership']);
const VERB_METRICS: Record<string, string> = {
  produced: 'production', produces: 'production', produce: 'production', exported: 'exports', exports: 'exports',
  imported: 'imports', shipped: 'shipments', ships: 'shipments', sold: 'sales', sells: 'sales', mined: 'mining output',
  refined: 'refining output', consumed: 'consumption', bought: 'purchases', purchased: 'purchases', processed: 'processing output',
};

/** Heads that name their product after "of": "prices of neodymium oxide", "exports of rare earth magnets". */
const OF_HEADS = new Set(['prices', 'price', 'exports', 'imports', 'shipments', 'output', 'production', 'sales', 'supplies', 'supply', 'demand', 'consumption', 'stocks', 'inventories', 'purchases', 'deliveries']);
/** Words before a head that are verbs or function words, never part of the metric's name. */
const NOT_MODIFIER = new Set(['to', 'while', 'whereas', 'as', 'but', 'and', 'or', 'which', 'that', 'who', 'it', 'they', 'we', 'he',
  'she', 'lift', 'boost', 'raise', 'cut', 'increase', 'reduce', 'expand', 'double', 'triple', 'halt', 'resume', 'restrict',
  'curb', 'ban', 'limit', 'cap', 'control', 'expects', 'expect', 'plans', 'aims', 'wants', 'hopes', 'said', 'says', 'saw',
  'see', 'sees', 'reported', 'showed', 'shows', 'posted', 'recorded', 'reached', 'hit', 'with', 'for', 'by', 'in', 'on',
  'at', 'from', 'than', 'when', 'where', 'if', 'so', 'also', 'still', 'only', 'just', 'has', 'have', 'had', 'is', 'are',
  'was', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'no', 'held', 'stood', 'rose',
  'fell', 'grew', 'remained', 'stayed', 'came', 'went', 'hit', 'reached', 'sank', 'slid', 'made', 'saw', 'kept', 'set', 'put', 'held']);
/** Words that qualify a head without being part of the metric's name. */
const MOD_STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'total', 'overall', 'annual', 'monthly',
  'yearly', 'quarterly', 'combined', 'global', 'domestic', 'overseas', 'foreign', 'such', 'these', 'those', 'this', 'that',
  'of', 'and', 'first', 'second', 'new', 'latest', 'recent', 'current', 'previous', 'all', 'some', 'most', 'more', 'less']);
/** Where a clause ends going back from a figure: "..., while the index added 0.4%" measures the index, not what came before. */
const STOP_BACK = new Set([';', ':', '(', ')', 'while', 'whereas', 'but', 'although', 'though', 'meanwhile']);

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** A lower-case word, or the first word of its sentence written with a capital ("Magnet exports fell"). */
let NAMES: Set<number> = new Set();

function plainWord(tk: Token[], k: number, sentenceFirst: number): boolean {
  const t = tk[k]!;
  if (NAMES.has(k)) return false;
  return t.kind === 'word' && (t.raw === t.low || (k === sentenceFirst && t.raw.slice(1) === t.low.slice(1)));
}

function metricAround(tk: Token[], head: number, sentenceFirst: number, sentenceNext: number): string {
  const words = [tk[head]!.low];
  let k = head - 1;
  while (k >= sentenceFirst && words.length < 4) {
    const t = tk[k]!;
    if (t.raw === '-' && t.gap === 0 && k - 1 >= sentenceFirst && plainWord(tk, k - 1, sentenceFirst)) {
      words[0] = `${tk[k - 1]!.low}-${words[0]}`;
      k -= 2;
      continue;
    }
    // "smelting and separation quota": two nouns sharing the head
    if (t.low === 'and' && words.length === 2 && k - 1 >= sentenceFirst && plainWord(tk, k - 1, sentenceFirst) && !NOT_MODIFIER.has(tk[k - 1]!.low) && !MOD_STOP.has(tk[k - 1]!.low)) {
      words.unshift(tk[k - 1]!.low, 'and');
      k -= 2;
      continue;
    }
    // "China's share": a possessive ends the name of the metric
    if (t.low === 's' && tk[k - 1]?.raw === "'" && t.gap === 0) break;
    if (!plainWord(tk, k, sentenceFirst) || MOD_STOP.has(t.low) || NOT_MODIFIER.has(t.low) || t.low.endsWith('ed') || (t.low.endsWith('ing') && t.low !== 'mining' && t.low !== 'smelting' && t.low !== 'refining' && t.low !== 'processing')) break;
    words.unshift(t.low);
    k--;
  }
  // "prices of neodymium-praseodymium oxide": the product named after "of"
  if (OF_HEADS.has(tk[head]!.low) && tk[head + 1]?.low === 'of') {
    const tail: string[] = [];
    let j = head + 2;
    while (j < sentenceNext && tail.length < 5) {
      const t = tk[j]!;
      if (t.raw === '-' && t.gap === 0 && tail.length) {
        tail[tail.length - 1] += '-';
        j++;
        continue;
      }
      if (t.kind !== 'word' || t.raw !== t.low || NOT_MODIFIER.has(t.low) || MOD_STOP.has(t.low) || HEADS.has(t.low) || t.low.endsWith('ed')) break;
      if (tail.length && tail[tail.length - 1]!.endsWith('-')) tail[tail.length - 1] += t.low;
      else tail.push(t.low);
      j++;
    }
    if (tail.length) return `${words.join(' ')} of ${tail.join(' ')}`;
  }
  return words.join(' ');
}

/** The metric named in a stretch of tokens, such as a table caption ("rare-earth magnet exports"). */
export function metricInRange(a: ArticleCtx, names: Set<number>, from: number, to: number): string | null {
  NAMES = names;
  const s = a.sentences[a.sentenceOf[from] ?? 0];
  for (let k = to - 1; k >= from; k--) {
    if (HEADS.has(a.tk[k]!.low) && plainWord(a.tk, k, s ? s.first : from)) return metricAround(a.tk, k, from, to);
  }
  return null;
}

export interface DateLink {
  first: number;
  next: number;
  value: string;
}

export interface MeasureInputs {
  a: ArticleCtx;
  /** Tokens inside company, country or organization names: never part of a metric. */
  names: Set<number>;
  /** Country mentions by sentence index, in text order. */
  countries: Map<number, CountryMention[]>;
  /** Dates as (first token, label) by sentence index, in text order. */
  dates: Map<number, DateLink[]>;
}

/**
 * Mentions grouped by the sentence of their first token. A figure looks only at its own sentence and
 * the few before it; scanning every mention of the article for each figure made a page of many short
 * sentences quadratic (minutes for a few megabytes of text).
 */
export function bySentence<T>(a: ArticleCtx, items: readonly T[], firstOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const sid = a.sentenceOf[firstOf(item)]!;
    const bucket = out.get(sid);
    if (bucket) bucket.push(item);
    else out.set(sid, [item]);
  }
  return out;
}

/** Words after which a month or period is the one already being talked about. */
const ANAPHORIC_PERIOD = new Set(['that', 'the', 'same']);
const PERIOD_NOUNS = new Set(['month', 'quarter', 'year', 'period']);
const REPORTING_VERBS = new Set(['released', 'published', 'said', 'says', 'showed', 'shows', 'announced', 'reported', 'issued', 'posted']);

export function measurementFor(m: MeasureInputs, first: number, next: number): Measurement | null {
  const { a } = m;
  const { tk } = a;
  NAMES = m.names;
  const sid = a.sentenceOf[first]!;
  const s = a.sentences[sid]!;
  // the metric: the nearest head noun before the figure in its clause, or "a 5% rise in exports", "90% of the market"
  let head = -1;
  let verbMetric: string | null = null;
  for (let k = first - 1; k >= s.first; k--) {
    if (STOP_BACK.has(tk[k]!.low)) break;
    if (HEADS.has(tk[k]!.low) && plainWord(tk, k, s.first)) {
      head = k;
      break;
    }
    // "exporters shipped 120 tonnes": a verb close before the figure names the measure
    const v = first - k <= 3 ? VERB_METRICS[tk[k]!.low] : undefined;
    if (v) {
      verbMetric = v;
      head = k;
      break;
    }
  }
  // "a $258 million supply agreement": the compound right after the figure, named by its last noun
  let after: string | null = null;
  if (head < 0) {
    const words: string[] = [];
    for (let k = next; k < Math.min(s.next, next + 3); k++) {
      if (tk[k]!.kind !== 'word' || tk[k]!.raw !== tk[k]!.low || NOT_MODIFIER.has(tk[k]!.low)) break;
      words.push(tk[k]!.low);
      if (AFTER_HEADS.has(tk[k]!.low)) after = words.join(' ');
    }
  }
  // "a 158% rise in exports", "69% of the mining quota": the compound after "in"/"of", named by its last head
  if (head < 0 && after === null) {
    for (let k = next; k < Math.min(s.next, next + 4); k++) {
      const w = low(tk, k);
      if (w !== 'in' && w !== 'of') continue;
      let j = k + 1;
      if (low(tk, j) === 'the' || low(tk, j) === 'its' || low(tk, j) === 'their') j++;
      const words: string[] = [];
      for (let q = j; q < Math.min(s.next, j + 4) && plainWord(tk, q, s.first) && !NOT_MODIFIER.has(low(tk, q)); q++) {
        words.push(low(tk, q));
        if (HEADS.has(low(tk, q))) after = words.join(' ');
      }
      break;
    }
  }
  // "it produced 9,000 tonnes": the verb names the measure
  if (head < 0 && after === null) {
    for (let k = first - 1; k >= Math.max(s.first, first - 3); k--) {
      const v = VERB_METRICS[low(tk, k)];
      if (v) {
        after = v;
        head = k;
        break;
      }
    }
  }
  if (head < 0 && after === null) return null;
  if (head < 0) head = next - 1;
  const metric = after ?? verbMetric ?? metricAround(tk, head, s.first, s.next);
  let subject: string | null = null;
  let partner: string | null = null;
  for (const c of m.countries.get(sid) ?? []) {
    const before = low(tk, c.firstToken - 1);
    const before2 = low(tk, c.firstToken - 2);
    const lead = before === 'the' ? before2 : before;
    const boundFor = lead === 'for' && ['bound', 'destined', 'headed'].includes(low(tk, c.firstToken - (before === 'the' ? 3 : 2)));
    if (c.bound || boundFor) partner = partner ?? c.code;
    else if ((lead === 'to' || lead === 'into') && c.firstToken > head) partner = partner ?? c.code;
    else if (lead === 'from' && c.firstToken > head) {
      if (metric.includes('import')) partner = partner ?? c.code;
      else subject = subject ?? c.code;
    } else if (lead === 'with' && c.firstToken > head && !c.possessive) partner = partner ?? c.code;
    else if ((c.possessive || c.form === 'demonym' || c.firstToken === s.first) && c.firstToken < head) subject = subject ?? c.code;
  }
  // the period: the date nearest the figure in its sentence, not a baseline ("from August", "than in 2023")
  let period: string | null = null;
  let best = Infinity;
  for (const d of m.dates.get(sid) ?? []) {
    const lead = low(tk, d.first - 1);
    if (lead === 'from' || lead === 'than' || low(tk, d.first - 2) === 'compared' || low(tk, d.first - 2) === 'than') continue;
    // "figures released on Monday", "said on Oct. 9": the day of a report, not the period a figure covers
    if (lead === 'on' && REPORTING_VERBS.has(low(tk, d.first - 2))) continue;
    const dist = d.first >= next ? d.first - next : first - d.next;
    if (dist < best) {
      best = dist;
      period = d.value;
    }
  }
  // "that month" / "for the month" nearer the figure than any date: the month the text was just about
  for (let k = s.first; k + 1 < s.next; k++) {
    if (!ANAPHORIC_PERIOD.has(low(tk, k)) || !PERIOD_NOUNS.has(low(tk, k + 1))) continue;
    const dist = k >= next ? k - next : first - (k + 2);
    // only right beside the figure ("590 tonnes that month"): farther off it may belong to another one
    if (dist <= 2 && dist < best) {
      const referent = lastMonthBefore(m, s.first);
      if (referent) {
        best = dist;
        period = referent;
      }
    }
  }
  return { metric, subject, partner, period };
}

/**
 * "That month" means the month the preceding sentences are about: the first month (baselines aside)
 * of the nearest of the three sentences before this one that names one.
 */
function lastMonthBefore(m: MeasureInputs, sentenceStart: number): string | null {
  const sid = m.a.sentenceOf[sentenceStart]!;
  for (let back = sid - 1; back >= Math.max(0, sid - 3); back--) {
    for (const d of m.dates.get(back) ?? []) {
      const lead = low(m.a.tk, d.first - 1);
      if (/^\d{4}-\d{2}$/.test(d.value) && lead !== 'from' && lead !== 'than') return d.value;
    }
  }
  return null;
}
