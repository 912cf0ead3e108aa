import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';
import { cueOf } from './tense.ts';
import { placingTense } from './yearless.ts';

/**
 * Dates counted from the story rather than from the publication day. A story that goes back to an
 * earlier year ("he first fell ill in November 2016") goes on in that year: "by December" is the
 * December after it, "the next year" the year after it. Only a year written shortly before anchors,
 * and only a reported (not a forward-looking) sentence follows it.
 */

export interface AnchorInput {
  tk: Token[];
  sentenceOf: Int32Array;
  ref: number | null;
}

/** A date with its year written: the year and month the story has reached, and where. */
export interface StoryAnchor {
  y: number;
  m: number | null;
  sentence: number;
  /** The year is the period of a figure: years still count back from it, but months do not take it. */
  figure?: boolean;
}

const WRITTEN = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/;

/** The anchor a mention sets, when it writes its year out ("November 2016", "in 2016", "Aug. 3, 2015"). */
export function anchorOf(m: DateMention, input: AnchorInput): StoryAnchor | null {
  if (m.inferredYear || m.relative || m.parts.length > 0) return null;
  const v = WRITTEN.exec(m.value);
  if (!v || comparisonBase(input.tk, m.firstToken) || presentPerfectBefore(m, input)) return null;
  return { y: Number(v[1]), m: v[2] ? Number(v[2]) : null, sentence: input.sentenceOf[m.firstToken]!, figure: figurePeriod(m, input.tk) };
}

/** Words that close an amount ("€1.9bn", "$40 million", "12 per cent", "8,000 tonnes"). */
const AMOUNT_ENDS = new Set(['bn', 'billion', 'm', 'mn', 'million', 'trillion', 'tn', 'k', 'thousand', 'percent', 'cent', '%', 'tonnes', 'tons', 't']);

/**
 * "revenue of €1.9bn in 2025", "a loss of $40 million for 2024": a year right after an amount is the period
 * the figure covers, not a point the story has gone back to, so the months after it stay the publication's.
 */
function figurePeriod(m: DateMention, tk: Token[]): boolean {
  if (!/^\d{4}$/.test(m.value)) return false;
  const lead = tk[m.firstToken - 1]?.low;
  if (lead !== 'in' && lead !== 'for' && lead !== 'during') return false;
  const amount = tk[m.firstToken - 2];
  return !!amount && (amount.kind === 'num' || AMOUNT_ENDS.has(amount.low));
}

/** Words that may stand between "has" and its participle ("has now been", "have also agreed"). */
const PERFECT_FILLERS = new Set(['now', 'also', 'since', 'already', 'just', 'finally', 'not', 'been']);

/**
 * "X has been fined after salmon escaped in January 2025", "the firm has agreed to pay for a spill in
 * March 2024": a sentence that tells its news in the present perfect stays in the present; the year it
 * gives is background, and the story does not go on in that year.
 */
function presentPerfectBefore(m: DateMention, input: AnchorInput): boolean {
  const { tk, sentenceOf } = input;
  const sentence = sentenceOf[m.firstToken];
  for (let k = m.firstToken - 1; k >= 0 && sentenceOf[k] === sentence; k--) {
    if (tk[k]!.low !== 'has' && tk[k]!.low !== 'have') continue;
    let j = k + 1;
    while (j < m.firstToken && PERFECT_FILLERS.has(tk[j]!.low) && tk[j]!.low !== 'been') j++;
    if (tk[j]?.low === 'been' || (j < m.firstToken && cueOf(tk, j) === 'past')) return true;
  }
  return false;
}

/** How far back from a year the "from" of a comparison may stand ("from 24 percent in 2013"). */
const BASE_REACH = 6;

/**
 * "rose to 31 percent this year from 24 percent in 2013", "up from $2 million in 2019": the year a figure is
 * compared with is a baseline; the story stays where it was and does not go on in that year.
 */
function comparisonBase(tk: Token[], first: number): boolean {
  let number = false;
  for (let k = first - 1; k >= 0 && first - k <= BASE_REACH; k--) {
    const t = tk[k]!;
    if (t.kind === 'num') number = true;
    else if (t.low === 'from' || t.low === 'than') return number;
    else if (t.kind === 'punct' && t.raw !== '$' && t.raw !== '%' && t.raw !== '.' && t.raw !== ',') return false;
  }
  return false;
}

const YEARLESS = /^(\d{4})-(\d{2})(-\d{2})?$/;

function refYear(ref: number): number {
  return new Date(ref * 86400000).getUTCFullYear();
}

/**
 * A month or day without a year, in a reported sentence close after an anchor in an earlier year: the
 * anchor's year. In the anchor's own sentence any month follows it ("in the 2016 campaign, after a
 * September 11 event"); in the next two sentences only a month at or after the anchor's does.
 */
export function anchoredYearless(m: DateMention, anchor: StoryAnchor | null, input: AnchorInput): DateMention | null {
  // "by December", "until March 3": the date inside a bound is read like one alone
  if (m.parts.length === 1) {
    const part = m.parts[0]!;
    const read = anchoredYearless(part.date, anchor, input);
    return read && { ...m, parts: [{ role: part.role, date: read }], yearNote: read.yearNote };
  }
  if (!anchor || anchor.figure || input.ref === null || !m.inferredYear || m.parts.length > 0) return null;
  const v = YEARLESS.exec(m.value);
  if (!v || anchor.y >= refYear(input.ref)) return null;
  const gap = input.sentenceOf[m.firstToken]! - anchor.sentence;
  const month = Number(v[2]);
  if (gap < 0 || gap > 2) return null;
  if (gap > 0 && (anchor.m === null || month < anchor.m)) return null;
  if (gap === 0 && anchor.m !== null && month < anchor.m) return null;
  if (placingTense(m, input) === 'future') return null;
  const value = `${anchor.y}-${v[2]}${v[3] ?? ''}`;
  if (value === m.value) return null;
  return { ...m, value, yearNote: 'the year the story has reached, written shortly before' };
}

const COUNTED_YEAR = /^(?:the\s+)?(next|following|previous|preceding)\s+year$/i;

/** "The next year", "the previous year" after a written year: that year plus or minus one. */
/** "two years earlier", "3 years before": a count of whole years back from the story's year. */
const YEARS_BACK = /^(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(earlier|before)$/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "exports fell to 5,700 t in 2030 from 12,400 t two years earlier": years counted back from a year the
 * same sentence wrote before, that year less the count. One year back ("a year earlier") stays the vague
 * comparison it usually is.
 */
function yearsBackFromAnchor(m: DateMention, anchor: StoryAnchor, input: AnchorInput): DateMention | null {
  const c = YEARS_BACK.exec(m.text.trim());
  if (!c || input.sentenceOf[m.firstToken] !== anchor.sentence) return null;
  // "in 2028, two years earlier than planned": how far a date moved against a plan, not a second date
  if (input.tk[m.nextToken]?.low === 'than') return null;
  const n = COUNT_WORDS[c[1]!.toLowerCase()] ?? Number(c[1]);
  if (!(n >= 2)) return null;
  return { ...m, value: String(anchor.y - n), grain: 'year', relative: true, inferredYear: true, qualifier: null, yearNote: 'counted back from the year the sentence gives before it' };
}

export function countedFromAnchor(m: DateMention, anchor: StoryAnchor | null, input: AnchorInput): DateMention | null {
  if (!anchor || m.parts.length > 0) return null;
  const back = yearsBackFromAnchor(m, anchor, input);
  if (back) return back;
  const c = COUNTED_YEAR.exec(m.text.trim());
  // without "the", "next year" counts from the publication day
  if (!c || (!/^the\s/i.test(m.text.trim()) && input.tk[m.firstToken - 1]?.low !== 'the')) return null;
  const gap = input.sentenceOf[m.firstToken]! - anchor.sentence;
  if (gap < 0 || gap > 1) return null;
  if (placingTense(m, input) === 'future') return null;
  const forward = c[1]!.toLowerCase() === 'next' || c[1]!.toLowerCase() === 'following';
  return { ...m, value: String(anchor.y + (forward ? 1 : -1)), grain: 'year', relative: true, inferredYear: true, qualifier: null, yearNote: 'counted from the year the story gives before it' };
}
