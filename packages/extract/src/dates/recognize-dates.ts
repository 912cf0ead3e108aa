import { normalizeText } from '../text/normalize.ts';
import { sentenceIndex, splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { day, dayNumber, isoDay, label, validDate, type Grain } from './calendar.ts';
import { rangeExpr, withTrailingOpen } from './date-ranges.ts';
import { listedDays } from './listed-days.ts';
import { holidayExpr } from './holidays.ts';
import { partsExpr } from './parts.ts';
import { periodExpr } from './periods.ts';
import { relativeExpr } from './relative.ts';
import { biasPerToken } from './tense.ts';
import { calendarExpr, monthAlone } from './month-forms.ts';
import { findForeignDates } from './foreign-dates.ts';
import { writesDayFirst } from './numeric-dates.ts';
import { triggerMap } from './triggers.ts';
import { type Bias, type DateCtx, type DateHit, hit } from './types.ts';
import { ANCH, CAL, HOL, maskAt, MONTH, PARTS, PER, REL, SEASON, SPAN, WD, WEEKEND } from './dispatch.ts';
import { anchoredWeekday, weekdayExpr } from './weekdays.ts';
import { seasonExpr, weekendExpr } from './seasons.ts';
import { spanExpr } from './spans.ts';
import { yearModifier } from './year-modifiers.ts';

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
  /** How the unwritten year was chosen when not by tense ("the year the article gives that month"). */
  yearNote?: string;
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
  /** Tokens already read as something else (a tonnage, a percentage): no date starts there. */
  skip?: Uint8Array;
}

function better(best: DateHit | null, h: DateHit | null): DateHit | null {
  return h && (!best || h.next > best.next) ? h : best;
}

function longest(cands: Array<DateHit | null>): DateHit | null {
  let best: DateHit | null = null;
  for (const h of cands) if (h && (!best || h.next > best.next)) best = h;
  return best;
}

export function findDates(tk: Token[], sentenceOf: Int32Array, ref: number | null, options: DateOptions = {}): DateHit[] {
  const fallback = options.fallback ?? 'nearest';
  const biases = options.bias && options.bias !== 'auto' ? null : biasPerToken(tk, sentenceOf, fallback);
  const ctx: DateCtx = { tk, ref, bias: fallback, dayFirst: writesDayFirst(tk) };
  // dates of a page in another language come first; the English reading does not start inside them
  const foreign = findForeignDates(tk, ref, options.skip);
  const skip = foreign.length === 0 ? options.skip : foreignSkip(tk.length, foreign, options.skip);
  const trig = triggerMap(tk, skip);
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
    const m = maskAt(tk, j);
    let best: DateHit | null = null;
    if (m & CAL) best = better(best, calendarExpr(ctx, j));
    if (m & PER) best = better(best, periodExpr(ctx, j) ?? yearModifier(ctx, j));
    if (m & REL) best = better(best, relativeExpr(ctx, j, single));
    if (m & WD) best = better(best, weekdayExpr(ctx, j));
    if (m & PARTS) best = better(best, partsExpr(ctx, j, single));
    if (m & HOL) best = better(best, holidayExpr(ctx, j));
    if (m & MONTH) best = better(best, monthAlone(ctx, j));
    if (m & SEASON) best = better(best, seasonExpr(ctx, j));
    if (m & WEEKEND) best = better(best, weekendExpr(ctx, j));
    if (m & SPAN) best = better(best, spanExpr(ctx, j, single));
    if (m & ANCH) best = better(best, anchoredWeekday(ctx, j, single));
    return best;
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
    for (const d of full.qualifier === 'invalid' ? [] : listedDays(ctx, full)) {
      d.bias = ctx.bias;
      out.push(d);
      i = Math.max(i, d.next);
    }
  }
  if (foreign.length === 0) return out;
  const taken = foreignSkip(tk.length, foreign);
  const english = out.filter((h) => h.span || taken.subarray(h.first, h.next).every((x) => x === 0));
  return [...english, ...foreign].sort((a, b) => a.first - b.first);
}

function foreignSkip(n: number, foreign: DateHit[], skip?: Uint8Array): Uint8Array {
  const out = skip ? skip.slice() : new Uint8Array(n);
  for (const h of foreign) out.fill(1, h.first, h.next);
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
