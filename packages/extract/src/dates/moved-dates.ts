import type { Token } from '../text/tokenize.ts';
import { putOffBefore } from './put-off.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * Dates a thing was moved to or set for, the date it had before, and an event something was timed for: the tense
 * of the report tells when the act was done, not on which side of the report the date falls, so these are read as
 * the nearest such date.
 */

/** Verbs that move a date: the new date may lie on either side of the report, so the nearest one is meant. */
const RESCHEDULING = new Set(['postponed', 'delayed', 'deferred', 'rescheduled', 'adjourned', 'put', 'pushed', 'extended', 'moved', 'brought', 'shifted']);

/** The same verbs in their other forms ("moves its deadline to", "agreed to push the vote back to", "is extending it to"). */
const RESCHEDULING_FORMS = new Set(['postpone', 'postpones', 'postponing', 'delay', 'delays', 'delaying', 'defer', 'defers', 'deferring',
  'reschedule', 'reschedules', 'rescheduling', 'push', 'pushes', 'pushing', 'extend', 'extends', 'extending', 'move', 'moves', 'moving',
  'bring', 'brings', 'bringing', 'shift', 'shifts', 'shifting']);

/** Words of the thing moved between the verb and "to" ("its deadline", "it", "the final vote"). */
const MOVED_THING_WORDS = 4;
const MOVED_THING_LEADS = new Set(['it', 'them', 'its', 'their', 'the', 'this', 'that', 'his', 'her']);

/** A verb of moving a date with the thing moved after it, ending right before token k ("moves its deadline", "move it"). */
function movedThingBefore(tk: Token[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < MOVED_THING_WORDS; j--) {
    const t = tk[j]!;
    if (t.kind !== 'word') return false;
    const verb = tk[j - 1]?.low ?? '';
    if (MOVED_THING_LEADS.has(t.low) && (RESCHEDULING.has(verb) || RESCHEDULING_FORMS.has(verb))) return true;
  }
  return false;
}

/** "was extended to 30 June", "postponed until March", "pushed back to May": the tense of the report does not place the new date. */
export function rescheduledTo(m: DateMention, tk: Token[], sentenceOf: Int32Array): boolean {
  let k = m.firstToken - 1;
  if (putOffBefore(tk, sentenceOf, k)) return true;
  const prep = tk[k]?.low ?? '';
  if (!['to', 'until', 'till', 'for'].includes(prep)) return false;
  k--;
  // "moves its deadline to Feb. 12", "agreed to move it to March": the thing moved stands between verb and "to"
  if (prep === 'to' && movedThingBefore(tk, k)) return true;
  if (tk[k]?.low === 'back' || tk[k]?.low === 'forward' || tk[k]?.low === 'off') k--;
  if (RESCHEDULING.has(tk[k]?.low ?? '') || RESCHEDULING_FORMS.has(tk[k]?.low ?? '') || (prep === 'for' && SETTING.has(tk[k]?.low ?? ''))) return true;
  // "set sentencing for Aug. 19", "scheduled a hearing for May 2", "fixed the record date for March 3"
  return prep === 'for' && settingWithObject(tk, k);
}

/** How many words the thing set may take between the verb and "for". */
const SET_OBJECT_WORDS = 3;

/** A verb of setting a date, then its object, ending at token k ("set sentencing", "scheduled a hearing"). */
function settingWithObject(tk: Token[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < SET_OBJECT_WORDS; j--) {
    const t = tk[j]!;
    if (t.kind !== 'word') return false;
    const verb = tk[j - 1];
    if (verb && SETTING.has(verb.low) && !DETERMINER_BEFORE.has(tk[j - 2]?.low ?? '')) return true;
  }
  return false;
}

/** "the set", "a booked": a setting word after these is a noun or an adjective, not the verb. */
const DETERMINER_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their']);

/** "was listed for 3 December", "was scheduled for May": a date set for something, reported in any tense. */
const SETTING = new Set(['listed', 'scheduled', 'slated', 'fixed', 'set', 'planned', 'earmarked', 'pencilled', 'penciled', 'booked', 'called']);

/**
 * "the deadline, which had been Jan. 15", "the old date had been set for May 2": the day a thing had before it
 * was changed. The pluperfect dates the state before the change, not the day, which may lie on either side.
 */
export function formerDate(m: DateMention, tk: Token[]): boolean {
  let k = m.firstToken - 1;
  if (tk[k]?.low === 'for' && SETTING.has(tk[k - 1]?.low ?? '')) k -= 2;
  return tk[k]?.low === 'been' && tk[k - 1]?.low === 'had';
}

/** How far before a date the words that time something for it may stand ("ahead of the council's vote on"). */
const AHEAD_REACH = 6;
/** Words that time an act for a later event: "ahead of", "in time for", "timed for", "timing it for", "the run-up to". */
const TIMING = new Set(['timed', 'timing', 'time']);

/**
 * "accused the government of timing it for the election on October 24", "cut prices ahead of the sale on May 2":
 * an act timed for an event comes before it, so the past tense of the act does not put the event in the past; the
 * event is the nearest such date.
 */
export function timedForEvent(m: DateMention, tk: Token[], sentenceOf: Int32Array): boolean {
  const s = sentenceOf[m.firstToken];
  for (let k = m.firstToken - 1; k >= 0 && m.firstToken - k <= AHEAD_REACH && sentenceOf[k] === s; k--) {
    const t = tk[k]!;
    if (t.kind === 'punct' && t.raw !== "'" && t.raw !== '’') return false;
    if (t.low === 'of' && tk[k - 1]?.low === 'ahead') return true;
    if (t.low === 'to' && tk[k - 1]?.low === 'up' && tk[k - 2]?.low === 'run') return true;
    if (t.low !== 'for') continue;
    if (tk[k - 1]?.low === 'time' && tk[k - 2]?.low === 'in') return true;
    // "timing it for", "timed the tax cut for": the thing timed stands between
    for (let v = k - 1; v >= 0 && k - v <= MOVED_THING_WORDS && tk[v]!.kind === 'word'; v--) if (TIMING.has(tk[v]!.low)) return true;
    return false;
  }
  return false;
}
