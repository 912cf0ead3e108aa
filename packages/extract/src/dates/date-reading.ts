import type { Token } from '../text/tokenize.ts';
import { dayNumber, isoDay, weekday } from './calendar.ts';
import { fiscalYears } from './fiscal-years.ts';
import { WEEKDAYS } from './lexicon.ts';
import type { DateMention } from './recognize-dates.ts';
import { cueOf, type Tense } from './tense.ts';

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
}

/** Phrases that place something only loosely in time: recorded as optional at most, so not emitted. */
const LOOSE_LEADS = /^(?:this|the past|past|the last|over the|in the past|so far this|earlier this|later this|the end of (?:the|this)|end of (?:the|this))\s/i;
const LOOSE_UNITS = /\b(?:week|weeks|weekend|weekends|month|year|decade|fortnight)(?:['’]s)?$/i;
const SUB_DAY = /\b(?:seconds?|minutes?|hours?|tonight|night|morning|afternoon|evening)\b/i;
const NAMED_DAY = /\b(?:yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;
const ORDINAL_ONLY = /^(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const NUMERIC_NO_YEAR = /^\d{1,2}\s*[/.]\s*\d{1,2}$/;

/** Why a mention is not a date fact, or null when it is one. */
export function looseDateReason(m: DateMention, input: DateReadingInput): string | null {
  const t = m.text.trim();
  if (/\b(?:ago|earlier|later|back)$/i.test(t)) return 'counted back from the story, not a date it names';
  if (m.grain === 'week' || m.grain === 'weekend' || /\bweek(?:end)?s?\b/i.test(t) && !/\d/.test(t)) return 'a week is finer than a date the story fixes';
  if (LOOSE_LEADS.test(t) && LOOSE_UNITS.test(t)) return 'the current period, loosely';
  if (/\bcentur(?:y|ies)\b/i.test(t)) return 'an era, not a date';
  // "the next year, the group released ...": in a story told in the past, counted from an event of the
  // story, not from the publication day ("the next quarter" of a plan still looks ahead)
  if (ANAPHORIC_PERIOD.test(t) && (/^the\s/i.test(t) || input.tk[m.firstToken - 1]?.low === 'the') && toldInThePast(input, m)) return 'counted from an event of the story, not a date it names';
  if (isAge(m, input.tk)) return "a person's age, not a decade";
  if (genericHoliday(m, input.tk)) return 'a holiday as a kind of thing, not a day';
  if (WEEKDAY_ABBREVIATION.test(t) && isCapitalBefore(input.tk, m.firstToken)) return 'part of a name';
  if (/\b(?:quarter|half)\b/i.test(t) && !/\d/.test(t) && inGameReport(input, m.firstToken)) return 'a part of a game, not of a year';
  if (m.grain === 'century' || m.grain === 'decade' && /\b(?:next|last|this|past|coming)\b/i.test(t)) return 'an era, not a date';
  if (/^to date$/i.test(t)) return 'an era, not a date';
  if (/\b(?:spring|summer|autumn|fall|winter)\b/i.test(t) && !/\d/.test(t)) return 'a season without a year';
  // "the second quarter": an ordinal, not a unit of time
  if (SUB_DAY.test(t) && !/\d/.test(t) && !NAMED_DAY.test(t) && !/\b(?:quarter|half)\b/i.test(t)) return 'a time of day or a duration';
  if (ORDINAL_ONLY.test(t)) return 'an ordinal without a month';
  if (NUMERIC_NO_YEAR.test(t) && m.inferredYear) return 'digits without a year read as a fraction or score';
  if (/^\d{1,4}(?:\s*ad)?$/i.test(t) && /^\d{4}$/.test(m.value) && Number(m.value) < 1500 && !/\bA\.?D\.?$/.test(t)) return 'a small number, not a year';
  // "USA Today", "Good Morning America Today": a capital inside a name, not the day
  if (/^today$/.test(t.toLowerCase()) && t[0] === 'T' && isCapitalBefore(input.tk, m.firstToken)) return 'part of a name';
  return null;
}

const ANAPHORIC_PERIOD = /^(?:the\s+)?(?:next|following|previous)\s+(?:day|week|month|year|quarter|season|spring|summer|autumn|fall|winter)$/i;

/** The mention's sentence is a statement with a past-tense cue (not a question). */
function toldInThePast(input: DateReadingInput, m: DateMention): boolean {
  if (sentenceTense(input.tk, input.sentenceOf, m.firstToken) !== 'past') return false;
  const s = input.sentenceOf[m.firstToken];
  let k = m.nextToken;
  while (k < input.tk.length && input.sentenceOf[k] === s && k < m.nextToken + 200) k++;
  return input.tk[k - 1]?.raw !== '?';
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']);

/** "in her 80s", "in their mid-50s": a two-digit decade after a possessive is an age. */
function isAge(m: DateMention, tk: Token[]): boolean {
  if (m.grain !== 'decade' && !/\d0s$/.test(m.text)) return false;
  if (!/^(?:(?:early|mid|late)[\s-]*)?'?\d0\s*s$/i.test(m.text.trim())) return false;
  const prev = tk[m.firstToken - 1];
  return prev !== undefined && POSSESSIVES.has(prev.low);
}

/** Words after a holiday's name that make it a kind of thing ("Christmas cards", "Easter eggs"), not the day. */
const HOLIDAY_THINGS = /^(?:cards?|trees?|gifts?|presents?|lights?|decorations?|carols?|songs?|music|movies?|films?|specials?|sweaters?|shopping|markets?|eggs?|bunny|spirit|cheer|dinners?|lunch|parties|party|cookies|candy|costumes?|themed|stockings?|ornaments?|wish|list|lists|tradition|traditions|story|stories|album|episode)$/;

function genericHoliday(m: DateMention, tk: Token[]): boolean {
  if (!m.inferredYear) return false;
  const after = tk[m.nextToken];
  return after !== undefined && after.kind === 'word' && after.gap === 1 && after.raw === after.low && HOLIDAY_THINGS.test(after.low)
    && /\b(?:christmas|easter|halloween|thanksgiving|valentine|hanukkah|new year)/i.test(m.text);
}

/** "Sun", "Sat", "Wed" alone: weekdays only when a date or a time goes with them, not after a capitalized word. */
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** Words of a game being reported: its quarters and halves are periods of play, not of the year. */
const GAME_WORDS = new Set(['halftime', 'touchdown', 'touchdowns', 'inning', 'innings', 'overtime', 'quarterback', 'rebounds', 'assists',
  'goal', 'goals', 'scored', 'scoring', 'scores', 'kickoff', 'whistle', 'interception', 'fumble', 'penalty', 'penalties', 'possession',
  'yards', 'yard', 'points', 'buzzer', 'striker', 'pitch', 'tackle', 'score', 'led', 'trailed', 'leads', 'trailing']);
/** Words that make "points" a measure of markets rather than of a game. */
const MARKET_POINTS = new Set(['basis', 'percentage', 'index', 'dow', 'nasdaq', 'shares', 'stocks']);

/** The sentence reports a game: a score written "24-17", or words of play. */
function inGameReport(input: DateReadingInput, at: number): boolean {
  const { tk, sentenceOf } = input;
  const s = sentenceOf[at];
  let from = at;
  while (from > 0 && sentenceOf[from - 1] === s && at - from < 60) from--;
  let game = false;
  for (let k = from; k < tk.length && sentenceOf[k] === s && k - at < 60; k++) {
    const t = tk[k]!;
    if (MARKET_POINTS.has(t.low)) return false;
    // a score: two small numbers joined by a dash with no spaces ("38-10")
    if (t.kind === 'num' && tk[k + 1]?.raw === '-' && tk[k + 1]!.gap === 0 && tk[k + 2]?.kind === 'num' && tk[k + 2]!.gap === 0 && t.raw.length <= 3 && tk[k + 2]!.raw.length <= 3) game = true;
    if (t.kind === 'word' && GAME_WORDS.has(t.low)) game = true;
  }
  return game;
}

function isCapitalBefore(tk: Token[], first: number): boolean {
  const p = tk[first - 1];
  return p !== undefined && p.kind === 'word' && p.gap <= 1 && p.raw[0] !== p.low[0];
}

/** Irregular past forms the tense cues leave out (they are read only around dates, so a rare noun reading costs little). */
const IRREGULAR_PAST = new Set(['spent', 'broke', 'beat', 'fled', 'hung', 'lit', 'rode', 'sang', 'sat', 'slept', 'spun', 'stole', 'stuck',
  'swam', 'swept', 'tore', 'wept', 'lent', 'bent', 'dealt', 'fed', 'knelt', 'shook', 'struck', 'swung', 'unveiled', 'dropped', 'closed', 'opened']);

/** Present-tense verbs of scheduled events: "the show opens on Friday", "the teams play Saturday", "launch day is Tuesday". */
const SCHEDULED = new Set(['is', 'are', 'opens', 'open', 'play', 'plays', 'starts', 'start', 'begins', 'begin', 'ends', 'end', 'runs', 'closes',
  'launches', 'goes', 'returns', 'meet', 'meets', 'face', 'faces', 'host', 'hosts', 'visit', 'visits', 'kicks', 'airs', 'arrives', 'resumes', 'takes']);

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one']);

/**
 * The tense cue of one token: "says" reports what was said, like "said"; a cue word after a determiner
 * is a noun ("give it a shot", "the lead"); "come" before a date looks ahead ("come January").
 */
function cueAt(tk: Token[], k: number): Tense | null {
  const w = tk[k]!.low;
  if (w === 'says' || w === 'say') return 'past';
  if (w === 'come' && (k === 0 || tk[k]!.raw[0] === 'C')) return 'future';
  if (IRREGULAR_PAST.has(w)) return 'past';
  const c = cueOf(tk, k);
  if (c === 'past' && DETERMINERS.has(tk[k - 1]?.low ?? '')) return null;
  return c;
}

/** The tense cue nearest to a token within its sentence. */
export function sentenceTense(tk: Token[], sentenceOf: Int32Array, at: number): Tense | null {
  const s = sentenceOf[at];
  let best: Tense | null = null;
  let dist = Infinity;
  for (let k = at - 1; k >= 0 && sentenceOf[k] === s && at - k < 60; k--) {
    const c = cueAt(tk, k);
    if (c && at - k < dist) {
      best = c;
      dist = at - k;
      break;
    }
  }
  for (let k = at + 1; k < tk.length && sentenceOf[k] === s && k - at < 60; k++) {
    const c = cueAt(tk, k);
    if (c) {
      if (k - at < dist) best = c;
      break;
    }
  }
  return best;
}

const BARE_WEEKDAY = /^(?:(?:on|later on|earlier on)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

function scheduledBefore(input: DateReadingInput, at: number): boolean {
  const s = input.sentenceOf[at];
  for (let k = at - 1; k >= 0 && input.sentenceOf[k] === s && at - k < 12; k--) if (SCHEDULED.has(input.tk[k]!.low)) return true;
  return false;
}

/**
 * A bare weekday is the publication day itself when it names that day ("later on Wednesday" in a
 * Wednesday story); otherwise the coming one when the sentence looks ahead or schedules something in
 * the present ("the show opens on Friday", "launch day is Tuesday"), else the most recent one: news
 * is reported.
 */
function weekdayReading(m: DateMention, input: DateReadingInput): string | null {
  const match = BARE_WEEKDAY.exec(m.text.trim());
  if (!match || input.ref === null) return null;
  const wd = WEEKDAYS[match[1]!.toLowerCase() + 'day'];
  if (wd === undefined) return null;
  const ref = input.ref;
  const back = (weekday(ref) - wd + 7) % 7;
  if (back === 0) return isoDay(ref);
  const tense = sentenceTense(input.tk, input.sentenceOf, m.firstToken);
  if (tense === 'past') return isoDay(ref - back);
  if (tense === 'future' || scheduledBefore(input, m.firstToken)) return isoDay(ref + 7 - back);
  return isoDay(ref - back);
}

/**
 * A month, or a month and day, written without a year: the one nearest to the publication date on the
 * side the sentence's tense points to, either side when it has no cue ("come November 19" the day after
 * publication; "on sale in late January" written in November).
 */
function yearlessReading(m: DateMention, input: DateReadingInput): { value: string; why: string } | null {
  if (!m.inferredYear || input.ref === null || m.parts.length > 0) return null;
  const v = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(m.value);
  if (!v) return null;
  // "as of March 20": a status as reported on a day already passed
  const asOf = input.tk[m.firstToken - 1]?.low === 'of' && input.tk[m.firstToken - 2]?.low === 'as';
  const tense = asOf ? 'past' : sentenceTense(input.tk, input.sentenceOf, m.firstToken);
  const y = Number(v[1]);
  const mo = Number(v[2]);
  const d = v[3] ? Number(v[3]) : null;
  let best: { y: number; dist: number } | null = null;
  for (const cy of [y - 1, y, y + 1]) {
    const from = dayNumber(cy, mo, d ?? 1);
    const to = d ? from : dayNumber(cy, mo, 28);
    const dist = input.ref < from ? from - input.ref : input.ref > to ? input.ref - to : 0;
    if ((tense === 'past' && from > input.ref) || (tense === 'future' && to < input.ref)) continue;
    if (!best || dist < best.dist) best = { y: cy, dist };
  }
  if (!best || best.y === y) return null;
  const why = tense === 'past' ? 'the most recent one (past tense)' : tense === 'future' ? 'the coming one (future tense)' : 'the nearest one (no tense in its sentence)';
  return { value: `${best.y}-${v[2]}${v[3] ? `-${v[3]}` : ''}`, why };
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
export function readDates(mentions: DateMention[], input: DateReadingInput, keepLoose = false): DateMention[] {
  const fiscal = fiscalYears(input.text, input.tk);
  const out: DateMention[] = [...fiscal];
  for (let m of mentions) {
    if (fiscal.some((f) => f.start < m.end && m.start < f.end)) continue;
    if (m.qualifier === 'url' || m.qualifier === 'vague') continue;
    if (m.parts.length === 0 && !keepLoose && looseDateReason(m, input)) continue;
    if (m.parts.length > 0 && !keepLoose) {
      const parts = m.parts.filter((p) => !looseDateReason(p.date, input));
      if (parts.length === 0) continue;
      m = { ...m, parts };
    }
    const span = spanReading(m);
    if (span) {
      out.push(span);
      continue;
    }
    const wd = weekdayReading(m, input);
    if (wd) {
      out.push({ ...m, value: wd, from: wd, relative: true });
      continue;
    }
    const yearless = yearlessReading(m, input);
    out.push(yearless ? { ...m, value: yearless.value, yearNote: yearless.why } : m);
  }
  out.sort((x, y) => x.start - y.start);
  return anchorYearlessRuns(out, input);
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
    if (!v || d.inferredYear || d.relative) continue;
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
