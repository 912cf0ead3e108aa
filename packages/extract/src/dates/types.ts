import type { Token } from '../text/tokenize.ts';
import type { Period } from './calendar.ts';

/** Which way a date without a year (or a bare weekday) is read relative to the reference date. */
export type Bias = 'past' | 'future' | 'nearest';

export interface DateCtx {
  tk: Token[];
  /** Reference day number (publication date), or null when none is known. */
  ref: number | null;
  bias: Bias;
  /** Parsing the end of a range after a dash ("10/1-11/7"). */
  rangeEnd?: boolean;
  /** The text writes its slashed dates day first ("15/01/2024" somewhere in it, no "01/15/2024"). */
  dayFirst?: boolean;
}

/** Calendar fields as written; missing ones are filled from a range partner or chosen by bias. */
export interface CalSpec {
  y?: number;
  m?: number;
  d?: number;
  /** Weekday written beside the date (0 = Monday), used to pick the year or month. */
  wd?: number;
  twoDigitYear?: boolean;
  /** Written in digits only ("2/15"). */
  numeric?: boolean;
}

/** A recognized date expression over tokens [first, next). */
export interface DateHit {
  first: number;
  next: number;
  period: Period;
  /** Open bounds: "since April" (openEnd), "before 2019" (openStart). */
  openStart: boolean;
  openEnd: boolean;
  /** For ranges "X to Y": the first day of Y. */
  lastFrom: number | null;
  /** The reference date was needed to resolve it ("last month", "on Monday", "June 27"). */
  relative: boolean;
  /** A year was not written and was chosen from the reference date. */
  inferredYear: boolean;
  /** "early", "mid", "late", "since", "before", "after", "until", "range", "approx" ... */
  qualifier: string | null;
  /** The calendar fields, when the expression was a calendar date (for ranges that share fields). */
  spec?: CalSpec;
  /** For a part of a period ("the end of 2007"), the whole period. */
  whole?: Period;
  /**
   * For bounds and ranges, the dates as written inside them ("since [August 2023]", "from [June] to
   * [August]"), each with the role it plays; facts report these rather than the interval.
   */
  parts?: Array<{ hit: DateHit; role: string }>;
  /** The tense reading in force where the date starts. */
  bias?: Bias;
  /** Character span when it is not the tokens' (a date inside a URL). */
  span?: { start: number; end: number };
}

export function hit(first: number, next: number, period: Period, extra: Partial<DateHit> = {}): DateHit {
  return { first, next, period, openStart: false, openEnd: false, lastFrom: null, relative: false, inferredYear: false, qualifier: null, ...extra };
}

/** Lower-case word at j, or '' (never across a blank line from the previous token). */
export function w(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' ? t.low : '';
}

export function raw(tk: Token[], j: number): string {
  return tk[j]?.raw ?? '';
}

export function isNum(tk: Token[], j: number): boolean {
  return tk[j]?.kind === 'num';
}

/** Token j is glued to the one before it. */
export function glued(tk: Token[], j: number): boolean {
  return tk[j] !== undefined && tk[j]!.gap === 0;
}

/** Token j continues the same line (no line break before it). */
export function sameLine(tk: Token[], j: number): boolean {
  return tk[j] !== undefined && tk[j]!.gap <= 1;
}
