import type { Token } from '../text/tokenize.ts';
import { dayNumber, isoDay, weekday } from './calendar.ts';
import { fiscalYears } from './fiscal-years.ts';
import { WEEKDAYS } from './lexicon.ts';
import type { DateMention } from './recognize-dates.ts';
import { looseDateReason } from './loose-dates.ts';
import { joinMonthPairs } from './month-pairs.ts';
import { samePeriods } from './same-period.ts';
import { sentenceTense } from './tense.ts';
import { placeYearless } from './yearless.ts';
import { anchoredYearless, anchorOf, countedFromAnchor, type StoryAnchor } from './story-anchor.ts';
import { countedFromStoryDate } from './previous-following.ts';
import { besideComingDay } from './sibling-days.ts';
import { decidedTo, putOffUntil, reportedModal, reportedPlan, speechDay } from './reported-plans.ts';
import { listedDaysFollow, yearsAfterDates } from './years-after-dates.ts';

/**
 * A second reading of the date mentions with the whole sentence in view: which mentions are dates a
 * researcher would record, and which way a weekday or a date without a year points when the sentence
 * gives no past-tense cue. The recognizers read a few tokens at a time; these rules need the sentence.
 */

export interface DateReadingInput {
  text: string;
  tk: Token[];
  sentenceOf: Int32Array;
  /** Reference day number (publication date), or null. */
  ref: number | null;
  /** The page's language tag ("en-IN"), which tells when its financial year starts. */
  locale?: string | null;
}

/** Present-tense verbs of scheduled events: "the show opens on Friday", "the teams play Saturday", "launch day is Tuesday". */
const SCHEDULED = new Set(['is', 'are', 'opens', 'open', 'play', 'plays', 'starts', 'start', 'begins', 'begin', 'ends', 'end', 'runs', 'closes',
  'launches', 'goes', 'returns', 'meet', 'meets', 'face', 'faces', 'host', 'hosts', 'visit', 'visits', 'kicks', 'airs', 'arrives', 'resumes', 'takes',
  'resume', 'reopen', 'reopens', 'restart', 'restarts', 'close', 'go', 'return', 'launch', 'arrive', 'depart', 'departs', 'sit', 'sits',
  'convene', 'convenes', 'reconvene', 'reconvenes', 'kick', 'head', 'heads', 'travel', 'travels', 'fly', 'flies', 'land', 'lands',
  'stay', 'stays', 'remain', 'remains']);

/** Bounds that set a deadline or a start, read like a weekday alone; "after" and "since" keep the recognizer's reading. */
const FORWARD_BOUNDS = new Set(['by', 'until', 'before', 'from']);

const BARE_WEEKDAY = /^(?:(?:on|later on|earlier on)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** How far after a weekday that opens its sentence a timetable verb may stand ("Monday: the talks resume"). */
const SCHEDULED_AFTER_REACH = 6;

/** "Monday: the talks resume in Geneva", "On Friday, the fair opens": a weekday opening a sentence about a timetable. */
function scheduledAfter(input: DateReadingInput, first: number, next: number): boolean {
  const s = input.sentenceOf[first];
  const opens = first === 0 || input.sentenceOf[first - 1] !== s || (input.tk[first - 1]?.low === 'on' && (first === 1 || input.sentenceOf[first - 2] !== s));
  if (!opens) return false;
  for (let k = next; k < input.tk.length && input.sentenceOf[k] === s && k - next < SCHEDULED_AFTER_REACH; k++) {
    const word = input.tk[k]!.low;
    if (word !== 'is' && word !== 'are' && SCHEDULED.has(word) && input.tk[k]!.raw === word && !['the', 'a', 'an', 's'].includes(input.tk[k - 1]?.low ?? '')) return true;
  }
  return false;
}

function scheduledBefore(input: DateReadingInput, at: number): boolean {
  const s = input.sentenceOf[at];
  for (let k = at - 1; k >= 0 && input.sentenceOf[k] === s && at - k < 12; k--) {
    const word = input.tk[k]!.low;
    if (!SCHEDULED.has(word)) continue;
    // "the president's visit", "a host of": after a possessive or an article the word is a noun
    const before = input.tk[k - 1]?.low ?? '';
    if (word !== 'is' && word !== 'are' && (before === 's' || before === 'the' || before === 'a' || before === 'an' || before === 'his' || before === 'her' || before === 'their' || before === 'its')) continue;
    return true;
  }
  return false;
}

/**
 * A bare weekday is the publication day itself when it names that day ("later on Wednesday" in a
 * Wednesday story); otherwise the coming one when the sentence looks ahead or schedules something in
 * the present ("the show opens on Friday", "launch day is Tuesday"), else the most recent one: news
 * is reported.
 */
function weekdayReading(m: DateMention, input: DateReadingInput, before: DateMention[] = []): string | null {
  const match = BARE_WEEKDAY.exec(m.text.trim());
  if (!match || input.ref === null) return null;
  const wd = WEEKDAYS[match[1]!.toLowerCase() + 'day'];
  if (wd === undefined) return null;
  const ref = input.ref;
  const back = (weekday(ref) - wd + 7) % 7;
  if (back === 0) return isoDay(ref);
  const reported = reportedModal(input, m.firstToken);
  const modal = reported >= 0 ? reported : decidedTo(input, m.firstToken);
  if (modal >= 0) {
    // counted from the day the words were said when the sentence gives it, else from the publication day
    const said = speechDay(before, input, modal);
    const from = said ?? ref;
    return isoDay(from + (((wd - weekday(from) + 7) % 7) || 7));
  }
  if (putOffUntil(input, m.firstToken)) return isoDay(ref + 7 - back);
  if (valuedAtClose(input, m)) return isoDay(ref - back);
  const tense = sentenceTense(input.tk, input.sentenceOf, m.firstToken);
  if (tense === 'past') return isoDay(ref - back);
  if (tense === 'future' || scheduledBefore(input, m.firstToken) || scheduledAfter(input, m.firstToken, m.nextToken)) return isoDay(ref + 7 - back);
  return isoDay(ref - back);
}

/** Words of a value set against a market price ("worth", "valued", "a premium to"). */
const VALUING = new Set(['worth', 'valued', 'values', 'valuing', 'value', 'premium', 'discount']);

/**
 * "worth $61.75 a share at Tuesday's closing price", "a 27% premium to Friday's close": a value worked out
 * from a closing price uses one already struck, whatever the tense of the offer around it.
 */
function valuedAtClose(input: DateReadingInput, m: DateMention): boolean {
  const { tk, sentenceOf } = input;
  const apostrophe = tk[m.nextToken];
  if (!apostrophe || (apostrophe.raw !== "'" && apostrophe.raw !== '’') || tk[m.nextToken + 1]?.low !== 's') return false;
  const noun = tk[m.nextToken + 2]?.low;
  if (noun !== 'close' && noun !== 'closing') return false;
  for (let k = m.firstToken - 1; k >= 0 && sentenceOf[k] === sentenceOf[m.firstToken]; k--) if (VALUING.has(tk[k]!.low)) return true;
  return false;
}

const THIS_WEEKDAY = /^this\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * "this Monday" is the Monday of the current week: the one still ahead when announced, the one just gone
 * when the sentence reports ("the shop opened this Monday" in a Wednesday story).
 */
function thisWeekdayReading(m: DateMention, input: DateReadingInput): string | null {
  if (!THIS_WEEKDAY.test(m.text.trim()) || input.ref === null || m.from === null) return null;
  if (m.from <= isoDay(input.ref) || sentenceTense(input.tk, input.sentenceOf, m.firstToken) !== 'past') return null;
  const [y, mo, d] = m.from.split('-').map(Number);
  const ahead = dayNumber(y!, mo!, d!) - input.ref;
  return ahead > 0 && ahead < 7 ? isoDay(input.ref - (7 - ahead)) : null;
}

/** "from 2004 to 2017": one dated fact whose value is the span of the periods written at its ends. */
function spanReading(m: DateMention): DateMention | null {
  if (m.qualifier !== 'range' || m.parts.length !== 2) return null;
  const from = m.parts.find((p) => p.role === 'from');
  const until = m.parts.find((p) => p.role === 'until');
  if (!from || !until) return null;
  return { ...m, value: `${from.date.value}/${until.date.value}`, parts: [], relative: from.date.relative || until.date.relative, inferredYear: from.date.inferredYear || until.date.inferredYear };
}

/**
 * The mentions a researcher would record as dates, each read with its sentence in view. With `keepLoose`
 * the loose periods stay ("last week", "this year"): they still tell which period a figure is about.
 */
export function readDates(mentions0: DateMention[], input: DateReadingInput, keepLoose = false): DateMention[] {
  const mentions = yearsAfterDates(mentions0, input.text, input.tk);
  const fiscal = fiscalYears(input.text, input.tk, { ref: input.ref, locale: input.locale ?? null });
  const out: DateMention[] = [...fiscal];
  let anchor: StoryAnchor | null = null;
  for (let m of mentions) {
    if (fiscal.some((f) => f.start < m.end && m.start < f.end)) continue;
    const prior: StoryAnchor | null = anchor;
    // a date read from the publication day ("on Tuesday", "last month") brings the story back to the present
    anchor = anchorOf(m, input) ?? (m.relative ? null : anchor);
    const counted = countedFromAnchor(m, prior, input);
    if (counted) {
      out.push(counted);
      anchor = prior;
      continue;
    }
    if (m.qualifier === 'url' || m.qualifier === 'vague') continue;
    if (m.parts.length === 0 && !keepLoose && looseDateReason(m, input)) continue;
    if (m.parts.length > 0 && !keepLoose) {
      const parts = m.parts.filter((p) => !looseDateReason(p.date, input));
      if (parts.length === 0) continue;
      m = { ...m, parts };
    }
    const fromStory = countedFromStoryDate(m, out, input);
    if (fromStory) {
      out.push(fromStory);
      continue;
    }
    const plan = reportedPlan(m, input, out);
    m = plan ?? placeYearless(m, input) ?? m;
    m = besideComingDay(m, out, input) ?? m;
    const anchored = anchoredYearless(m, prior, input);
    if (anchored) {
      m = anchored;
      anchor = prior;
    }
    const span = spanReading(m);
    if (span) {
      out.push(span);
      continue;
    }
    const wd = weekdayReading(m, input, out) ?? thisWeekdayReading(m, input);
    if (wd) {
      out.push({ ...m, value: wd, from: wd, relative: true });
      continue;
    }
    // "by Thursday morning", "until Friday": the weekday inside a bound is read like one alone
    const bound = m.parts.length === 1 && FORWARD_BOUNDS.has(m.parts[0]!.role) ? m.parts[0]! : null;
    const bwd = bound && weekdayReading(bound.date, input);
    if (bound && bwd) m = { ...m, parts: [{ role: bound.role, date: { ...bound.date, value: bwd, from: bwd, relative: true } }] };
    out.push(m);
  }
  out.sort((x, y) => x.start - y.start);
  return samePeriods(joinMonthPairs(listedDaysFollow(anchorYearlessRuns(out, input), input.tk), input.text, input.tk), input.text, input.tk, input.sentenceOf);
}

const MONTH_VALUE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Dates without a year in lines with no tense ("June 9 -- Arena, City" in a tour list) take the year
 * the article writes for that month ("kicks off June 9, 2020"), and the dates after them in the same
 * run keep counting forward from it: the story fixes the year, not the distance from the publication day.
 */
function anchorYearlessRuns(dates: DateMention[], input: DateReadingInput): DateMention[] {
  const explicit = new Map<string, Set<string>>();
  for (const d of dates) {
    const v = MONTH_VALUE.exec(d.value);
    // the year written, or one the sentence's tense chose ("will tour from June 9th")
    if (!v || (d.inferredYear ? sentenceTense(input.tk, input.sentenceOf, d.firstToken) === null : d.relative)) continue;
    const years = explicit.get(v[2]!) ?? new Set<string>();
    years.add(v[1]!);
    explicit.set(v[2]!, years);
  }
  if (explicit.size === 0) return dates;
  let run: { year: number; last: string } | null = null;
  return dates.map((d) => {
    const v = MONTH_VALUE.exec(d.value);
    const candidate = v && d.inferredYear && d.parts.length === 0 && sentenceTense(input.tk, input.sentenceOf, d.firstToken) === null;
    if (!v || !candidate) {
      run = null;
      return d;
    }
    const monthDay = `${v[2]}-${v[3] ?? '00'}`;
    let year: number | null = null;
    if (run) year = monthDay >= run.last ? run.year : run.year + 1;
    else {
      const years = explicit.get(v[2]!);
      if (years && years.size === 1) year = Number([...years][0]);
    }
    if (year === null) return d;
    const fromList = run !== null;
    run = { year, last: monthDay };
    const value = `${year}-${v[2]}${v[3] ? `-${v[3]}` : ''}`;
    if (value === d.value) return d;
    return { ...d, value, yearNote: fromList ? 'the year of the dates before it in the same list' : 'the year the article gives that month' };
  });
}
