import { TENS, UNITS } from '../numbers/number-words.ts';
import { normalizeText } from '../text/normalize.ts';
import { sentenceIndex, splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { day, dayNumber, isoDay, label, validDate, type Grain } from './calendar.ts';
import { monthNameDate, weekdayPrefix, weekdaySuffix, type SpecHit } from './calendar-dates.ts';
import { rangeExpr, withTrailingOpen } from './date-ranges.ts';
import { dayAt, monthAt } from './fields.ts';
import { holidayExpr } from './holidays.ts';
import { HOLIDAYS, MONTHS, ORDINAL_WORDS, UNITS as TIME_UNITS, WEEKDAYS, isFullMonthName } from './lexicon.ts';
import { numericDate } from './numeric-dates.ts';
import { partsExpr } from './parts.ts';
import { periodExpr } from './periods.ts';
import { relativeExpr } from './relative.ts';
import { resolveSpec } from './resolve.ts';
import { biasPerToken } from './tense.ts';
import { type Bias, type DateCtx, type DateHit, hit, raw, w } from './types.ts';
import { anchoredWeekday, weekdayExpr } from './weekdays.ts';
import { seasonExpr, weekendExpr } from './seasons.ts';
import { spanExpr } from './spans.ts';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO at the text's resolution ("2025", "2025-09", "2025-10-20", "2025-Q3", "2025-W43"), or an interval "a/b". */
  value: string;
  grain: Grain;
  /** First day, and the day after the last (exclusive), as YYYY-MM-DD; null when open. */
  from: string | null;
  to: string | null;
  /** For ranges: the first day of the closing period ("from March to May" -> May 1st). */
  lastFrom: string | null;
  openStart: boolean;
  openEnd: boolean;
  /** Resolved against the reference date. */
  relative: boolean;
  /** The year was not written and was chosen by tense. */
  inferredYear: boolean;
  qualifier: string | null;
  bias: Bias;
  firstToken: number;
  nextToken: number;
  /** Dates written inside a bound or range ("since [August 2023]"), with their role (since, by, from, until). */
  parts: Array<{ role: string; date: DateMention }>;
}

export interface DateOptions {
  /** Reading of dates without a year: from each sentence's tense ('auto', the default) or fixed. */
  bias?: Bias | 'auto';
  /** Bias when a sentence has no tense cue (default 'nearest'; news extraction uses 'past'). */
  fallback?: Bias;
}

/** Words that can start a date by themselves ("March", "yesterday", "week", "2025", "twenty"). */
const STRONG = new Set([
  'q', 'h', 'week', 'weeks', 'w', 'year', 'years', 'cy', 'fy', 'today', 'tonight', 'tonite', 'tomorrow', 'tomorrows', 'tmrw', 'tmr',
  'yesterday', 'few', 'several', 'couple', 'half', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties',
  'nineties', 'eoy', 'ytd', 'day', 'days', 'month', 'months', 'quarter', 'quarters', 'decade', 'decades', 'fortnight', 'weekend',
  'weekends', 'spring', 'summer', 'autumn', 'fall', 'winter', 'early', 'mid', 'late', 'end', 'start', 'beginning', 'middle',
  'ides', 'workweek', 'qtr', 'hour', 'hours', 'now', 'date', 'century',
]);
/** Function words that start a date only before another date word ("in 2025", "the end of", "last week"). */
const WEAK = new Set([
  'the', 'in', 'a', 'an', 'for', 'to', 'on', 'from', 'between', 'since', 'before', 'after', 'by', 'until', 'till', 'til', 'within',
  'over', 'during', 'more', 'less', 'as', 'no', 'not', 'up', 'that', 'same', 'this', 'last', 'next', 'past', 'previous', 'prior',
  'coming', 'following', 'upcoming', 'current', 'present', 'earlier', 'later', 'close', 'starting', 'greater', 'ahead', 'final',
  'business', 'working', 'calendar', 'fiscal', 'school', 'of', 'around', 'at', 'than',
]);
for (const h of HOLIDAYS) if (h.words[0] !== 'the') STRONG.add(h.words[0]!);
for (const table of [MONTHS, WEEKDAYS, UNITS, TENS, ORDINAL_WORDS, TIME_UNITS]) for (const k of Object.keys(table)) STRONG.add(k);
for (const k of ['morning', 'afternoon', 'evening', 'night', 'noon']) STRONG.add(k);

function strong(tk: Token[], j: number): boolean {
  const t = tk[j];
  if (!t) return false;
  if (t.kind === 'num') {
    // a bare figure among figures ("1 2 3", a table) starts no date; years, codes like 20161016 and
    // figures next to punctuation or words may
    if (t.raw.length === 4 || t.raw.length === 8) return true;
    const n = tk[j + 1];
    return !n || n.gap >= 2 || n.kind !== 'num';
  }
  if (t.kind === 'punct') {
    if (t.raw === "'") return tk[j + 1]?.kind === 'num';
    if (t.raw === '+' || t.raw === '-') return tk[j + 1]?.kind === 'num' && tk[j + 1]!.gap === 0 && !(j > 0 && t.gap === 0 && tk[j - 1]!.kind !== 'punct');
    return false;
  }
  if (t.kind !== 'word') return false;
  return STRONG.has(t.low);
}

function weak(tk: Token[], j: number): boolean {
  const t = tk[j];
  return t !== undefined && t.kind === 'word' && WEAK.has(t.low);
}

/** For every token, whether a date may start there: cheap checks so most words cost nothing. */
function triggerMap(tk: Token[]): Uint8Array {
  const out = new Uint8Array(tk.length);
  for (let j = 0; j < tk.length; j++) {
    if (strong(tk, j)) out[j] = 1;
    else if (weak(tk, j)) {
      const n1 = tk[j + 1];
      if (!n1 || n1.gap >= 2) continue;
      const g2 = (tk[j + 2]?.gap ?? 3) < 2;
      const g3 = (tk[j + 3]?.gap ?? 3) < 2;
      if (strong(tk, j + 1) || (weak(tk, j + 1) && g2 && (strong(tk, j + 2) || (weak(tk, j + 2) && g3 && strong(tk, j + 3))))) out[j] = 1;
    }
  }
  return out;
}

/** Words a month name can follow even when it is written in lower case ("in may", "since march"). */
const STRONG_LEAD = new Set(['in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'through', 'by', 'from', 'between']);
const DATEISH = new Set(['after', 'before', 'to', 'through', 'and', 'or', 'in', 'of', 'last', 'next', 'this', 'until', 'till', 'when', 'as', 'was', 'is']);

const MONTH_LEAD = new Set(['the', 'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'of', 'early', 'late', 'mid', 'end', 'before', 'after', 'to', 'between', 'and', 'or', 'this', 'next', 'last', 'past', 'coming', 'every', 'each', 'for', 'throughout', 'around']);

/** A month name alone: "in April", "September", "next March", "this September"; not "may" or "march" as verbs. */
function monthAlone(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  let j = i;
  let mod = w(tk, j);
  if (mod === 'this' || mod === 'next' || mod === 'last' || mod === 'coming' || mod === 'past') j++;
  else mod = '';
  const m = monthAt(tk, j);
  if (!m) return null;
  const t = tk[j]!;
  const lead = j > i ? mod : tk[j - 1] && t.gap < 2 ? w(tk, j - 1) || raw(tk, j - 1) : '';
  const capital = t.raw[0] !== t.low[0];
  const alone = (t.gap >= 2 || j === 0) && (!tk[m.next] || tk[m.next]!.gap >= 2);
  const word = t.low;
  const ambiguous = !isFullMonthName(word) || word === 'may' || word === 'march';
  // "May I ask", "May the force": a capital at a sentence start is not enough for words that are also verbs
  const follower = tk[m.next] && tk[m.next]!.gap <= 1 ? tk[m.next]! : null;
  const dateish = !follower || follower.kind !== 'word' || DATEISH.has(follower.low);
  const startOfSentence = t.gap >= 2 || j === 0 || ['.', '!', '?', '"'].includes(raw(tk, j - 1));
  const ok = (MONTH_LEAD.has(lead) && (!ambiguous || capital || STRONG_LEAD.has(lead)))
    || (!ambiguous && (capital || alone))
    || (ambiguous && capital && !startOfSentence && word.length > 3)
    || (ambiguous && capital && dateish && !(word === 'may' && follower?.raw === 'I'));
  if (!ok) return null;
  // "August 32": a day that cannot be makes the whole thing no date
  const before = tk[j - 1];
  if (j === i && before && before.kind === 'num' && t.gap <= 1 && before.raw.length <= 2 && Number(before.raw) > 31) return hit(i - 1, m.next, { from: 0, to: 0, grain: 'span' }, { qualifier: 'invalid' });
  const after = tk[m.next];
  if (after && after.kind === 'num' && after.gap <= 1 && !dayAt(tk, m.next) && !(after.raw.length === 4 && Number(after.raw) >= 1000)) {
    let end = m.next + 1;
    if (raw(tk, end) === ',' && tk[end + 1]?.kind === 'num') end += 2;
    return hit(i, end, { from: 0, to: 0, grain: 'span' }, { qualifier: 'invalid' });
  }
  if (ref === null) return null;
  let next = m.next;
  const ry = Number(isoDay(ref).slice(0, 4));
  let r;
  if (mod === 'this') r = resolveSpec({ y: ry, m: m.value }, ref, ctx.bias);
  else if (w(tk, next) === 'after' && w(tk, next + 1) === 'next') {
    // "March after next": the March after the coming one
    const first = resolveSpec({ m: m.value }, ref, 'future');
    r = first && resolveSpec({ y: Number(isoDay(first.period.from).slice(0, 4)) + 1, m: m.value }, ref, 'future');
    next += 2;
  } else if (w(tk, next) === 'in' && (countYears(tk, next + 1) ?? 0) > 0) {
    // "March in a year": that month, so many years on
    r = resolveSpec({ y: ry + countYears(tk, next + 1)!, m: m.value }, ref, ctx.bias);
    next += 3;
  } else if (mod === 'next' || mod === 'coming') r = resolveSpec({ m: m.value }, ref, 'future');
  else if (mod === 'last' || mod === 'past') r = resolveSpec({ m: m.value }, ref - 31, 'past');
  else r = resolveSpec({ m: m.value }, ref, ctx.bias);
  if (!r) return null;
  return hit(i, next, r.period, { relative: true, inferredYear: true, spec: mod ? undefined : { m: m.value } });
}

function isNumTok(tk: Token[], j: number): boolean {
  return tk[j]?.kind === 'num';
}

/** "a year", "1 year", "two years" after "in". */
function countYears(tk: Token[], j: number): number | null {
  const n = w(tk, j) === 'a' || w(tk, j) === 'one' ? 1 : isNumTok(tk, j) ? Number(tk[j]!.raw) : UNITS[w(tk, j)] ?? null;
  const u = w(tk, j + 1);
  return n !== null && (u === 'year' || u === 'years') ? n : null;
}

/** Calendar dates with a weekday before or after: "Friday, June 11, 2010", "Sun 15Sep", "Monday 21", "Jul 18, Fri". */
function calendarExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  const pre = weekdayPrefix(tk, i);
  let j = pre ? pre.next : i;
  if (!pre && (w(tk, i) === 'this' || w(tk, i) === 'next') && (tk[i + 1]?.kind === 'num' || monthAt(tk, i + 1))) j = i + 1;
  const loose = pre !== null || w(tk, i - 1) === 'on' || w(tk, i - 1) === 'from';
  let sh: SpecHit | null = monthNameDate(tk, j);
  const num = numericDate(tk, j, { loose, rangeEnd: ctx.rangeEnd });
  // "32 August 2014": a day number that cannot be spoils the date
  const before = tk[j - 1];
  if (sh && !pre && monthAt(tk, j) && before?.kind === 'num' && tk[j]!.gap === 1 && before.raw.length <= 2 && Number(before.raw) > 31) {
    return hit(i - 1, sh.next, { from: 0, to: 0, grain: 'span' }, { qualifier: 'invalid' });
  }
  if (num && (!sh || num.next > sh.next)) sh = num;
  if (!sh && pre) {
    // "Monday 21", "Sun 14th", "tuesday the eleventh"
    const d = dayAt(tk, j);
    const after = d ? tk[d.next] : undefined;
    // "Tuesday the 19th" but not "Monday, the second straight decline"
    const free = !after || after.kind === 'punct' || after.gap >= 2;
    if (d && free) sh = { first: j, next: d.next, spec: { d: d.value } };
  }
  if (!sh) return null;
  // "32 August": a day number that cannot be makes the month no date either
  const spec = { ...sh.spec };
  let next = sh.next;
  if (pre) {
    spec.wd = pre.wd;
    if (pre.paren && raw(tk, next) === ')') next++;
  } else {
    const suf = weekdaySuffix(tk, next);
    if (suf && spec.y === undefined) {
      spec.wd = suf.wd;
      next = suf.next;
    }
  }
  // "this 5/12" is this year's; "next 6th of April" the coming one; a weekday beside them only confirms
  const lead = w(tk, i);
  let r;
  if ((lead === 'this' || lead === 'next') && spec.y === undefined && spec.m !== undefined && spec.d !== undefined && ctx.ref !== null) {
    const ry = Number(isoDay(ctx.ref).slice(0, 4));
    r = lead === 'this' ? resolveSpec({ y: ry, m: spec.m, d: spec.d }, ctx.ref, ctx.bias) : resolveSpec({ m: spec.m, d: spec.d }, ctx.ref + 1, 'future');
    if (r) r = { ...r, relative: true, inferredYear: true };
  } else r = resolveSpec(spec, ctx.ref, ctx.bias);
  if (!r) {
    const complete = spec.y !== undefined || (spec.m !== undefined && spec.d !== undefined);
    return complete ? hit(i, next, { from: 0, to: 0, grain: 'span' }, { qualifier: 'invalid' }) : null;
  }
  return hit(pre && w(tk, i) === 'on' ? i + 1 : i, next, r.period, { relative: r.relative, inferredYear: r.inferredYear, spec });
}

function longest(cands: Array<DateHit | null>): DateHit | null {
  let best: DateHit | null = null;
  for (const h of cands) if (h && (!best || h.next > best.next)) best = h;
  return best;
}

export function findDates(tk: Token[], sentenceOf: Int32Array, ref: number | null, options: DateOptions = {}): DateHit[] {
  const fallback = options.fallback ?? 'nearest';
  const biases = options.bias && options.bias !== 'auto' ? null : biasPerToken(tk, sentenceOf, fallback);
  const ctx: DateCtx = { tk, ref, bias: fallback };
  const trig = triggerMap(tk);
  // every position is parsed at most once per reading, however many larger patterns ask for it
  const memo = new Map<number, DateHit | null>();
  const single = (j: number): DateHit | null => {
    if (!trig[j]) return null;
    const key = j * 8 + (ctx.bias === 'past' ? 0 : ctx.bias === 'future' ? 1 : 2) * 2 + (ctx.rangeEnd ? 1 : 0);
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const h = singleAt(j);
    memo.set(key, h);
    return h;
  };
  const singleAt = (j: number): DateHit | null => {
    return longest([calendarExpr(ctx, j), periodExpr(ctx, j), relativeExpr(ctx, j, single), weekdayExpr(ctx, j), partsExpr(ctx, j, single), holidayExpr(ctx, j), monthAlone(ctx, j), seasonExpr(ctx, j), weekendExpr(ctx, j), spanExpr(ctx, j, single), anchoredWeekday(ctx, j, single)]);
  };
  const out: DateHit[] = [];
  let i = 0;
  while (i < tk.length) {
    const t = tk[i]!;
    if (t.kind === 'url') {
      urlDates(t, i, out);
      i++;
      continue;
    }
    if (!trig[i]) {
      i++;
      continue;
    }
    ctx.bias = biases ? biases[i]! : (options.bias as Bias);
    const h = longest([rangeExpr(ctx, i, single), single(i)]);
    if (!h) {
      i++;
      continue;
    }
    const full = withTrailingOpen(ctx, h);
    full.bias = ctx.bias;
    if (full.qualifier !== 'invalid') out.push(full);
    i = Math.max(full.next, i + 1);
  }
  return out;
}

const URL_DATE = /(?<![0-9])((?:19|20)[0-9]{2})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])/g;

/** ISO dates written inside a URL path ("/archive-2018-09-23-page", "report-20170302.html"). */
function urlDates(t: Token, i: number, out: DateHit[]): void {
  for (const m of t.raw.matchAll(URL_DATE)) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (!validDate(y, mo, d)) continue;
    const start = t.start + (m.index ?? 0);
    out.push(hit(i, i + 1, day(dayNumber(y, mo, d)), { span: { start, end: start + m[0].length }, qualifier: 'url' }));
  }
}

export function toMention(text: string, tk: Token[], h: DateHit, bias: Bias = h.bias ?? 'nearest'): DateMention {
  const start = h.span ? h.span.start : tk[h.first]!.start;
  const end = h.span ? h.span.end : tk[h.next - 1]!.end;
  const p = h.period;
  const from = h.openStart ? null : isoDay(p.from);
  const to = h.openEnd ? null : isoDay(p.to);
  // "late June" is June at the text's resolution, with "late" kept as the qualifier
  const partQ = h.qualifier === 'early' || h.qualifier === 'mid' || h.qualifier === 'late' || h.qualifier === 'earlier' || h.qualifier === 'later';
  let value = partQ && h.whole ? label(h.whole) : label(p);
  if (h.openEnd) value = `${label(p)}/..`;
  if (h.openStart) value = `../${isoDay(p.from - 1)}`;
  return {
    text: text.slice(start, end), start, end, value, grain: p.grain, from, to, lastFrom: h.lastFrom === null ? null : isoDay(h.lastFrom),
    openStart: h.openStart, openEnd: h.openEnd, relative: h.relative, inferredYear: h.inferredYear, qualifier: h.qualifier, bias,
    firstToken: h.first, nextToken: h.next,
    parts: (h.parts ?? []).map((p) => ({ role: p.role, date: toMention(text, tk, p.hit, bias) })),
  };
}

/** Parse "2025-10-20" or "2025-10-20T08:00:00Z" into a day number (the calendar date as written). */
export function refDay(ref: string | null | undefined): number | null {
  if (!ref) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref.trim());
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Dates in `text`, resolved against `ref` (ISO date or date-time; null: only dates that need no reference). */
export function recognizeDates(text: string, ref: string | null, options: DateOptions = {}): DateMention[] {
  const tk = tokenize(normalizeText(text));
  const sentences = splitSentences(tk);
  const idx = sentenceIndex(tk, sentences);
  const r = refDay(ref);
  return findDates(tk, idx, r, options).map((h) => toMention(text, tk, h));
}
