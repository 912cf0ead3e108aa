import type { Token } from '../text/tokenize.ts';
import { dayNumber, daysInMonth, isoDay, validDate, ymd } from './calendar.ts';
import { placeHoliday } from './holidays.ts';
import type { DateMention } from './recognize-dates.ts';
import { cueOf, sentenceTense, type Tense } from './tense.ts';
import { formerDate, rescheduledTo, timedForEvent } from './moved-dates.ts';
import { weekdayYearShift } from './weekday-year.ts';

/**
 * Dates written without a year ("in March", "Oct. 5-7", "as of June 30") placed by their sentence: the
 * most recent such date when it reports, the coming one when it looks ahead, the nearest one either side
 * when it gives no cue. A span moves as a whole, so its two ends keep their order.
 */

export interface YearlessInput {
  tk: Token[];
  sentenceOf: Int32Array;
  /** Reference day number (publication date), or null. */
  ref: number | null;
}

const PIECE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A calendar quarter or half ("2026-Q4", "2025-H1"). */
const PERIOD_PIECE = /^(\d{4})-([QH])([1-4])$/;

function shiftPiece(piece: string, delta: number): string | null {
  const q = PERIOD_PIECE.exec(piece);
  if (q) return `${Number(q[1]) + delta}-${q[2]}${q[3]}`;
  const v = PIECE.exec(piece);
  if (!v) return null;
  const y = Number(v[1]) + delta;
  if (v[3] && !validDate(y, Number(v[2]), Number(v[3]))) return null;
  return `${y}-${v[2]}${v[3] ? `-${v[3]}` : ''}`;
}

/** A day, a month, or a span of them ("2019-10-05/2019-10-07"), moved by whole years; null for other values. */
export function shiftYears(value: string, delta: number): string | null {
  const pieces = value.split('/');
  if (pieces.length > 2) return null;
  const out: string[] = [];
  for (const p of pieces) {
    const s = shiftPiece(p, delta);
    if (s === null) return null;
    out.push(s);
  }
  return out.join('/');
}

/** First and last day of one piece of a value: a day, a month, a quarter or a half. */
function pieceBounds(piece: string): { from: number; to: number } {
  const q = PERIOD_PIECE.exec(piece);
  if (q) {
    const y = Number(q[1]);
    const months = q[2] === 'Q' ? 3 : 6;
    const first = (Number(q[3]) - 1) * months + 1;
    const last = first + months - 1;
    return { from: dayNumber(y, first, 1), to: dayNumber(y, last, daysInMonth(y, last)) };
  }
  const v = PIECE.exec(piece)!;
  const y = Number(v[1]);
  const m = Number(v[2]);
  return { from: dayNumber(y, m, v[3] ? Number(v[3]) : 1), to: dayNumber(y, m, v[3] ? Number(v[3]) : daysInMonth(y, m)) };
}

/** First and last day of a value shiftYears accepts (a span's pieces may mix a quarter and a day). */
function bounds(value: string): { from: number; to: number } {
  const pieces = value.split('/');
  return { from: pieceBounds(pieces[0]!).from, to: pieceBounds(pieces[pieces.length - 1]!).to };
}

/**
 * Nouns of a forward contract after a month: "for September delivery", "December futures", "the March
 * loading window" name a month still to come, whatever the tense of the price report around them.
 */
const FORWARD_NOUNS = new Set(['delivery', 'loading', 'arrival', 'shipment', 'futures', 'contract', 'contracts', 'expiry']);

function forwardMonth(m: DateMention, tk: Token[]): boolean {
  if (!/^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/.test(m.value)) return false;
  const dash = tk[m.nextToken]?.raw === '-' && tk[m.nextToken]!.gap === 0 ? 1 : 0;
  const after = tk[m.nextToken + dash];
  return !!after && after.kind === 'word' && after.gap <= 1 && FORWARD_NOUNS.has(after.low);
}

/** Nouns of things sold or reserved ahead of the period they are for. */
const ADVANCE_SALES = new Set(['bookings', 'reservations', 'pre-orders', 'preorders', 'presales', 'pre-sales', 'pre-bookings']);

/**
 * "bookings for the Easter holidays were 8% ahead", "forward bookings into the September quarter": what is
 * booked ahead is for a period still to come, whatever the tense of the report on the bookings.
 */
function bookedAhead(m: DateMention, tk: Token[]): boolean {
  let k = m.firstToken - 1;
  if (tk[k]?.low === 'the') k--;
  if (tk[k]?.low !== 'for' && tk[k]?.low !== 'into') return false;
  const noun = tk[k - 1];
  // "pre-orders" may be split at its hyphen
  return !!noun && (ADVANCE_SALES.has(noun.low) || (tk[k - 2]?.raw === '-' && ADVANCE_SALES.has(`${tk[k - 3]?.low}-${noun.low}`)));
}

/** Nouns of figures published about a period once it is over. */
const FIGURES = new Set(['data', 'figures', 'numbers', 'statistics', 'stats', 'sales', 'results', 'report', 'reading', 'readings', 'payrolls',
  'inflation', 'exports', 'imports', 'output', 'production', 'index', 'survey', 'jobs', 'print', 'trade', 'prices', 'shipments', 'arrivals',
  'volumes', 'volume', 'earnings', 'receipts', 'claims']);

/**
 * "retail sales for August will be released Tuesday", "the data for January is due": figures about a month
 * are published after it, so the month is one already over, whatever the tense of the release.
 */
function measuredMonth(m: DateMention, tk: Token[]): boolean {
  if (!/^\d{4}-\d{2}$/.test(m.value)) return false;
  const before = tk[m.firstToken - 1]?.low;
  if (before === 'for' || before === 'of') return FIGURES.has(tk[m.firstToken - 2]?.low ?? '');
  return false;
}

/** The tense that places a mention: "as of March 20" reports a status on a day already passed. */
export function placingTense(m: DateMention, input: YearlessInput): Tense | null {
  const asOf = input.tk[m.firstToken - 1]?.low === 'of' && input.tk[m.firstToken - 2]?.low === 'as';
  if (asOf) return 'past';
  if (rescheduledTo(m, input.tk, input.sentenceOf) || formerDate(m, input.tk) || timedForEvent(m, input.tk, input.sentenceOf)) return null;
  if (measuredMonth(m, input.tk)) return 'past';
  if (forwardMonth(m, input.tk) || bookedAhead(m, input.tk)) return 'future';
  return sentenceTense(input.tk, input.sentenceOf, m.firstToken);
}

/** Nouns of figures that a company or agency reports for a period ("first-half revenue", "third-quarter profit"). */
const PERIOD_FIGURES = new Set(['revenue', 'revenues', 'profit', 'profits', 'results', 'earnings', 'sales', 'loss', 'losses', 'output',
  'income', 'turnover', 'growth', 'figures', 'dividend', 'deliveries', 'production']);

/**
 * "its parent reported first-half revenue" in January: figures reported in the past about a quarter or half
 * are of one that has closed, so not the one the publication day falls in.
 */
function reportedRunningPeriod(m: DateMention, input: YearlessInput): boolean {
  if (input.ref === null || placingTense(m, input) !== 'past') return false;
  const { from, to } = bounds(m.value);
  if (!(from <= input.ref && input.ref <= to)) return false;
  const after = input.tk[m.nextToken];
  if (!after || !PERIOD_FIGURES.has(after.low)) return false;
  // the past verb that reports them stands right before ("reported first-half revenue", "said third-quarter sales")
  for (let k = m.firstToken - 1; k >= 0 && m.firstToken - k <= GOVERNING_REACH && input.sentenceOf[k] === input.sentenceOf[m.firstToken]; k--) {
    if (cueOf(input.tk, k) === 'past') return true;
  }
  return false;
}

/** "the year to March", "the 12 months ended June": a stretch that closes with the month named. */
const TRAILING_STRETCH = /\b(?:years?|months|quarter|half)\s+(?:to|through|ending|ended|until)\b/i;

/** Days added to the distance of a reported stretch of months that would still be running. */
const RUNNING_STRETCH_PENALTY = 366;

/** The shift in years (-1, 0 or 1) that puts the value nearest the reference date on the side the tense allows. */
export function yearShift(value: string, tense: Tense | null, ref: number, trailing = false): number | null {
  let best: { delta: number; dist: number } | null = null;
  for (const delta of [-1, 0, 1]) {
    const v = shiftYears(value, delta);
    if (v === null) continue;
    const { from, to } = bounds(v);
    if ((tense === 'past' && from > ref) || (tense === 'future' && to < ref)) continue;
    // a reported stretch that would still be running is farther than one that has ended ("the 12 months to June rose")
    // (by a whole year for a stretch of several months: "fell in the year to March" is the year that ended last March)
    const running = tense === 'past' && to > ref ? to - ref + (trailing ? RUNNING_STRETCH_PENALTY : 0) : null;
    const dist = running ?? (ref < from ? from - ref : ref > to ? ref - to : 0);
    if (!best || dist < best.dist) best = { delta, dist };
  }
  return best ? best.delta : null;
}

/** How close a past verb must be to govern a day outright ("was cancelled on November 3"). */
const GOVERNING_REACH = 4;

/** A past-tense cue right around the day, which places it however far back that puts it. */
function pastVerbAtHand(m: DateMention, tk: Token[], sentenceOf: Int32Array): boolean {
  // "tickets for the June 12 concert sold out": a day before its event's noun names the event, not the selling
  if (attributiveDay(m, tk)) return false;
  const sentence = sentenceOf[m.firstToken];
  for (let k = Math.max(0, m.firstToken - GOVERNING_REACH); k < Math.min(tk.length, m.nextToken + GOVERNING_REACH); k++) {
    // the verb of the next sentence ("… the deadline of 31 March. Wages rose …") governs nothing here
    if (sentenceOf[k] !== sentence) continue;
    if ((k < m.firstToken || k >= m.nextToken) && cueOf(tk, k) === 'past') return true;
  }
  return false;
}

const ATTRIBUTIVE_LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'next']);

/** "the June 12 concert", "its 3 May meeting": a day between a determiner and a lower-case noun. */
function attributiveDay(m: DateMention, tk: Token[]): boolean {
  const after = tk[m.nextToken];
  return ATTRIBUTIVE_LEADS.has(tk[m.firstToken - 1]?.low ?? '') && !!after && after.kind === 'word' && after.raw === after.low && after.gap <= 1 && cueOf(tk, m.nextToken) === null;
}

/** How long ago a day must lie, in an earlier year, before a writer would give its year. */
const STALE_PAST_DAYS = 240;
/** How soon after the report a day may come and still be written without its year. */
const NEAR_FUTURE_DAYS = 60;

/**
 * The shift to the coming day when a past reading puts a day without a year most of a year back, in an
 * earlier year, and the same day is only weeks ahead: news gives the year of a day in another year, so
 * "with November 4 as the record date" in late October is this November's, whatever verb is nearest.
 */
function comingDayInstead(value: string, delta: number, ref: number): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const past = shiftYears(value, delta);
  const next = shiftYears(value, delta + 1);
  if (past === null || next === null) return null;
  const pastDay = bounds(past).from;
  const nextDay = bounds(next).from;
  const earlierYear = Number(past.slice(0, 4)) < ymd(ref).y;
  return earlierYear && ref - pastDay > STALE_PAST_DAYS && nextDay > ref && nextDay - ref <= NEAR_FUTURE_DAYS ? delta + 1 : null;
}

/** Words that open the day or month a state starts from ("from August", "effective Jan. 1", "starting March 3"). */
const START_LEADS = new Set(['from', 'starting', 'effective', 'beginning']);
/** Words after a start that make it one end of a stretch ("from May to July"), read as a span elsewhere. */
const STRETCH_ENDS = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', '—']);
/** How soon after the report a start may come and still be the one meant over a start most of a year back. */
const NEAR_START_DAYS = 183;

/** A date that opens a state running on from it, with no end written. */
function openStart(m: DateMention, tk: Token[]): boolean {
  return START_LEADS.has(tk[m.firstToken - 1]?.low ?? '') && !STRETCH_ENDS.has(tk[m.nextToken]?.raw.toLowerCase() ?? '');
}

/**
 * "voters approved a minimum wage of $15.50 an hour from Jan. 1" in November, "tariffs, set at 15% from August,
 * were a worry" in June: a rate or rule set from a date is news for the start still to come; one that began most
 * of a year ago would be said to run "since" it. So a start the past tense puts most of a year back, when the same
 * date is a few months ahead, is the coming one.
 */
function comingStartInstead(value: string, delta: number, ref: number): number | null {
  const past = shiftYears(value, delta);
  const next = shiftYears(value, delta + 1);
  if (past === null || next === null) return null;
  const pastStart = bounds(past).from;
  const nextStart = bounds(next).from;
  return ref - pastStart > STALE_PAST_DAYS && nextStart > ref && nextStart - ref <= NEAR_START_DAYS ? delta + 1 : null;
}

function why(tense: Tense | null): string {
  return tense === 'past' ? 'the most recent one (past tense)' : tense === 'future' ? 'the coming one (future tense)' : 'the nearest one (no tense in its sentence)';
}

function moved(m: DateMention, delta: number, note: string): DateMention | null {
  const value = shiftYears(m.value, delta);
  return value === null ? null : { ...m, value, yearNote: note };
}

/**
 * The mention with its unwritten year chosen by its sentence, or null when the recognizer's choice stands.
 * A bound's date ("as of March 20") and both ends of a span of dates move like a date alone.
 */
export function placeYearless(m: DateMention, input: YearlessInput): DateMention | null {
  if (!m.inferredYear || input.ref === null) return null;
  if (m.parts.length === 0) {
    if (shiftYears(m.value, 0) === null) return null;
    // a quarter or half is placed by its recognizer; its clause only moves it ahead, when it looks ahead
    // ("said the duty would lift prices from the December quarter")
    if (PERIOD_PIECE.test(m.value) && placingTense(m, input) !== 'future') return reportedRunningPeriod(m, input) ? moved(m, -1, 'a period whose figures were reported is over') : null;
    const byWeekday = weekdayYearShift(m.value, m.text);
    if (byWeekday !== null) return byWeekday ? moved(m, byWeekday, 'the year in which the day falls on its written weekday') : null;
    const tense = placingTense(m, input);
    const feast = placeHoliday(m.text, tense, input.ref);
    if (feast !== null) return isoDay(feast) === m.value ? null : { ...m, value: isoDay(feast), yearNote: why(tense) };
    // a quarter or half reported in the past is one that has closed ("rose in the December quarter")
    const delta = yearShift(m.value, tense, input.ref, TRAILING_STRETCH.test(m.text) || PERIOD_PIECE.test(m.value));
    const start = delta !== null && tense === 'past' && openStart(m, input.tk) ? comingStartInstead(m.value, delta, input.ref) : null;
    if (start !== null) return moved(m, start, 'the coming one (a start most of a year past would be "since")');
    const soon = delta !== null && tense === 'past' && !pastVerbAtHand(m, input.tk, input.sentenceOf) ? comingDayInstead(m.value, delta, input.ref) : null;
    if (soon !== null) return moved(m, soon, 'the coming one (a day most of a year past would carry its year)');
    return delta ? moved(m, delta, why(tense)) : null;
  }
  const parts = m.parts.map((p) => p.date);
  if (parts.length > 2 || parts.some((p) => !p.inferredYear || shiftYears(p.value, 0) === null)) return null;
  const whole = parts.length === 1 ? parts[0]!.value : `${parts[0]!.value.split('/')[0]}/${parts[1]!.value.split('/').pop()}`;
  const tense = placingTense(parts[0]!, input);
  let delta = yearShift(whole, tense, input.ref);
  // "was remanded in custody until May 25", "the road stays shut until 3 June": the verb began a state that
  // lasts until the day, so a day most of a year past is no reading of it when the same day is weeks ahead
  const until = parts.length === 1 && (m.parts[0]!.role === 'until' || m.parts[0]!.role === 'by');
  const soon = until && delta !== null && tense === 'past' ? comingDayInstead(whole, delta, input.ref) : null;
  if (soon !== null) delta = soon;
  if (!delta) return null;
  const note = soon !== null ? 'the coming one (a state lasting until a day most of a year past would carry its year)' : why(tense);
  const out = m.parts.map((p) => ({ role: p.role, date: moved(p.date, delta, note) }));
  if (out.some((p) => p.date === null)) return null;
  return { ...m, parts: out.map((p) => ({ role: p.role, date: p.date! })), yearNote: note };
}
