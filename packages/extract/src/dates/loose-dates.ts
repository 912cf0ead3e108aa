import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';
import { sentenceTense } from './tense.ts';
import { recurringDate } from './recurring-dates.ts';
import { weeklySchedule } from './weekly-schedules.ts';

/**
 * Mentions the recognizers read as dates that a researcher would not record: loose periods ("this
 * week"), eras, ages, parts of a game, holidays as kinds of things, names. Each rule reads the mention
 * with its neighbours and sentence.
 */

/** What the rules read: the article's tokens and the sentence of each. */
export interface SentenceView {
  tk: Token[];
  sentenceOf: Int32Array;
}

/** Phrases that place something only loosely in time: recorded as optional at most, so not emitted. */
const LOOSE_LEADS = /^(?:this|the past|past|the last|over the|in the past|so far this|earlier this|later this|the end of (?:the|this)|end of (?:the|this))\s/i;
const LOOSE_UNITS = /\b(?:week|weeks|weekend|weekends|month|year|decade|fortnight)(?:['’]s)?$/i;
const SUB_DAY = /\b(?:seconds?|minutes?|hours?|tonight|night|morning|afternoon|evening)\b/i;
const NAMED_DAY = /\b(?:yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;
const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const ORDINAL_ONLY = /^(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const NUMERIC_NO_YEAR = /^\d{1,2}\s*[/.]\s*\d{1,2}$/;

/** Why a mention is not a date fact, or null when it is one. */
export function looseDateReason(m: DateMention, input: SentenceView): string | null {
  const t = m.text.trim();
  if (/\b(?:ago|earlier|later|back)$/i.test(t)) return 'counted back from the story, not a date it names';
  // "Monday next week", "on Friday last week": the week only says which Monday, and the day is a date
  const weekdayOfWeek = m.grain === 'day' && WEEKDAY_NAME.test(t);
  if (m.grain === 'week' || m.grain === 'weekend' || /\bweek(?:end)?s?\b/i.test(t) && !/\d/.test(t) && !weekdayOfWeek) return 'a week is finer than a date the story fixes';
  if (LOOSE_LEADS.test(t) && LOOSE_UNITS.test(t)) return 'the current period, loosely';
  // "on the first of the month": a day of whichever month the reader is in, often every month
  if (/\bof\s+the\s+month$/i.test(t)) return 'a day of no named month';
  if (/\bcentur(?:y|ies)\b/i.test(t)) return 'an era, not a date';
  // "the next year, the group released ...": in a story told in the past, counted from an event of the
  // story, not from the publication day ("the next quarter" of a plan still looks ahead)
  if (ANAPHORIC_PERIOD.test(t) && (/^the\s/i.test(t) || input.tk[m.firstToken - 1]?.low === 'the') && toldInThePast(input, m)) return 'counted from an event of the story, not a date it names';
  if (isAge(m, input.tk)) return "a person's age, not a decade";
  if (genericHoliday(m, input.tk)) return 'a holiday as a kind of thing, not a day';
  if (namedAttack(m, input.tk)) return 'the name of an attack, not a date the story gives';
  if (genericWeekday(m, input.tk)) return 'a weekday as a kind of thing, not a day';
  if (recurringDate(m, input.tk, input.sentenceOf)) return 'a month or day that recurs, not a date';
  if (weeklySchedule(m, input.tk, input.sentenceOf)) return 'opening hours or a timetable, not a date';
  if (WEEKDAY_ABBREVIATION.test(t) && isCapitalBefore(input.tk, m.firstToken)) return 'part of a name';
  if (/\b(?:quarter|half)\b/i.test(t) && !/\d/.test(t) && inGameReport(input, m.firstToken)) return 'a part of a game, not of a year';
  if (/\b(?:quarter|half)$/i.test(t) && !/\d/.test(t) && partOfSomethingElse(input.tk, m.nextToken)) return 'a part of something other than a year';
  if (m.grain === 'century' || m.grain === 'decade' && /\b(?:next|last|this|past|coming)\b/i.test(t)) return 'an era, not a date';
  if (/^to date$/i.test(t)) return 'an era, not a date';
  if (/^(?:the\s+)?(?:coming|next|following|past|last|previous|recent)\s+(?:few\s+)?(?:days|weeks|months|years|fortnight)$/i.test(t)) return 'a stretch of time, not a date';
  if (/^(?:the\s+)?year[\s-]+to[\s-]+date$/i.test(t)) return 'a stretch of time, not a date';
  // "the 1300s", "the 1800s": hundreds before the last century name a century, an era
  if (m.grain === 'decade' && /\b1[0-8]00['’]?s$/i.test(t)) return 'an era, not a date';
  if (clockTimeAfter(m, input.tk)) return 'a clock time, not a year';
  if (pageStamp(m, input.tk)) return 'a time stamp of the page, not a date of the story';
  if (citationYear(m, input.tk)) return 'the year of a cited work, not a date of the story';
  if (/\b(?:spring|summer|autumn|fall|winter)\b/i.test(t) && !/\d/.test(t)) return 'a season without a year';
  // "the second quarter": an ordinal, not a unit of time
  if (SUB_DAY.test(t) && !/\d/.test(t) && !NAMED_DAY.test(t) && !/\b(?:quarter|half)\b/i.test(t)) return 'a time of day or a duration';
  if (ORDINAL_ONLY.test(t)) return 'an ordinal without a month';
  if (NUMERIC_NO_YEAR.test(t) && m.inferredYear && !dayAfterPreposition(m, input.tk)) return 'digits without a year read as a fraction or score';
  if (/^\d{1,4}(?:\s*ad)?$/i.test(t) && /^\d{4}$/.test(m.value) && Number(m.value) < 1500 && !/\bA\.?D\.?$/.test(t)) return 'a small number, not a year';
  // "USA Today", "Good Morning America Today": a capital inside a name, not the day
  if (/^today$/.test(t.toLowerCase()) && t[0] === 'T' && isCapitalBefore(input.tk, m.firstToken)) return 'part of a name';
  return null;
}

/** Prepositions that put a day after them ("on 2/20", "by 20/6"); a fraction or a score does not follow them. */
const DAY_PREPOSITIONS = new Set(['on', 'by', 'until', 'till', 'since', 'before']);
/** "scheduled for 3/14", "set for 20/6": a plan's day after "for". */
const SCHEDULED_FOR = new Set(['scheduled', 'set', 'slated', 'planned', 'due', 'fixed', 'booked']);

/** "came out on 2/20", "close on 20/6": digits with a slash after a preposition of days, unless a quantity follows ("on 3/4 of the land"). */
function dayAfterPreposition(m: DateMention, tk: Token[]): boolean {
  const before = tk[m.firstToken - 1];
  const after = tk[m.nextToken];
  const scheduledFor = before?.low === 'for' && SCHEDULED_FOR.has(tk[m.firstToken - 2]?.low ?? '');
  if (!before || !(DAY_PREPOSITIONS.has(before.low) || scheduledFor) || !m.text.includes('/')) return false;
  return !after || after.kind !== 'word' || after.raw !== after.low || AFTER_A_DAY.has(after.low);
}

/** Small words that go on after a day ("on 3/14 at noon", "on 2/20 and again"), never after "3/4" of something. */
const AFTER_A_DAY = new Set(['at', 'and', 'or', 'to', 'in', 'after', 'before', 'when', 'with', 'the', 'a', 'for', 'from', 'until', 'as', 'but', 'amid', 'following']);

/** What a quarter or a half may be of and still be one of a year. */
const YEAR_NOUNS = new Set(['year', 'years', 'fiscal', 'financial', 'calendar', 'decade', 'century', 'month', 'fy']);

/** "the first half of the season", "the second quarter of the match": "of" and a noun that is no year follow. */
function partOfSomethingElse(tk: Token[], next: number): boolean {
  if (tk[next]?.low !== 'of') return false;
  let k = next + 1;
  if (['the', 'its', 'their', 'his', 'her', 'this', 'that'].includes(tk[k]?.low ?? '')) k++;
  const noun = tk[k];
  // "revenue for the fourth quarter of between $5 billion and ...", "of about 3%": an amount the period holds
  if (k === next + 1 && AMOUNT_LEADS.has(noun?.low ?? '')) return false;
  return !!noun && noun.kind === 'word' && noun.raw === noun.low && !YEAR_NOUNS.has(noun.low) && MONTH_WORD.test(noun.low) === false;
}

/** Words that open an amount after "of". */
const AMOUNT_LEADS = new Set(['between', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'up', 'at', 'some', 'more', 'less', 'over', 'under']);

const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

const ANAPHORIC_PERIOD = /^(?:the\s+)?(?:next|following|previous)\s+(?:day|week|month|year|quarter|season|spring|summer|autumn|fall|winter)$/i;

/** The mention's sentence is a statement with a past-tense cue (not a question). */
function toldInThePast(input: SentenceView, m: DateMention): boolean {
  if (sentenceTense(input.tk, input.sentenceOf, m.firstToken) !== 'past') return false;
  const s = input.sentenceOf[m.firstToken];
  let k = m.nextToken;
  while (k < input.tk.length && input.sentenceOf[k] === s && k < m.nextToken + 200) k++;
  return input.tk[k - 1]?.raw !== '?';
}

/** "at 1930 hours", "2015 GMT": four digits before a word of clock time are a time of day. */
const CLOCK_WORDS = new Set(['hours', 'hrs', 'gmt', 'utc', 'local', 'zulu', 'ist', 'cet', 'bst', 'est', 'edt', 'pst', 'pdt']);

function clockTimeAfter(m: DateMention, tk: Token[]): boolean {
  if (m.grain !== 'year' || !/^\d{4}$/.test(m.text.trim())) return false;
  const after = tk[m.nextToken];
  return after !== undefined && after.gap === 1 && CLOCK_WORDS.has(after.low);
}

/** The tokens of the line a token sits on, as [first, next). */
function lineOf(tk: Token[], at: number): [number, number] {
  let a = at;
  while (a > 0 && tk[a]!.gap < 2 && at - a < 40) a--;
  let b = at + 1;
  while (b < tk.length && tk[b]!.gap < 2 && b - at < 40) b++;
  return [a, b];
}

/**
 * "Posted: [2018-08-25 15:24]", "Updated 3 May 2019, 10:02": a date with a clock time on a line of its own is
 * the page's stamp, which the cleaner may leave above or below the story.
 */
function pageStamp(m: DateMention, tk: Token[]): boolean {
  if (stampLine(m, tk)) return true;
  let k = m.nextToken;
  if (tk[k]?.raw === ',' || tk[k]?.low === 'at') k++;
  if (tk[k]?.kind !== 'num' || tk[k + 1]?.raw !== ':' || tk[k + 2]?.kind !== 'num' || tk[k + 1]!.gap !== 0) return false;
  const [a, b] = lineOf(tk, m.firstToken);
  if (b - a > 16) return false;
  let words = 0;
  for (let j = a; j < b; j++) if (tk[j]!.kind === 'word' && (j < m.firstToken || j >= m.nextToken)) words++;
  return words <= 4;
}

/** Words that open a line of page furniture stamping when the page went up or changed. */
const STAMP_WORDS = new Set(['updated', 'posted', 'published', 'modified', 'edited', 'reviewed', 'stand', 'aktualisiert', 'veröffentlicht',
  'publié', 'publiée', 'mis', 'publicado', 'actualizado', 'pubblicato', 'aggiornato']);
/** Small words between a stamp word and its date ("published on", "publié le", "mis à jour le", "aktualisiert am"). */
const STAMP_FILLERS = new Set(['on', 'at', 'am', 'pm', 'a', 'p', 'm', 'le', 'la', 'à', 'jour', 'el', 'de', 'um', 'il', 'del']);
/** Labels of lines that link to other stories: their dates are those stories'. */
const LINK_LABELS = new Set(['related', 'read', 'see', 'also', 'more', 'recommended', 'watch', 'listen', 'previously']);

/** Between a stamp word and its date: "on", "at", a clock time, a zone or a weekday, never a word of a sentence. */
function onlyStampBetween(tk: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tk[j]!;
    if (t.kind === 'word' && t.raw === t.low && !STAMP_FILLERS.has(t.low)) return false;
  }
  return true;
}

/** Lower-case words of a line outside the date, besides the small words of a stamp: a sentence has several. */
function proseWords(tk: Token[], a: number, b: number, m: DateMention): number {
  let n = 0;
  for (let j = a; j < b; j++) {
    const t = tk[j]!;
    if ((j < m.firstToken || j >= m.nextToken) && t.kind === 'word' && t.raw === t.low && !STAMP_FILLERS.has(t.low) && !STAMP_WORDS.has(t.low)) n++;
  }
  return n;
}

const STAMP_SEPARATORS = new Set(['/', '|', '•', '·', '-', '–', '—']);

function isClock(tk: Token[], k: number): boolean {
  return tk[k]?.kind === 'num' && (tk[k + 1]?.raw === ':' || tk[k + 1]?.raw === '.') && tk[k + 1]!.gap === 0 && tk[k + 2]?.kind === 'num' && tk[k + 2]!.gap === 0
    && /^\d{2}$/.test(tk[k + 2]!.raw);
}

/**
 * "Posted: 11/12/2019", "Updated 3:45 PM ET, Tue November 12, 2019", "By A. Writer | 12 November 2019": a short
 * line that opens with a stamp word, carries a clock time before the date or set off after it, a reading time,
 * or is a byline ending at a bar is the page's furniture, not a sentence of the story.
 */
function stampLine(m: DateMention, tk: Token[]): boolean {
  const [a, b] = lineOf(tk, m.firstToken);
  if (b - a > 24) return false;
  let words = 0;
  for (let j = a; j < b; j++) if (tk[j]!.kind === 'word' && (j < m.firstToken || j >= m.nextToken)) words++;
  if (words > 8) return false;
  // "First published on", "Last updated:": the stamp word may follow one word
  // "Related: ...", "Read more: ...": a label and a colon open a link to another story
  const colon = [a + 1, a + 2].find((j) => tk[j]?.raw === ':' && j < m.firstToken);
  if (colon !== undefined && [a, a + 1].some((j) => j < colon && LINK_LABELS.has(tk[j]!.low))) return true;
  // "Date: 12 November 2019": a labelled date heading the page
  if (tk[a]!.low === 'date' && tk[a + 1]?.raw === ':' && a + 2 === m.firstToken) return true;
  const lead = [a, a + 1].find((j) => j < m.firstToken && STAMP_WORDS.has(tk[j]!.low));
  if (lead !== undefined && onlyStampBetween(tk, lead + 1, m.firstToken)) return true;
  // a clock time before the date, on a line that is no sentence ("Updated 3:45 PM ET, Tue Nov 12"), not "kicks off at 7.45pm on Friday"
  if (proseWords(tk, a, b, m) === 0) for (let j = a; j < m.firstToken; j++) if (isClock(tk, j)) return true;
  // "Nov. 12, 2019 / 3:45 PM": a clock time set off after the date by a separator of the page
  if (STAMP_SEPARATORS.has(tk[m.nextToken]?.raw ?? '') && isClock(tk, m.nextToken + 1)) return true;
  // "12 November 2019 • 4 min read": the reading time a page prints beside its date
  for (let j = a + 1; j < b; j++) if (tk[j]!.low === 'read' && /^min(?:ute)?s?$/.test(tk[j - 1]!.low)) return true;
  // a byline ends at the bar; a bar between two dates joins a span instead
  return tk[a]!.low === 'by' && tk[m.firstToken - 1]?.raw === '|';
}

/** "Smith et al. (2018).", "... (2018). DOI: ...": the year of a work in a list of references. */
function citationYear(m: DateMention, tk: Token[]): boolean {
  if (m.grain !== 'year' || tk[m.firstToken - 1]?.raw !== '(' || tk[m.nextToken]?.raw !== ')') return false;
  const [a, b] = lineOf(tk, m.firstToken);
  for (let j = a; j < b; j++) {
    const t = tk[j]!;
    if (t.low === 'doi' || (t.low === 'al' && tk[j - 1]?.low === 'et')) return true;
  }
  return false;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']);

const DECADE_AS_AGE = /^(?:(?:early|mid|late)[\s-]*)?(?:'?\d0\s*s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i;
/** What may stand between a possessive and the decade of an age: "her late", "their 40s and". */
const AGE_LINKS = /^(?:early|mid|late|-|and|or|to|s|\d0|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/** "in her 80s", "in their mid-50s", "in his twenties", "their 40s and 50s": a decade after a possessive is an age. */
function isAge(m: DateMention, tk: Token[]): boolean {
  if (!DECADE_AS_AGE.test(m.text.trim())) return false;
  let k = m.firstToken - 1;
  for (const floor = k - 6; k > floor && k >= 0 && AGE_LINKS.test(tk[k]!.low); ) k--;
  return k >= 0 && POSSESSIVES.has(tk[k]!.low);
}

/** Words after a holiday's name that make it a kind of thing ("Christmas cards", "Easter eggs"), not the day. */
const HOLIDAY_THINGS = /^(?:trading|update|shoppers|bonus(?:es)?|menus?|jumpers?|puddings?|adverts?|ads?|campaigns?|hampers?|rush|cards?|trees?|gifts?|presents?|lights?|decorations?|carols?|songs?|music|movies?|films?|specials?|sweaters?|shopping|markets?|eggs?|bunny|spirit|cheer|dinners?|lunch|parties|party|cookies|candy|costumes?|themed|stockings?|ornaments?|wish|list|lists|tradition|traditions|story|stories|album|episode)$/;

function genericHoliday(m: DateMention, tk: Token[]): boolean {
  if (!m.inferredYear) return false;
  const after = tk[m.nextToken];
  return after !== undefined && after.kind === 'word' && after.gap === 1 && after.raw === after.low && HOLIDAY_THINGS.test(after.low)
    && /\b(?:christmas|easter|halloween|thanksgiving|valentine|hanukkah|new year)/i.test(m.text);
}

const INDEFINITE = new Set(['a', 'any']);

/** Nouns of violent events that are named after the day they happened. */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'riot', 'riots', 'insurrection', 'massacre', 'shooting', 'shootings',
  'uprising', 'coup', 'blasts', 'blast', 'killings', 'raid', 'raids']);

/**
 * "the Jan. 6 attack", "the 7/7 bombings": an attack named after its day is a known past event; its name
 * leaves out the year, which is not the current one.
 */
function namedAttack(m: DateMention, tk: Token[]): boolean {
  if (!m.inferredYear || m.grain !== 'day') return false;
  const after = tk[m.nextToken];
  return !!after && after.kind === 'word' && after.gap === 1 && ATTACK_NOUNS.has(after.low);
}

/** Things that happen every such weekday: "end Saturday publication", "the Sunday editions", "Friday prayers". */
const WEEKDAY_THINGS = /^(?:editions?|papers?|newspapers?|publication|print|delivery|deliveries|services?|school|prayers?|mass|markets?|brunch|shifts?|schedules?|hours|classes|sermons?)$/;
/** Words before a weekday that make it a date ("on Saturday delivery resumed", "by Sunday editions were out"). */
const DATING_LEADS = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'this', 'last', 'next', 'before', 'after', 'through', 'coming', 'past', 'early', 'late', 'of']);

/**
 * Slots of a weekly timetable: "its share of Saturday night viewing", "Sunday afternoon racing", "the Friday
 * evening slot" speak of every such weekday, even after "of".
 */
const WEEKLY_SLOTS = new Set(['viewing', 'viewers', 'audiences', 'ratings', 'slot', 'slots', 'programming', 'racing', 'trading', 'shopping', 'traffic', 'television', 'tv', 'radio']);
const DAY_PARTS = /^(?:morning|afternoon|evening|night)$/i;

function weeklySlot(m: DateMention, tk: Token[]): boolean {
  const words = m.text.trim().split(/\s+/);
  if (!/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(words[0] ?? '') || words.length > 2 || (words[1] !== undefined && !DAY_PARTS.test(words[1]))) return false;
  const after = tk[m.nextToken];
  const before = tk[m.firstToken - 1]?.low ?? '';
  if (!after || after.kind !== 'word' || after.gap !== 1 || after.raw !== after.low || !WEEKLY_SLOTS.has(after.low)) return false;
  return before === 'of' || !DATING_LEADS.has(before);
}

function genericWeekday(m: DateMention, tk: Token[]): boolean {
  if (weeklySlot(m, tk)) return true;
  if (!/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(m.text.trim())) return false;
  // "falls on a Monday", "any Friday": one weekday among many, not a day of the story
  if (INDEFINITE.has(tk[m.firstToken - 1]?.low ?? '')) return true;
  const after = tk[m.nextToken];
  const before = tk[m.firstToken - 1];
  if (!after || after.kind !== 'word' || after.gap !== 1 || after.raw !== after.low || !WEEKDAY_THINGS.test(after.low)) return false;
  return !before || !DATING_LEADS.has(before.low);
}

/** "Sun", "Sat", "Wed" alone: weekdays only when a date or a time goes with them, not after a capitalized word. */
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** Words of a game being reported: its quarters and halves are periods of play, not of the year. */
const GAME_WORDS = new Set(['halftime', 'touchdown', 'touchdowns', 'inning', 'innings', 'overtime', 'quarterback', 'rebounds', 'assists',
  'goal', 'goals', 'scored', 'scoring', 'scores', 'kickoff', 'whistle', 'interception', 'fumble', 'penalty', 'penalties', 'possession',
  'yards', 'yard', 'points', 'buzzer', 'striker', 'pitch', 'tackle', 'score', 'led', 'trailed', 'leads', 'trailing', 'game', 'foul',
  'fouled', 'dunk', 'dunked', 'court', 'bench', 'timeout', 'coach', 'referee', 'rebound', 'layup', 'substitute', 'subbed', 'sidelines']);
/** Words that make "points" a measure of markets rather than of a game. */
const MARKET_POINTS = new Set(['basis', 'percentage', 'index', 'dow', 'nasdaq', 'shares', 'stocks', 'revenue', 'revenues', 'sales', 'profit',
  'profits', 'earnings', 'gdp', 'economy', 'fiscal', 'quarterly', 'shipments', 'margin', 'margins']);

/** Game words that, before "by", name who heads something. */
const LEADER_WORDS = new Set(['led', 'leads']);

/** The sentence, or one beside it, reports a game: a score written "24-17", or words of play. */
function inGameReport(input: SentenceView, at: number): boolean {
  const { tk, sentenceOf } = input;
  const s = sentenceOf[at]!;
  const near = (k: number) => Math.abs(sentenceOf[k]! - s) <= 1;
  let from = at;
  while (from > 0 && near(from - 1) && at - from < 90) from--;
  let game = false;
  for (let k = from; k < tk.length && near(k) && k - at < 90; k++) {
    const t = tk[k]!;
    if (MARKET_POINTS.has(t.low)) return false;
    // a score: two small numbers joined by a dash with no spaces ("38-10")
    if (t.kind === 'num' && tk[k + 1]?.raw === '-' && tk[k + 1]!.gap === 0 && tk[k + 2]?.kind === 'num' && tk[k + 2]!.gap === 0 && t.raw.length <= 3 && tk[k + 2]!.raw.length <= 3) game = true;
    // "opponents, led by a taxpayers' group": a leader named, not a lead in play
    if (t.kind === 'word' && GAME_WORDS.has(t.low) && !(LEADER_WORDS.has(t.low) && tk[k + 1]?.low === 'by')) game = true;
  }
  return game;
}

function isCapitalBefore(tk: Token[], first: number): boolean {
  const p = tk[first - 1];
  return p !== undefined && p.kind === 'word' && p.gap <= 1 && p.raw[0] !== p.low[0];
}
