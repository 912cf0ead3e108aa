import { day, dayNumber, validDate, weekday, ymd } from './calendar.ts';
import { dayAt, monthAt, weekdayAt } from './fields.ts';
import { pickByBias, resolveSpec } from './resolve.ts';
import { type CalSpec, type DateCtx, type DateHit, hit, raw, sameLine, w } from './types.ts';

/**
 * Ranges and open bounds around single dates: "from March to May", "10 - 22 August 2012",
 * "Nov 18-Dec 19, 2015", "between 2014 and 2018", "since April", "before 2019", "by the end of the year".
 */

export type Single = (j: number) => DateHit | null;

const CONNECTORS = new Set(['to', 'till', 'til', 'until', 'through', 'thru', 'and', '-', '~', '|']);

/** "29 November 2018 | 20 January 2019": a bar joins two dates only when both are whole days with their years. */
function barJoinsWholeDays(x: DateHit | null, y: DateHit | null): boolean {
  return !!x && !!y && x.spec?.y !== undefined && y.spec?.y !== undefined && x.period.grain === 'day' && y.period.grain === 'day';
}

/** Words that open a count ("nine days before"), unlike an ordinal day after a dash ("May eighth - tenth"). */
const COUNT_WORDS = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|some|many)$/;

function connectorAt(ctx: DateCtx, j: number, between: boolean): number | null {
  const { tk } = ctx;
  const t = tk[j];
  if (!t || !sameLine(ctx.tk, j)) return null;
  const c = t.kind === 'word' ? t.low : t.raw;
  if (!CONNECTORS.has(c)) return null;
  if (c === 'and' && !between) return null;
  if (c === 'until' && w(tk, j + 1) === 'the' && w(tk, j + 2) === 'end') return j + 1;
  return j + 1;
}

/** A day number or ordinal alone ("10" in "10 - 22 August", "17th" in "april 9th through 17th"), with a year after an end ("tenth, 2010"). */
function bareDay(ctx: DateCtx, j: number, end = false): { spec: CalSpec; next: number } | null {
  const { tk } = ctx;
  if (w(tk, j) === 'the') j++;
  const d = dayAt(tk, j);
  if (!d) return null;
  if (end && raw(tk, d.next) === ',' && tk[d.next + 1]?.kind === 'num' && tk[d.next + 1]!.raw.length === 4) {
    const y = Number(tk[d.next + 1]!.raw);
    if (y >= 1000 && y <= 2999) return { spec: { d: d.value, y }, next: d.next + 2 };
  }
  return { spec: { d: d.value }, next: d.next };
}

function bareMonth(ctx: DateCtx, j: number): { spec: CalSpec; next: number } | null {
  const m = monthAt(ctx.tk, j);
  return m ? { spec: { m: m.value }, next: m.next } : null;
}

/** A weekday written alone, with no word that fixes its week. */
function bareWeekday(ctx: DateCtx, h: DateHit): boolean {
  const f = weekdayAt(ctx.tk, h.first);
  return f !== null && f.next === h.next && h.relative && h.period.grain === 'day';
}

/** Fill the fields a range end leaves out from its partner: "10 - 22 August 2012", "August 10 - 22, 2012". */
function merge(a: CalSpec, b: CalSpec): [CalSpec, CalSpec] {
  const x = { ...a };
  const y = { ...b };
  if (x.m === undefined && y.m !== undefined && x.d !== undefined) x.m = y.m;
  if (y.m === undefined && x.m !== undefined && y.d !== undefined) y.m = x.m;
  if (x.y === undefined && y.y !== undefined && x.m !== undefined) {
    x.y = x.m > (y.m ?? 12) || (x.m === y.m && (x.d ?? 1) > (y.d ?? 31)) ? y.y - 1 : y.y;
  }
  return [x, y];
}

function specHit(ctx: DateCtx, first: number, next: number, spec: CalSpec): DateHit | null {
  const r = resolveSpec(spec, ctx.ref, ctx.bias);
  return r ? hit(first, next, r.period, { relative: r.relative, inferredYear: r.inferredYear, spec }) : null;
}

/** The end of a range, resolved after the start when its year is missing. */
function resolveEnd(ctx: DateCtx, start: DateHit, spec: CalSpec, first: number, next: number): DateHit | null {
  if (spec.y === undefined && start.spec && start.spec.y === undefined && ctx.ref === null) return null;
  if (spec.y === undefined) {
    const sy = ymd(start.period.from).y;
    const m = spec.m ?? ymd(start.period.from).m;
    const d = spec.d;
    let y = sy;
    const from = d !== undefined ? (validDate(y, m, d) ? dayNumber(y, m, d) : NaN) : dayNumber(y, m, 1);
    if (Number.isNaN(from)) return null;
    if (from < start.period.from) y++;
    const h = specHit(ctx, first, next, { ...spec, m, y });
    return h && { ...h, relative: start.relative, inferredYear: start.inferredYear };
  }
  return specHit(ctx, first, next, spec);
}

/** "from X to Y", "between X and Y", "X - Y", "X through Y". */
function pairRange(ctx: DateCtx, i: number, single: Single): DateHit | null {
  let j = i;
  const lead = w(ctx.tk, j);
  const between = lead === 'between';
  if (lead === 'from' || between) j++;
  // the start: a full date, or a bare day or month completed by the end ("10 - 22 August 2012")
  let x: DateHit | null = single(j);
  let xSpec: CalSpec | undefined = x?.spec;
  let xNext = x ? x.next : -1;
  let conn = x ? connectorAt(ctx, x.next, between) : null;
  if (conn === null && ctx.ref !== null && w(ctx.tk, j) === 'now') {
    x = hit(j, j + 1, { from: ctx.ref, to: ctx.ref + 1, grain: 'day' }, { relative: true });
    conn = connectorAt(ctx, j + 1, between);
    xNext = j + 1;
  }
  if (conn === null) {
    const bare = bareDay(ctx, j) ?? bareMonth(ctx, j);
    if (!bare) return null;
    conn = connectorAt(ctx, bare.next, between);
    if (conn === null) return null;
    x = null;
    xSpec = bare.spec;
    xNext = bare.next;
  }
  ctx.rangeEnd = true;
  let y = single(conn);
  ctx.rangeEnd = false;
  // "the January-March quarter": a quarter named by its months is one period, not a range into a quarter
  if (y && y.period.grain === 'quarter' && monthAt(ctx.tk, conn)) return null;
  if (raw(ctx.tk, conn - 1) === '|' && !barJoinsWholeDays(x, y)) return null;
  // "November 3 - nine days before the announcement": a loose count after the dash ends no range
  if (raw(ctx.tk, conn - 1) === '-' && y?.qualifier === 'vague' && w(ctx.tk, conn) !== 'today' && w(ctx.tk, conn) !== 'now') return null;
  // "between Jan 2019 and now", "from March to date", "till current date"
  if (!y && ctx.ref !== null) {
    const e0 = w(ctx.tk, conn);
    const e1 = w(ctx.tk, conn + 1);
    if (e0 === 'now' || e0 === 'date' || e0 === 'present') y = hit(conn, conn + 1, { from: ctx.ref, to: ctx.ref, grain: 'day' }, { relative: true });
    else if ((e0 === 'current' || e0 === 'today' || e0 === 'this') && e1 === 'date') y = hit(conn, conn + 2, { from: ctx.ref, to: ctx.ref, grain: 'day' }, { relative: true });
  }
  if (!x && ctx.ref !== null && (w(ctx.tk, j) === 'now' || w(ctx.tk, j) === 'today')) x = hit(j, j + 1, { from: ctx.ref, to: ctx.ref + 1, grain: 'day' }, { relative: true });
  // "1-2-3", "4-5-6": a bare figure, a dash and digits are no range of dates
  if (!x && raw(ctx.tk, xNext) === '-' && y?.spec?.numeric) return null;
  // "November 3 - nine days before ...": after a dash a day in words opens a count, not the end of a range
  const wordAfterDash = raw(ctx.tk, conn - 1) === '-' && COUNT_WORDS.test(w(ctx.tk, conn));
  const bareEnd = xSpec && !wordAfterDash && (!y || (y.spec && y.spec.m === undefined && y.spec.y === undefined)) ? bareDay(ctx, conn, true) ?? bareMonth(ctx, conn) : null;
  const ySpec = bareEnd ? bareEnd.spec : y?.spec;
  const yNext = bareEnd ? bareEnd.next : y ? y.next : -1;
  if (yNext < 0) return null;
  if (xSpec && ySpec) {
    const [mx, my] = merge(xSpec, ySpec);
    if (mx.m === undefined && mx.y === undefined) return null;
    if (my.m === undefined && my.y === undefined) return null;
    const whole = x !== null && y !== null && !bareEnd;
    if (mx.y === undefined && my.y === undefined) return withParts(yearlessSpan(ctx, i, j, xNext, conn, yNext, mx, my), whole);
    const start = specHit(ctx, j, xNext, mx);
    if (!start) return ctx.ref === null && mx.y === undefined ? null : invalid(i, yNext);
    const end = my.y === undefined ? resolveEnd(ctx, start, my, conn, yNext) : specHit(ctx, conn, yNext, my);
    if (!end) return invalid(i, yNext);
    const h = span(i, yNext, start, end);
    if (h && whole) h.parts = [{ hit: start, role: 'from' }, { hit: end, role: 'until' }];
    return h;
  }
  if (!y) return null;
  let start = x ?? (xSpec ? specHit(ctx, j, xNext, xSpec) : null);
  if (!start) return null;
  // "from Monday to Wednesday next week", "Thursday to Sunday this week": the week named at the end holds both days
  if (x && start === x && bareWeekday(ctx, x) && y.period.grain === 'day' && w(ctx.tk, y.next - 1) === 'week') {
    const back = (weekday(y.period.from) - weekday(x.period.from) + 7) % 7;
    start = x = { ...x, period: day(y.period.from - back) };
  }
  // "from next monday to friday": a bare weekday after the start is the one that follows it
  if (y.period.grain === 'day' && y.period.from < start.period.from && y.relative && !y.spec && start.period.from - y.period.from < 7) {
    y = { ...y, period: { from: y.period.from + 7, to: y.period.to + 7, grain: 'day' } };
  }
  // "1-2" is not a range of dates: a dash between a bare figure and a period is something else
  if (!x && raw(ctx.tk, xNext) === '-') return null;
  const h = span(i, yNext, start, y, ctx);
  // two dates written in full ("from June to August", "between 2014 and 2018") stay two dates for facts
  if (h && x && !xSpec?.numeric && start === x && y.next - y.first >= 1 && !bareEnd) h.parts = [{ hit: x, role: 'from' }, { hit: y, role: 'until' }];
  return h;
}

/** "from March to May", "November 19-20": no year written; the whole span is placed by tense. */
function yearlessSpan(ctx: DateCtx, first: number, j: number, xNext: number, conn: number, yNext: number, mx: CalSpec, my: CalSpec): DateHit | null {
  const ref = ctx.ref;
  if (ref === null) return null;
  const ry = ymd(ref).y;
  const spans: Array<{ a: DateHit; b: DateHit }> = [];
  for (const yy of [ry - 1, ry, ry + 1]) {
    const a = specHit(ctx, j, xNext, { ...mx, y: yy });
    if (!a) continue;
    const b = resolveEnd(ctx, a, { ...my }, conn, yNext);
    if (b) spans.push({ a, b });
  }
  if (spans.length === 0) return invalid(first, yNext);
  const pick = pickByBias(spans.map((s) => ({ from: s.a.period.from, to: s.b.period.to, grain: 'span' as const })), ref, ctx.bias);
  const chosen = spans.find((s) => s.a.period.from === pick?.from) ?? spans[0]!;
  const h = span(first, yNext, chosen.a, chosen.b);
  return h && { ...h, relative: true, inferredYear: true, parts: [{ hit: chosen.a, role: 'from' }, { hit: chosen.b, role: 'until' }] };
}

/** Keep the two ends as parts only when both were written as dates of their own. */
function withParts(h: DateHit | null, whole: boolean): DateHit | null {
  if (h && !whole) delete h.parts;
  return h;
}

function invalid(first: number, next: number): DateHit {
  return hit(first, next, { from: 0, to: 0, grain: 'span' }, { qualifier: 'invalid' });
}

/** In a range, "the end of 2007" is the moment 2007 ends and "the middle of 2007" its midpoint. */
function asPoint(ctx: DateCtx, h: DateHit): DateHit {
  const { tk } = ctx;
  const j = w(tk, h.first) === 'the' ? h.first + 1 : h.first;
  const word = w(tk, j);
  if (!h.whole || w(tk, j + 1) !== 'of') return h;
  if (word === 'end') return { ...h, period: { from: h.whole.to, to: h.whole.to, grain: 'day' } };
  if (word === 'middle') {
    const mid = Math.floor((h.whole.from + h.whole.to) / 2);
    return { ...h, period: { from: mid, to: mid, grain: 'day' } };
  }
  return h;
}

function span(first: number, next: number, a0: DateHit, b0: DateHit, ctx?: DateCtx): DateHit | null {
  const a = ctx ? asPoint(ctx, a0) : a0;
  const b = ctx ? asPoint(ctx, b0) : b0;
  if (b.period.from < a.period.from) return null;
  // two months written as months ("Jan-Sep") span whole months, labelled as such
  const grain = a.period.grain === 'month' && b.period.grain === 'month' ? 'months' : 'span';
  return hit(first, next, { from: a.period.from, to: b.period.to, grain }, {
    lastFrom: b.period.from, relative: a.relative || b.relative, inferredYear: a.inferredYear || b.inferredYear, qualifier: 'range',
  });
}

const OPEN_BEFORE: Record<string, string[][]> = {
  since: [['since']],
  after: [['after'], ['later', 'than'], ['starting', 'after'], ['greater', 'than']],
  before: [['before'], ['prior', 'to'], ['earlier', 'than'], ['ahead', 'of']],
  by: [['by'], ['no', 'later', 'than'], ['not', 'later', 'than'], ['as', 'late', 'as']],
  until: [['until'], ['till'], ['til'], ['up', 'to', 'and', 'including']],
  from: [['starting', 'from'], ['starting', 'on'], ['starting'], ['beginning', 'on'], ['beginning'], ['as', 'early', 'as'], ['as', 'of']],
};

/** "since April", "after 2016", "before the end of December", "by 2030", "starting January 7th", "2012 or later". */
const OPEN_BY_FIRST = new Map<string, Array<[string, string[]]>>();
for (const [kind, phrases] of Object.entries(OPEN_BEFORE)) {
  for (const ph of phrases) OPEN_BY_FIRST.set(ph[0]!, [...(OPEN_BY_FIRST.get(ph[0]!) ?? []), [kind, ph]]);
}

function openRange(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const { tk } = ctx;
  const cands = OPEN_BY_FIRST.get(w(tk, i));
  if (!cands) return null;
  for (const [kind, ph] of cands) {
    {
      let match = true;
      for (let k = 1; k < ph.length; k++) if (w(tk, i + k) !== ph[k]) match = false;
      if (!match) continue;
      const j = i + ph.length;
      const x = pairRange(ctx, j, single) ?? single(j);
      if (!x || x.qualifier === 'invalid') return x;
      const p = x.period;
      const parts = x.parts ? x.parts.map((pt) => ({ hit: pt.hit, role: pt.role === 'from' ? kind : pt.role })) : [{ hit: x, role: kind }];
      const q = { relative: x.relative, inferredYear: x.inferredYear, qualifier: kind, parts };
      // "after the beginning of March" starts with March; "before the end of December" runs through it;
      // "after January 1" counts from that day, as the common convention has it
      const edge = w(tk, j) === 'the' ? w(tk, j + 1) : w(tk, j);
      if (kind === 'since' || kind === 'from' || (kind === 'after' && (edge === 'beginning' || edge === 'start' || p.grain === 'day'))) {
        return hit(i, x.next, { from: p.from, to: p.to, grain: p.grain }, { ...q, openEnd: true });
      }
      if (kind === 'after') return hit(i, x.next, { from: p.to, to: p.to, grain: p.grain }, { ...q, openEnd: true });
      if (kind === 'before' && edge === 'end') return hit(i, x.next, { from: p.to, to: p.to, grain: p.grain }, { ...q, openStart: true, qualifier: 'by' });
      if (kind === 'before') return hit(i, x.next, { from: p.from, to: p.from, grain: p.grain }, { ...q, openStart: true });
      return hit(i, x.next, { from: p.to, to: p.to, grain: p.grain }, { ...q, openStart: true });
    }
  }
  return null;
}

/** "2012 or later", "1/1/2016 and after", "year 2016 and greater", "2025 onwards". */
function trailingOpen(ctx: DateCtx, x: DateHit): DateHit | null {
  const { tk } = ctx;
  const a = w(tk, x.next);
  const b = w(tk, x.next + 1);
  let next = -1;
  if ((a === 'or' || a === 'and') && (b === 'later' || b === 'after' || b === 'greater' || b === 'beyond')) next = x.next + 2;
  else if (a === 'onwards' || a === 'onward') next = x.next + 1;
  if (next < 0) return null;
  // "before 2010 or after 2018": "or after" opens the next bound, not this one
  const after = tk[next];
  if (after && after.gap <= 1 && (after.kind === 'num' || after.kind === 'word' && !['.', ','].includes(after.raw))) return null;
  return hit(x.first, next, { ...x.period }, { relative: x.relative, inferredYear: x.inferredYear, qualifier: 'from', openEnd: true, parts: [{ hit: x, role: 'from' }] });
}

/** "18 and 19 June", "on the 3rd, 4th and 5th of May": a bare day takes the month of the date that follows. */
function dayList(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const { tk } = ctx;
  const d = bareDay(ctx, i);
  if (!d) return null;
  let k = d.next;
  if (!(w(tk, k) === 'and' || w(tk, k) === 'or' || raw(tk, k) === ',')) return null;
  k++;
  // skip further bare days ("3rd, 4th and 5th of May"), then read the date that closes the list once
  for (let hops = 0; hops < 6; hops++) {
    const more = bareDay(ctx, k);
    if (!more) break;
    const sep = w(tk, more.next) === 'and' || w(tk, more.next) === 'or' || raw(tk, more.next) === ',';
    if (!sep) break;
    k = more.next + 1;
  }
  const end = single(k);
  if (!end?.spec || end.spec.m === undefined || end.spec.d === undefined) return null;
  const h = specHit(ctx, i, d.next, { ...d.spec, m: end.spec.m, y: end.spec.y ?? ymd(end.period.from).y });
  return h && { ...h, relative: end.relative, inferredYear: end.inferredYear };
}

export function rangeExpr(ctx: DateCtx, i: number, single: Single): DateHit | null {
  const open = openRange(ctx, i, single);
  if (open) return open;
  const list = dayList(ctx, i, single);
  if (list) return list;
  const pair = pairRange(ctx, i, single);
  if (pair) return pair;
  return null;
}

export function withTrailingOpen(ctx: DateCtx, x: DateHit): DateHit {
  return trailingOpen(ctx, x) ?? x;
}
