import type { Token } from '../text/tokenize.ts';
import { dayNumber, isoDay } from './calendar.ts';
import { placeHoliday } from './holidays.ts';
import type { DateMention } from './recognize-dates.ts';
import { putOffBefore, PUT_OFF } from './put-off.ts';
import { cueOf } from './tense.ts';
import { shiftYears } from './yearless.ts';

/**
 * Plans reported in the past: "said on Tuesday that the bridge would reopen on Thursday", "said in March that
 * the mine would reopen in June", "adjourned until Monday". Their dates look ahead from when the words were
 * spoken, not back from the publication day as the rest of a reported sentence does.
 */

/** What these rules read: the article's tokens, the sentence of each, and the publication day. */
export interface PlanInput {
  tk: Token[];
  sentenceOf: Int32Array;
  ref: number | null;
}

/** Verbs that move an event to another day: "the parade was moved to Friday" (only with the day right after "to"). */
const MOVED = new Set(['moved', 'shifted', 'switched', 'brought']);

/**
 * "adjourned until 2pm on Monday", "postponed to Friday", "the final was moved to Friday": the weekday a
 * thing is put off or moved to is still ahead.
 */
export function putOffUntil(input: PlanInput, at: number): boolean {
  const s = input.sentenceOf[at];
  for (let k = at - 1; k >= 0 && input.sentenceOf[k] === s && at - k <= 6; k--) {
    const low = input.tk[k]!.low;
    if (low !== 'until' && low !== 'till' && low !== 'to') continue;
    if (putOffBefore(input.tk, input.sentenceOf, k)) return true;
    let v = k - 1;
    if (input.tk[v]?.low === 'back' || input.tk[v]?.low === 'off' || input.tk[v]?.low === 'forward') v--;
    // "moved to new offices on Friday" moves a place, not the day
    if (k === at - 1 && MOVED.has(input.tk[v]?.low ?? '')) return true;
    return PUT_OFF.has(input.tk[v]?.low ?? '');
  }
  return false;
}

/** How far back from a weekday its modal may stand ("would reopen to traffic on Thursday"). */
const MODAL_REACH = 12;

/**
 * "said the bridge would reopen on Thursday": a plan reported in the past looks ahead from when it was
 * said, so its weekday is not the one just gone. The index of the modal, or -1.
 */
export function reportedModal(input: PlanInput, at: number): number {
  const s = input.sentenceOf[at];
  for (let k = at - 1; k >= 0 && input.sentenceOf[k] === s && at - k <= MODAL_REACH; k--) {
    const t = input.tk[k]!;
    if (t.raw === ';' || t.raw === '"' || t.raw === '“' || t.raw === '”' || t.low === 'said' || t.low === 'told') return -1;
    if (t.low === 'would' && input.tk[k + 1]?.low !== 'have') return k;
  }
  return -1;
}

/**
 * When the sentence says its words were spoken ("said on Tuesday that ...", "said in March that ..."): the
 * first day of a date read before the modal, or null.
 */
export function speechDay(before: DateMention[], input: PlanInput, modal: number, daysOnly = true): number | null {
  // "said on Monday that councillors who voted on Dec. 17 would meet on Thursday": the day the words were
  // spoken, beside its verb, before any day of the events they report
  return firstDayBefore(before, input, modal, daysOnly, true) ?? firstDayBefore(before, input, modal, daysOnly, false);
}

/** Verbs of speech whose day a date beside them gives ("said on Monday", "told reporters on Tuesday"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'wrote', 'announced', 'confirmed', 'warned', 'added', 'stated', 'insisted']);
/** How far after its verb of speech the day it was said may stand ("told the council on Monday"). */
const SPOKEN_ON_REACH = 4;

/** The date gives the day of a verb of speech right before or after it. */
function spokenOn(d: DateMention, input: PlanInput): boolean {
  const s = input.sentenceOf[d.firstToken];
  for (let k = d.firstToken - 1; k >= 0 && d.firstToken - k <= SPOKEN_ON_REACH && input.sentenceOf[k] === s; k--) {
    if (SPEECH_VERBS.has(input.tk[k]!.low)) return true;
  }
  return SPEECH_VERBS.has(input.tk[d.nextToken]?.low ?? '') && input.sentenceOf[d.nextToken] === s;
}

/** How many dates back the day of speech is looked for (a sentence of thousands of figures stays linear). */
const SPEECH_DAYS_BACK = 12;

function firstDayBefore(before: DateMention[], input: PlanInput, modal: number, daysOnly: boolean, spokenOnly: boolean): number | null {
  const s = input.sentenceOf[modal];
  for (let i = before.length - 1; i >= 0 && before.length - i <= SPEECH_DAYS_BACK; i--) {
    const d = before[i]!;
    if (input.sentenceOf[d.firstToken] !== s) break;
    if (d.firstToken >= modal || (daysOnly && d.grain !== 'day') || d.parts.length > 0 || (spokenOnly && !spokenOn(d, input))) continue;
    const v = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d.value);
    if (v) return dayNumber(Number(v[1]), Number(v[2]), v[3] ? Number(v[3]) : 1);
  }
  return null;
}

/**
 * "said in March that the mine would reopen in June", "asked whether it would close by Christmas": a date
 * without a year in a reported plan is the first one after the words were spoken (else after publication).
 */
export function reportedPlan(m: DateMention, input: PlanInput, before: DateMention[]): DateMention | null {
  if (input.ref === null) return null;
  const lone = m.parts.length === 1 ? m.parts[0]!.date : m.parts.length === 0 ? m : null;
  if (!lone || !lone.inferredYear) return null;
  const modal = reportedModal(input, m.firstToken);
  const decided = modal >= 0 ? modal : decidedTo(input, m.firstToken);
  const spoken = decided >= 0 ? decided : reportedDeadline(input, m);
  if (spoken < 0) return null;
  const from = speechDay(before, input, spoken, false) ?? input.ref;
  let value: string | null = null;
  const feast = placeHoliday(lone.text, 'future', from);
  if (feast !== null) value = isoDay(feast);
  else {
    for (const delta of [-1, 0, 1]) {
      const v = shiftYears(lone.value, delta);
      const start = v && /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v);
      if (start && dayNumber(Number(start[1]), Number(start[2]), start[3] ? Number(start[3]) : 1) >= from) {
        value = v;
        break;
      }
    }
  }
  if (value === null || value === lone.value) return value === null ? null : m;
  const read = { ...lone, value, yearNote: 'the first one after the words were spoken' };
  return m.parts.length === 1 ? { ...m, parts: [{ role: m.parts[0]!.role, date: read }], yearNote: read.yearNote } : read;
}

/** Verbs that report words or a decision, whose clause after "that" may set a deadline. */
const REPORTING_THAT = new Set(['said', 'says', 'wrote', 'told', 'warned', 'announced', 'confirmed', 'ruled', 'ordered', 'decided', 'agreed', 'insisted', 'stressed', 'stated']);
/** How far back from the deadline the "that" may stand, and how far before "that" its verb. */
const THAT_REACH = 20;
const VERB_BEFORE_THAT = 8;

/** A deadline: "by March", "by the end of March", "no later than June 30". */
function deadline(input: PlanInput, m: DateMention): boolean {
  if (m.parts.length === 1) return m.parts[0]!.role === 'by';
  const t = input.tk;
  return t[m.firstToken - 1]?.low === 'by' || (t[m.firstToken - 1]?.low === 'the' && t[m.firstToken - 2]?.low === 'by');
}

/**
 * "wrote on 22 May that the grant depended on a safety plan by the end of August": a deadline reported in a
 * clause after a verb of speech or decision is still ahead when the words are spoken, unless the clause
 * says it was met ("had finished by March"). The index of the "that" opening the clause, or -1.
 */
export function reportedDeadline(input: PlanInput, m: DateMention): number {
  if (!deadline(input, m)) return -1;
  const s = input.sentenceOf[m.firstToken];
  for (let k = m.firstToken - 1; k >= 0 && input.sentenceOf[k] === s && m.firstToken - k <= THAT_REACH; k--) {
    const low = input.tk[k]!.low;
    if (low === 'had' || low === ';') return -1;
    if (low !== 'that') continue;
    for (let v = k - 1; v >= 0 && input.sentenceOf[v] === s && k - v <= VERB_BEFORE_THAT; v--) if (REPORTING_THAT.has(input.tk[v]!.low)) return k;
    return -1;
  }
  return -1;
}

/**
 * Verbs of a decision or a promise whose "to" clause is what will be done, and verbs that set someone a task
 * ("hired a firm to audit the pipes by June", "ordered the insurer to pay by March"): the task lies ahead of them.
 */
const DECIDING = new Set(['voted', 'decided', 'resolved', 'promised', 'pledged', 'vowed', 'opted', 'hired', 'ordered', 'instructed',
  'commissioned', 'appointed', 'engaged', 'asked', 'urged', 'required', 'directed', 'contracted']);
/** Words after "to" that make it a preposition ("agreed to a new deal", "voted to the board"), not an infinitive. */
const NOT_A_VERB = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'some', 'any',
  'all', 'each', 'every', 'no', 'new', 'terms', 'it', 'them', 'him', 'me', 'us']);
/** Words that open a date starting or bounding a plan. */
const PLAN_BOUNDS = new Set(['from', 'by', 'until', 'till', 'starting', 'beginning', 'effective']);
/** How many words (a tally, a day) may stand between the verb and its "to" ("voted 9-4 on Tuesday to"). */
const DECIDING_REACH = 6;

/**
 * "the council voted on Tuesday to raise rates from July", "ministers decided in March to close it by June": what was
 * decided lies ahead of the decision, so its date is the first one after it, as with a reported "would".
 * The index of the "to", or -1. A past verb after the "to" ("agreed to pay for damage that began in March")
 * dates its own event, so the date is then no plan.
 */
export function decidedTo(input: PlanInput, at: number): number {
  // "decided to speak out on Monday" may well have spoken on Monday: only a date that starts or bounds what
  // was decided ("from July", "by June", "until March") is sure to lie after the decision
  const lead = input.tk[at - 1]?.low === 'the' ? input.tk[at - 2]?.low : input.tk[at - 1]?.low;
  // the bound may open the mention itself ("by June" read as one date)
  if (!PLAN_BOUNDS.has(lead ?? '') && !PLAN_BOUNDS.has(input.tk[at]?.low ?? '')) return -1;
  const s = input.sentenceOf[at];
  for (let k = at - 1; k >= 0 && input.sentenceOf[k] === s && at - k <= MODAL_REACH; k--) {
    const t = input.tk[k]!;
    if (t.raw === ';' || t.raw === '"' || t.raw === '“' || t.raw === '”' || t.low === 'said' || t.low === 'told') return -1;
    if (k > 0 && cueOf(input.tk, k) === 'past' && !DECIDING.has(t.low)) return -1;
    if (t.low !== 'to' || input.tk[k + 1]?.kind !== 'word' || NOT_A_VERB.has(input.tk[k + 1]!.low)) continue;
    for (let v = k - 1; v >= 0 && input.sentenceOf[v] === s && k - v <= DECIDING_REACH; v--) if (DECIDING.has(input.tk[v]!.low)) return k;
    return -1;
  }
  return -1;
}
