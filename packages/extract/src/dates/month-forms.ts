import type { Token } from '../text/tokenize.ts';
import { isoDay } from './calendar.ts';
import { monthNameDate, weekdayPrefix, weekdaySuffix, type SpecHit } from './calendar-dates.ts';
import { dayAt, monthAt } from './fields.ts';
import { isFullMonthName } from './lexicon.ts';
import { UNITS } from '../numbers/number-words.ts';
import { numericDate } from './numeric-dates.ts';
import { resolveSpec } from './resolve.ts';
import { type DateCtx, type DateHit, hit, raw, w } from './types.ts';

/** Month names standing alone, and calendar dates with a weekday beside them. */

/** Words a month name can follow even when it is written in lower case ("in may", "since march"). */
const STRONG_LEAD = new Set(['in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'through', 'by', 'from', 'between']);
const DATEISH = new Set(['after', 'before', 'to', 'through', 'and', 'or', 'in', 'of', 'last', 'next', 'this', 'until', 'till', 'when', 'as', 'was', 'is']);

const MONTH_LEAD = new Set(['the', 'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'of', 'early', 'late', 'mid', 'end', 'before', 'after', 'to', 'between', 'and', 'or', 'this', 'next', 'last', 'past', 'coming', 'every', 'each', 'for', 'throughout', 'around']);

/** The longest month: a month that starts no later than this after the day of writing is the one right after it. */
const MONTH_DAYS_MAX = 31;

/** A month name alone: "in April", "September", "next March", "this September"; not "may" or "march" as verbs. */
export function monthAlone(ctx: DateCtx, i: number): DateHit | null {
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
  } else if (mod === 'next') {
    // "next May" said in May is the one a year on; the running month is "this May", and the month right after
    // the running one is "next month", so "next April" said in March is the April of the year after too
    // ("next January" said in December is already next year's, the one a few weeks on)
    r = resolveSpec({ m: m.value }, ref, 'future');
    const following = r !== null && r.period.from > ref && r.period.from - ref <= MONTH_DAYS_MAX && isoDay(r.period.from).slice(0, 4) === isoDay(ref).slice(0, 4);
    if (r && (r.period.from <= ref || following)) r = resolveSpec({ y: Number(isoDay(r.period.from).slice(0, 4)) + 1, m: m.value }, ref, 'future');
  } else if (mod === 'coming') r = resolveSpec({ m: m.value }, ref, 'future');
  else if (mod === 'last' || mod === 'past') r = resolveSpec({ m: m.value }, ref - 31, 'past');
  else r = resolveSpec({ m: m.value }, ref, ctx.bias);
  if (!r) return null;
  // "next May" and "last May" fix their own year: the tense of the sentence must not move them to the running month
  return hit(i, next, r.period, { relative: true, inferredYear: mod !== 'next' && mod !== 'last', spec: mod ? undefined : { m: m.value } });
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
export function calendarExpr(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  const pre = weekdayPrefix(tk, i);
  let j = pre ? pre.next : i;
  if (!pre && (w(tk, i) === 'this' || w(tk, i) === 'next') && (tk[i + 1]?.kind === 'num' || monthAt(tk, i + 1))) j = i + 1;
  const loose = pre !== null || w(tk, i - 1) === 'on' || w(tk, i - 1) === 'from';
  let sh: SpecHit | null = monthNameDate(tk, j);
  const num = numericDate(tk, j, { loose, rangeEnd: ctx.rangeEnd, dayFirst: ctx.dayFirst });
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
  // the fact is the weekday and its date: "on" and a pointing word ("the following") are no part of it
  const first = pre && (w(tk, i) === 'on' || pre.pointed) ? pre.at : i;
  return hit(first, next, r.period, { relative: r.relative, inferredYear: r.inferredYear, spec });
}

