import type { Token } from '../text/tokenize.ts';
import { dayNumber, isoDay, weekday } from './calendar.ts';
import { WEEKDAYS } from './lexicon.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * "the previous November", "the following Tuesday": counted from the date the story has just given, not
 * from the publication day. "A meeting on 12 February 2024 ... complaints since the previous November" is
 * November 2023; "delivered by 11 September, and the hearing resumes the following Tuesday" is the Tuesday
 * after 11 September. With no such date close before, the recognizer's reading stands.
 */

export interface CountedInput {
  tk: Token[];
  sentenceOf: Int32Array;
}

const BACK = new Set(['previous', 'preceding']);
const FORWARD = new Set(['following']);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/** How many dates back the date counted from is looked for (a sentence of thousands of figures stays linear). */
const DATES_BACK = 12;
/** How many sentences back the date counted from may stand for a month, and for a weekday (its own sentence only). */
const MONTH_SENTENCES_BACK = 1;

/** The direction word before "the ... <mention>" ("the previous November"), or null. */
function direction(m: DateMention, tk: Token[]): 'back' | 'forward' | null {
  const text = m.text.trim().toLowerCase();
  const inside = text.split(/\s+/)[0] ?? '';
  const word = BACK.has(inside) || FORWARD.has(inside) ? inside : tk[m.firstToken - 1]?.low ?? '';
  const thePos = word === inside ? m.firstToken - 1 : m.firstToken - 2;
  if (tk[thePos]?.low !== 'the') return null;
  return BACK.has(word) ? 'back' : FORWARD.has(word) ? 'forward' : null;
}

/** The latest date before the mention, within `sentencesBack`, whose value `pattern` accepts (and, for `written`, with its year written). */
function dateBefore(m: DateMention, before: DateMention[], input: CountedInput, pattern: RegExp, sentencesBack: number, written: boolean): RegExpExecArray | null {
  const s = input.sentenceOf[m.firstToken]!;
  for (let i = before.length - 1; i >= 0 && before.length - i <= DATES_BACK; i--) {
    const whole = before[i]!;
    if (whole.firstToken >= m.firstToken || whole.parts.length > 1) continue;
    if (input.sentenceOf[whole.firstToken]! < s - sentencesBack) break;
    // "by 11 September": the day inside a bound counts like one alone
    const d = whole.parts.length === 1 ? whole.parts[0]!.date : whole;
    if (written && (d.inferredYear || d.relative)) continue;
    const v = pattern.exec(d.value);
    if (v) return v;
  }
  return null;
}

/** A month "the previous" or "the following" one after a date the story wrote with its year. */
function countedMonth(m: DateMention, before: DateMention[], input: CountedInput): DateMention | null {
  const v = /^(\d{4})-(\d{2})$/.exec(m.value);
  if (!v || !m.inferredYear || m.parts.length > 0) return null;
  const dir = direction(m, input.tk);
  const a = dir && dateBefore(m, before, input, MONTH_OR_DAY, MONTH_SENTENCES_BACK, true);
  if (!dir || !a) return null;
  const anchor = Number(a[1]) * 12 + Number(a[2]) - 1;
  const month = Number(v[2]) - 1;
  let y = Number(a[1]);
  if (dir === 'back' && y * 12 + month >= anchor) y--;
  if (dir === 'forward' && y * 12 + month <= anchor) y++;
  const value = `${y}-${v[2]}`;
  return { ...m, value, yearNote: `counted from the date the story gave before it (${dir === 'back' ? 'the one before' : 'the one after'})` };
}

const WEEKDAY_WORD = /(mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** A weekday "the following" or "the previous" one after a day given earlier in its sentence. */
function countedWeekday(m: DateMention, before: DateMention[], input: CountedInput): DateMention | null {
  const w = WEEKDAY_WORD.exec(m.text.trim());
  if (!w || m.parts.length > 0 || !DAY.test(m.value)) return null;
  const dir = direction(m, input.tk);
  const a = dir && dateBefore(m, before, input, DAY, 0, false);
  if (!dir || !a) return null;
  const from = dayNumber(Number(a[1]), Number(a[2]), Number(a[3]));
  const wd = WEEKDAYS[w[1]!.toLowerCase() + 'day']!;
  const n = dir === 'forward' ? from + (((wd - weekday(from) + 7) % 7) || 7) : from - (((weekday(from) - wd + 7) % 7) || 7);
  const value = isoDay(n);
  return { ...m, value, from: value, yearNote: 'counted from the day its sentence gave before it' };
}

/** The mention counted from a date the story gave just before it, or null. */
export function countedFromStoryDate(m: DateMention, before: DateMention[], input: CountedInput): DateMention | null {
  return countedMonth(m, before, input) ?? countedWeekday(m, before, input);
}
