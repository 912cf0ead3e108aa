import type { Token } from '../text/tokenize.ts';
import { dayNumber, isoDay } from './calendar.ts';
import { placeHoliday } from './holidays.ts';
import type { DateMention } from './recognize-dates.ts';
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

/** Verbs that put something off to a later day. */
const PUT_OFF = new Set(['adjourned', 'postponed', 'delayed', 'deferred', 'rescheduled', 'pushed', 'put']);

/** "adjourned until 2pm on Monday", "postponed to Friday": the weekday a thing is put off to is still ahead. */
export function putOffUntil(input: PlanInput, at: number): boolean {
  const s = input.sentenceOf[at];
  for (let k = at - 1; k >= 0 && input.sentenceOf[k] === s && at - k <= 6; k--) {
    const low = input.tk[k]!.low;
    if (low !== 'until' && low !== 'till' && low !== 'to') continue;
    let v = k - 1;
    if (input.tk[v]?.low === 'back' || input.tk[v]?.low === 'off') v--;
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
  const s = input.sentenceOf[modal];
  for (let i = before.length - 1; i >= 0; i--) {
    const d = before[i]!;
    if (input.sentenceOf[d.firstToken] !== s) break;
    if (d.firstToken >= modal || (daysOnly && d.grain !== 'day') || d.parts.length > 0) continue;
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
  if (modal < 0) return null;
  const from = speechDay(before, input, modal, false) ?? input.ref;
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
