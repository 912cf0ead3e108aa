import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';
import { WEEKDAYS } from './lexicon.ts';

/**
 * Opening hours and timetables: "Mon-Fri 9:00-17:00", "hours: Monday through Friday", "Tuesday to Sunday,
 * 10 a.m. to 6 p.m.". A stretch of weekdays beside hours or an opening word names every such week, not a
 * date of the story; a week named as this, next or last ("Monday to Wednesday next week") is one week.
 */

const LINKS = new Set(['-', '–', '—', 'to', 'through', 'thru', 'until', 'till']);
/** Not "open" alone: "the fair is open Friday to Sunday" is one weekend of an event. */
const SCHEDULE_WORDS = new Set(['hours', 'daily', 'timetable', 'weekly']);
const ONE_WEEK = new Set(['this', 'next', 'last', 'coming', 'past', 'week', 'weekend']);
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'noon', 'midnight']);
const REACH = 8;

const isWeekday = (t: Token | undefined) => !!t && t.kind === 'word' && WEEKDAYS[t.low] !== undefined && !t.low.endsWith('days');

/** The mention is, starts or ends a stretch of weekdays ("Monday through Friday", the "Mon" or the "Fri" of "Mon-Fri"). */
function weekdayStretch(m: DateMention, tk: Token[]): boolean {
  if (!isWeekday(tk[m.firstToken])) return false;
  if (LINKS.has(tk[m.firstToken - 1]?.low ?? '') && isWeekday(tk[m.firstToken - 2])) return true;
  for (let k = m.firstToken + 1; k <= m.nextToken + 1 && k < tk.length - 1; k++) {
    if (LINKS.has(tk[k]!.low) && isWeekday(tk[k + 1])) return true;
  }
  return false;
}

function clockAt(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if (CLOCK_WORDS.has(t.low)) return true;
  if (t.kind !== 'num') return false;
  const next = tk[k + 1];
  // "9:30", "7 a.m.", "10am"
  return (next?.raw === ':' && next.gap === 0 && tk[k + 2]?.kind === 'num') || ['a', 'p', 'am', 'pm'].includes(next?.low ?? '');
}

export function weeklySchedule(m: DateMention, tk: Token[], sentenceOf: Int32Array): boolean {
  if (!weekdayStretch(m, tk)) return false;
  const sentence = sentenceOf[m.firstToken];
  let schedule = false;
  for (let k = Math.max(0, m.firstToken - REACH); k < Math.min(tk.length, m.nextToken + REACH); k++) {
    if (sentenceOf[k] !== sentence) continue;
    const t = tk[k]!;
    // "Monday to Wednesday next week": one week, a date of the story
    if (k >= m.firstToken - 2 && k < m.nextToken + 4 && ONE_WEEK.has(t.low)) return false;
    if (SCHEDULE_WORDS.has(t.low) || clockAt(tk, k)) schedule = true;
  }
  return schedule;
}
